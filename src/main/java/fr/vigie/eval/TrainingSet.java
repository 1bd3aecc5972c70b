package fr.vigie.eval;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.Result;
import fr.vigie.Source;
import fr.vigie.Vigie;
import fr.vigie.claims.ClaimComposer;
import fr.vigie.claims.ClaimStage;
import fr.vigie.claims.decision.PairModel;
import fr.vigie.claims.decision.PairTrainer;
import fr.vigie.claims.decision.TrainingSettings;
import fr.vigie.output.JsonOutput;
import fr.vigie.pipeline.Stage;
import opennlp.tools.ml.model.MaxentModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The annotated articles of a folder read by Vigie up to the claim decision: what the pair
 * model is trained on ({@code vigie train}) and cross-validated on ({@code vigie eval --folds}).
 * Documents are in the order of their names, so that folds and models are reproducible.
 */
public final class TrainingSet {

    /** One annotated article, processed, with what the claim parts read of it. */
    public record Item(String name, Result result, JsonNode gold, ClaimComposer.Reading reading) { }

    private final ClaimComposer composer;
    private final List<Item> items;

    private TrainingSet(ClaimComposer composer, List<Item> items) {
        this.composer = composer;
        this.items = items;
    }

    public static TrainingSet read(Vigie vigie, Path dir, Consumer<String> progress) throws IOException {
        ClaimComposer composer = composer(vigie);
        List<Item> items = new ArrayList<>();
        for (Path gold : Evaluator.goldFiles(dir)) {
            String name = gold.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
            Path article = Evaluator.articleFor(dir, name);
            if (article == null) continue;
            JsonNode g = JsonOutput.mapper().readTree(gold.toFile());
            Result r = vigie.process(article, Source.named(article.getFileName().toString()));
            ClaimComposer.Reading reading = r.isOk() ? composer.read(r.document()) : null;
            items.add(new Item(name, r, g, reading));
            if (progress != null) progress.accept(name);
        }
        return new TrainingSet(composer, items);
    }

    /** The claims part of a Vigie's pipeline. */
    static ClaimComposer composer(Vigie vigie) {
        for (Stage s : vigie.pipeline().stages()) {
            if (s instanceof ClaimStage c && c.extractor() instanceof ClaimComposer k) return k;
        }
        throw new IllegalStateException("this Vigie has no claim composer");
    }

    public List<Item> items() {
        return items;
    }

    /** The model trained on the items whose index {@code keep} accepts; null when they hold no claim pair. */
    public MaxentModel train(TrainingSettings settings, java.util.function.IntPredicate keep) {
        List<PairTrainer.Labelled> docs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (keep.test(i) && it.reading() != null) docs.add(new PairTrainer.Labelled(it.reading().candidates(), it.gold()));
        }
        return PairTrainer.train(docs, settings);
    }

    /**
     * Cross-validation over documents: item {@code i} is in fold {@code i % folds}; each fold is
     * decided by a model trained on the other folds, and scored (SPEC §5).
     */
    public Evaluator.Report crossValidate(int folds, TrainingSettings settings) {
        JsonOutput output = new JsonOutput(false);
        List<Evaluator.DocumentScore> docs = new ArrayList<>();
        Counts total = new Counts();
        for (int k = 0; k < folds; k++) {
            int fold = k;
            MaxentModel m = train(settings, i -> i % folds != fold);
            PairModel decision = new PairModel(m, settings);
            for (int i = fold; i < items.size(); i += folds) {
                Item it = items.get(i);
                if (it.reading() != null) it.result().document().setClaims(composer.compose(it.reading(), decision));
                List<String> details = new ArrayList<>();
                Counts c = Scorer.score(it.gold(), output.tree(it.result()), it.name(), details::add);
                total.addAll(c);
                total.add("docs", 1);
                docs.add(new Evaluator.DocumentScore(it.name(), null, c, details));
            }
        }
        docs.sort(java.util.Comparator.comparing(Evaluator.DocumentScore::name));
        return new Evaluator.Report(docs, total, List.of());
    }
}
