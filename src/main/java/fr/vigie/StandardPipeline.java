package fr.vigie;

import fr.vigie.claims.ClaimCandidates;
import fr.vigie.claims.ClaimComposer;
import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimStage;
import fr.vigie.claims.decision.PairModel;
import fr.vigie.claims.mention.OpenVocabulary;
import fr.vigie.entities.GazetteerStage;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.nlp.CoreNlpStage;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.Pipeline;
import fr.vigie.pipeline.Stage;
import fr.vigie.time.DocumentDateStage;
import fr.vigie.time.TemporalStage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** The one place where Vigie's stages are wired, in order. */
final class StandardPipeline {

    private StandardPipeline() {
    }

    /**
     * The stages over the models of {@code models}. Unless {@code fullNlp}, CoreNLP's tagger
     * and entity recogniser run only on the sentences where the claim rules read them
     * ({@link ClaimCandidates}): the claims and temporal expressions are the same, the
     * statistical entities of the other sentences are left out.
     */
    static Pipeline load(ModelStore models, boolean fullNlp) {
        Lexicons lexicons = Lexicons.load(models);
        ClaimRules rules = ClaimRules.load(models);
        // CoreNLP's models take most of the loading time: they load on another core meanwhile
        CompletableFuture<CoreNlpStage> nlp = CompletableFuture.supplyAsync(
                () -> CoreNlpStage.load(models, fullNlp ? null : new ClaimCandidates(lexicons, rules)), LOADER);
        List<Stage> rest = List.of(
                new GazetteerStage(lexicons),    // tools, actors, places, laws (over the statistical entities)
                DocumentDateStage.load(models),  // a date stated in the text, when metadata gave none
                TemporalStage.load(models),      // temporal expressions, normalised
                new ClaimStage(new ClaimComposer(lexicons, rules,  // claims: rules, mentions, pairs, decision, slots
                        OpenVocabulary.load(models), PairModel.load(models),
                        ClaimComposer.parserFor(models), ClaimComposer.fullSyntax(models), true)));  // parser: syntax = on
        List<Stage> stages = new ArrayList<>();
        stages.add(join(nlp));                   // sentences, tokens, POS, statistical entities
        stages.addAll(rest);
        return new Pipeline(stages);
    }

    /** Loads in a thread of its own, which ends with its task. */
    static final Executor LOADER = task -> {
        Thread t = new Thread(task, "vigie-model-loading");
        t.setDaemon(true);
        t.start();
    };

    /** The value of a loading task, or its failure as it was thrown. */
    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
