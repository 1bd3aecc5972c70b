package fr.vigie.cli;

import fr.vigie.bench.Bench;
import fr.vigie.bench.BenchCorpus;
import fr.vigie.bench.PathologicalInputs;
import fr.vigie.output.JsonOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vigie bench}: speed and memory of Vigie, against the stock CoreNLP French pipeline. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Measures Vigie's speed and memory against the stock CoreNLP French pipeline.",
        description = {"Measures model load time, time to the first document, documents and tokens per second "
                + "with each thread count, peak heap and resident memory, for Vigie's full extraction and, on the "
                + "same texts, for the stock CoreNLP French pipeline (tokenize, ssplit, mwt, pos, ner).",
                "The texts are N articles made of paragraphs of samples/*.txt drawn with a fixed seed, or the "
                + "files of --corpus. Vigie runs them once alone (memory), then the two pipelines take turns by "
                + "blocks of 20 documents, so that both meet the same load of a shared machine.",
                "Progress goes to standard error, figures to standard output. Run it in a fresh JVM "
                + "(./vigie bench) for honest load times."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--docs", paramLabel = "N", defaultValue = "1000",
            description = "Number of documents. Default: ${DEFAULT-VALUE}.")
    int docs;

    @Option(names = "--chars", paramLabel = "N", defaultValue = "4000",
            description = "Characters per generated document (about). Default: ${DEFAULT-VALUE}.")
    int chars;

    @Option(names = "--threads", paramLabel = "N[,N...]", split = ",", defaultValue = "1,2",
            description = "Thread counts to measure. Default: ${DEFAULT-VALUE}.")
    int[] threads;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "3",
            description = "Timed passes per thread count; the median is reported. Default: ${DEFAULT-VALUE}.")
    int passes;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20",
            description = "Documents processed before timing, per pipeline. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Take the texts from the files of DIR (UTF-8 "
            + "or windows-1252 plain text) instead of generating them.")
    Path corpus;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples",
            description = "Where the sample articles to recombine are. Default: ${DEFAULT-VALUE}.")
    Path samples;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20241123",
            description = "Seed of the generated corpus. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--json", description = "Print the figures as JSON instead of a table.")
    boolean json;

    @Option(names = "--pathological", description = "Instead, time Vigie on inputs of odd shapes (a long line "
            + "without punctuation, one word repeated a million times, a table of numbers, deeply nested lists, "
            + "10 MB of prose) and print the seconds per MB of each.")
    boolean pathological;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (docs < 1 || passes < 1 || chars < 1 || warmup < 0 || Arrays.stream(threads).anyMatch(t -> t < 1)) {
            throw new CommandLine.ParameterException(cl, "--docs, --chars, --passes and --threads must be positive");
        }
        if (pathological) {
            return pathological(cl);
        }
        List<String> texts;
        if (corpus != null) {
            if (!Files.isDirectory(corpus)) {
                throw new CommandLine.ParameterException(cl, "--corpus must be a folder: " + corpus);
            }
            texts = BenchCorpus.read(corpus, docs);
        } else {
            if (!Files.isDirectory(samples)) {
                throw new CommandLine.ParameterException(cl, "no sample folder " + samples
                        + ": give --samples DIR (the project's samples/) or --corpus DIR");
            }
            texts = BenchCorpus.generate(samples, docs, chars, seed);
        }
        if (texts.isEmpty()) {
            throw new CommandLine.ParameterException(cl, "no texts in " + corpus);
        }
        PrintWriter err = cl.getErr();
        Bench.Options o = new Bench.Options(texts, threads, passes, warmup);
        List<Bench.Figures> figures = Bench.run(o, err);
        PrintWriter out = cl.getOut();
        if (json) {
            out.println(JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(Bench.tree(o, figures)));
        } else {
            out.print(Bench.table(o, figures));
        }
        out.flush();
        return 0;
    }

    private int pathological(CommandLine cl) throws IOException {
        PrintWriter err = cl.getErr();
        err.println("bench: loading Vigie");
        err.flush();
        fr.vigie.Vigie vigie = fr.vigie.Vigie.create();
        PathologicalInputs.measure(vigie, PathologicalInputs.SHAPES.get(0).make(20_000)); // warm-up
        List<PathologicalInputs.Measure> measures = new java.util.ArrayList<>();
        for (PathologicalInputs.Shape shape : PathologicalInputs.SHAPES) {
            err.println("bench: " + shape.name());
            err.flush();
            measures.add(PathologicalInputs.measure(vigie, shape.make(shape.benchBytes())));
        }
        PrintWriter out = cl.getOut();
        if (json) {
            out.println(JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(measures));
        } else {
            out.print(PathologicalInputs.table(measures));
        }
        out.flush();
        return 0;
    }
}
