package fr.vigie.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.vigie.Vigie;
import fr.vigie.eval.Counts;
import fr.vigie.eval.Evaluator;
import fr.vigie.eval.TimeMlEvaluator;
import fr.vigie.output.JsonOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import fr.vigie.claims.decision.TrainingSettings;
import fr.vigie.eval.TrainingSet;
import fr.vigie.pipeline.ModelStore;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code vigie eval}: the figures of SPEC §5 on a folder of annotated articles. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Scores Vigie on a folder of annotated articles.",
        description = {"Runs Vigie on every article of DIR that has a NAME.gold.json beside it and prints claim "
                + "precision, recall and F1; time, status, modality and action accuracy on matched claims; "
                + "temporal-expression recall, precision, value accuracy and value F1 (docs/output.md, "
                + "\"Scoring\"). With --timeml, DIR holds TimeML gold files (*.tml) instead, scored as "
                + "TempEval-3 does: extents strict and relaxed, type and value accuracy, value F1. Exit code 1 "
                + "when DIR holds nothing to score."})
public final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A folder of articles with their .gold.json (or of .tml files with --timeml).")
    Path dir;

    @Option(names = "--timeml", description = "DIR holds TimeML gold files: score Vigie's TimeML against them "
            + "(TempEval-3: strict and relaxed extent match, type and value accuracy, value F1).")
    boolean timeml;

    @Option(names = {"-v", "--verbose"}, description = "Per document: its figures, found and missed claims, "
            + "false positives, temporal misses.")
    boolean verbose;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write each output document to DIR.")
    Path out;

    @Option(names = "--models", paramLabel = "DIR", description = "Read models from this folder.")
    Path models;

    @Option(names = "--full-nlp", description = "Run CoreNLP's tagger and entity recogniser on every sentence "
            + "(the slow path): the same claims and temporal expressions.")
    boolean fullNlp;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validate the claim pair model over documents: "
            + "train it on all folds but one, score that one, K times (the figures of a learned part on its own samples).")
    int folds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + dir);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (folds == 1 || folds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folds needs 2 folds or more");
        }
        if (timeml) {
            return timeMl(o);
        }
        if (!hasGold(dir)) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("vigie: nothing to score: no NAME.gold.json in " + dir);
            err.flush();
            return 1;
        }
        Vigie vigie = Vigie.builder().modelsDirectory(models).fullNlp(fullNlp).build();
        Evaluator.Report report = folds > 1
                ? TrainingSet.read(vigie, dir, null).crossValidate(folds, TrainingSettings.load(
                        models == null ? ModelStore.classpath() : ModelStore.directory(models)))
                : new Evaluator(vigie).evaluate(dir, out, null);
        if (verbose) {
            for (Evaluator.DocumentScore d : report.documents()) {
                Map<String, Double> f = d.counts().figures();
                o.printf("%s  claims P %s R %s F1 %s  timex R %s value %s%n", d.name(),
                        Counts.format(f.get("claim_precision")), Counts.format(f.get("claim_recall")),
                        Counts.format(f.get("claim_f1")), Counts.format(f.get("timex_recall")),
                        Counts.format(f.get("timex_value_acc")));
                d.details().forEach(o::println);
            }
        }
        Map<String, Double> figures = report.figures();
        int docs = (int) report.total().get("docs");
        if (json) {
            ObjectNode n = JsonOutput.mapper().createObjectNode();
            n.put("docs", docs);
            n.put("missing_outputs", report.missing().size());
            figures.forEach(n::put);
            o.println(n);
        } else {
            o.printf("%-18s %d%n", "docs", docs);
            o.printf("%-18s %d%n", "missing_outputs", report.missing().size());
            figures.forEach((k, v) -> o.printf("%-18s %s%n", k, Counts.format(v)));
            if (!report.missing().isEmpty()) {
                o.println("no output for: " + String.join(" ", report.missing()));
            }
        }
        o.flush();
        return 0;
    }

    private static boolean hasGold(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".gold.json") && Files.isRegularFile(f));
        }
    }

    private int timeMl(PrintWriter o) throws IOException {
        TimeMlEvaluator.Report report = new TimeMlEvaluator(Vigie.builder().modelsDirectory(models).fullNlp(fullNlp)
                .build()).evaluate(dir, out);
        if (verbose) {
            for (TimeMlEvaluator.DocumentScore d : report.documents()) {
                Map<String, Double> f = d.tally().rounded();
                o.printf("%s  relaxed F1 %s  value F1 %s%n", d.name(), Counts.format(f.get("relaxed_f1")),
                        Counts.format(f.get("value_f1")));
                d.details().forEach(o::println);
            }
        }
        Map<String, Double> figures = report.total().rounded();
        if (json) {
            ObjectNode n = JsonOutput.mapper().createObjectNode();
            n.put("docs", report.documents().size());
            figures.forEach(n::put);
            o.println(n);
        } else {
            o.printf("%-18s %d%n", "docs", report.documents().size());
            figures.forEach((k, v) -> o.printf("%-18s %s%n", k, k.equals("gold") || k.equals("system")
                    ? String.valueOf(v.intValue()) : Counts.format(v)));
        }
        o.flush();
        return 0;
    }
}
