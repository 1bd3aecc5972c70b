package fr.vigie.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.Result;
import fr.vigie.Source;
import fr.vigie.Vigie;
import fr.vigie.output.JsonOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs Vigie on every article of a folder that has a {@code name.gold.json} beside it
 * ({@code name.txt}, {@code name.html}, {@code name.pdf}…) and scores the outputs with
 * {@link Scorer} (SPEC §5).
 */
public final class Evaluator {

    private final Vigie vigie;
    private final JsonOutput output = new JsonOutput(false);

    public Evaluator(Vigie vigie) {
        this.vigie = vigie;
    }

    /** The evaluation of one folder: per-document counts and the totals. */
    public record Report(List<DocumentScore> documents, Counts total, List<String> missing) {

        public Map<String, Double> figures() {
            return total.figures();
        }
    }

    /** One scored document. */
    public record DocumentScore(String name, Path article, Counts counts, List<String> details) { }

    /**
     * @param saveTo when not null, each output document is also written there as
     *               {@code name.<ext>.json} (the reference scorer reads such a folder)
     */
    public Report evaluate(Path dir, Path saveTo, Consumer<String> progress) throws IOException {
        ObjectMapper mapper = JsonOutput.mapper();
        List<DocumentScore> docs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Counts total = new Counts();
        for (Path gold : goldFiles(dir)) {
            String name = gold.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
            Path article = articleFor(dir, name);
            JsonNode goldTree = mapper.readTree(gold.toFile());
            JsonNode prediction = null;
            if (article != null) {
                Result r = vigie.process(article, Source.named(article.getFileName().toString()));
                prediction = output.tree(r);
                if (saveTo != null) {
                    Files.createDirectories(saveTo);
                    mapper.writerWithDefaultPrettyPrinter().writeValue(
                            saveTo.resolve(article.getFileName() + ".json").toFile(), prediction);
                }
            } else {
                missing.add(name);
            }
            List<String> details = new ArrayList<>();
            Counts c = Scorer.score(goldTree, prediction, name, details::add);
            total.addAll(c);
            total.add("docs", 1);
            docs.add(new DocumentScore(name, article, c, details));
            if (progress != null) {
                progress.accept(name);
            }
        }
        return new Report(docs, total, missing);
    }

    static List<Path> goldFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static Path articleFor(Path dir, String name) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith(name + ".") && !f.endsWith(".json") && Files.isRegularFile(p)
                        && f.indexOf('.', name.length() + 1) < 0;
            }).sorted().findFirst().orElse(null);
        }
    }
}
