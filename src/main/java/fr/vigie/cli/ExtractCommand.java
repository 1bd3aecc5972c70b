package fr.vigie.cli;

import fr.vigie.Result;
import fr.vigie.Source;
import fr.vigie.Vigie;
import fr.vigie.batch.BatchInput;
import fr.vigie.batch.BatchRunner;
import fr.vigie.batch.CsvSink;
import fr.vigie.batch.JsonLinesSink;
import fr.vigie.batch.Memory;
import fr.vigie.batch.OutputFolder;
import fr.vigie.batch.ResultSink;
import fr.vigie.batch.RunManifest;
import fr.vigie.batch.RunReport;
import fr.vigie.model.ErrorCode;
import fr.vigie.output.JsonOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code vigie extract}: one output record per input file, with N threads. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Extracts claims from files and folders (recursively) of French articles.",
        description = {"Every input gives one output record: a result, or an error record with a code.",
                "With --format json (default), each input a/b.html under a folder given as PATH is written to "
                        + "DIR/a/b.html.json, and the run manifest to DIR/_run.json; a re-run skips inputs whose "
                        + "output is current (--force redoes them). With --format jsonl or csv, records go to "
                        + "--out FILE, or to standard output when --out is absent. With --format timeml, each input is "
                        + "written to DIR/a/b.html.tml as inline TimeML (TIMEX3), or to standard output for one input.",
                "Exit code: 0 when every input was processed (error records included), 1 when output could not "
                        + "be written (the run stops), 2 on a usage error."})
public final class ExtractCommand implements Callable<Integer> {

    enum Format { json, jsonl, csv, timeml }

    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders to read; '-' reads one document from standard input.")
    List<String> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR|FILE",
            description = "Output folder (json), or output file (jsonl, csv; default: standard output).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (one file per input), jsonl (one line per input), csv (one row per claim, "
                    + "one row per error record) or timeml (one TimeML document per input: its temporal "
                    + "expressions as TIMEX3). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]",
            description = "Publication date of documents whose file gives none (origin OPTION).")
    String date;

    @Option(names = "--include-text", description = "Include the cleaned text (document.text) that offsets point into.")
    boolean includeText;

    @Option(names = "--compact", description = "Write json files on one line instead of indented.")
    boolean compact;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out inputs whose relative path or file name matches (repeatable), "
                    + "e.g. --exclude '*.gold.json'. The count of excluded files is reported.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--models", paramLabel = "DIR",
            description = "Read models from this folder (laid out like models/) instead of the packaged ones.")
    Path models;

    @Option(names = "--full-nlp", description = "Run CoreNLP's tagger and entity recogniser on every sentence, not "
            + "only where the claim rules read them: the same claims and temporal expressions, statistical entities "
            + "(PER, ORG, LOC, MISC) in every sentence, about twice as slow.")
    boolean fullNlp;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + Vigie.DEFAULT_MAX_BYTES,
            description = "Inputs larger than N bytes become TOO_LARGE error records. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads sharing one pipeline. Default: the number of cores.")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Longest time for one document; past it the document becomes a TIMEOUT error record "
                    + "and the run goes on. 0: no limit. Default: ${DEFAULT-VALUE}.")
    double timeoutSeconds;

    @Option(names = "--force",
            description = "Process every input again, even when its output (--format json) is current.")
    boolean force;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Also write the run manifest (JSON) to FILE. With --format json it is always "
                    + "written to DIR/_run.json.")
    Path manifest;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, a line every 10 s otherwise), bar, log or none. "
                    + "Default: ${DEFAULT-VALUE}.")
    Progress.Mode progress;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary on standard error.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        if (date != null && !DATE.matcher(date).matches()) {
            throw new CommandLine.ParameterException(cl, "--date must be YYYY, YYYY-MM or YYYY-MM-DD: " + date);
        }
        if (format == Format.json && out == null) {
            throw new CommandLine.ParameterException(cl, "--out DIR is required with --format json");
        }
        if (format == Format.json && Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(cl, "--out must be a folder with --format json: " + out);
        }
        if (format == Format.timeml && out == null && !(paths.size() == 1
                && (paths.get(0).equals("-") || Files.isRegularFile(Path.of(paths.get(0)))))) {
            throw new CommandLine.ParameterException(cl,
                    "--out DIR is required with --format timeml, unless the only input is one file or '-'");
        }
        if (format == Format.timeml && out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(cl, "--out must be a folder with --format timeml: " + out);
        }
        if ((format == Format.jsonl || format == Format.csv) && out != null && Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(cl, "--out must be a file with --format " + format + ": " + out);
        }
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new CommandLine.ParameterException(cl, "--threads must be between 1 and 256: " + threads);
        }
        if (timeoutSeconds < 0) {
            throw new CommandLine.ParameterException(cl, "--timeout must be 0 (no limit) or more: " + timeoutSeconds);
        }
        if (paths.stream().filter("-"::equals).count() > 1) {
            throw new CommandLine.ParameterException(cl, "standard input ('-') can be read once only");
        }
        if (out != null) {
            Path o = out.toAbsolutePath().normalize();
            for (String p : paths) {
                if (!p.equals("-") && o.equals(Path.of(p).toAbsolutePath().normalize())
                        || !p.equals("-") && Files.isDirectory(Path.of(p)) && Path.of(p).toAbsolutePath().normalize().startsWith(o)) {
                    throw new CommandLine.ParameterException(cl,
                            "--out must not be an input or a folder that holds one (inputs are never written to): " + p);
                }
            }
        }
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Instant startedAt = Instant.now();

        JsonOutput json = new JsonOutput(includeText);
        ResultSink sink;
        OutputFolder folder = null;
        try {
            sink = switch (format) {
                case json -> folder = new OutputFolder(out, json, !compact);
                case jsonl -> new JsonLinesSink(out, json);
                case csv -> new CsvSink(out);
                case timeml -> {
                    fr.vigie.output.TimeMlOutput timeMl = fr.vigie.output.TimeMlOutput.load(models == null
                            ? fr.vigie.pipeline.ModelStore.classpath() : fr.vigie.pipeline.ModelStore.directory(models));
                    yield out == null ? new TimeMlStreamSink(timeMl)
                            : (folder = new OutputFolder(out, OutputFolder.timeMl(timeMl)));
                }
            };
        } catch (IOException e) {
            err.println("vigie: cannot open the output " + out + ": " + fr.vigie.batch.IoErrors.describe(e));
            return 1;
        }

        // the models are loaded when the first input that needs processing comes, not before:
        // a re-run whose outputs are all current loads nothing
        java.util.concurrent.atomic.AtomicReference<Vigie> loadedVigie = new java.util.concurrent.atomic.AtomicReference<>();
        Double[] loadSeconds = {null};
        Runnable load = () -> {
            long t0 = System.nanoTime();
            loadedVigie.set(loaded(models, maxBytes, fullNlp));
            loadSeconds[0] = (System.nanoTime() - t0) / 1e9;
        };

        InputWalker walker = new InputWalker(excludes);
        if (out != null) {
            walker.skipOutput(out);
        }
        BatchRunner.Processor processor = input -> {
            Vigie vigie = loadedVigie.get();
            Source source = new Source(input.source(), null, date);
            if (input.file() == null) {
                return vigie.process(System.in, source);
            }
            if (input.problem() != null) {
                return Result.error(input.source(), null, ErrorCode.UNREADABLE, input.problem());
            }
            return vigie.process(input.file(), source);
        };
        RunReport report;
        try (Progress bar = Progress.create(quiet ? Progress.Mode.none : progress, err)) {
            BatchRunner runner = BatchRunner.builder(processor).threads(nThreads)
                    .timeout(timeoutSeconds == 0 ? null : Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                    .force(force).listener(bar).prepare(load).build();
            report = runner.run(consumer -> {
                for (String p : paths) {
                    if (p.equals("-")) {
                        consumer.accept(new BatchInput(null, "stdin", null));
                    } else {
                        walker.walk(Path.of(p), consumer);
                    }
                }
            }, sink);
        }

        Map<String, Object> context = new LinkedHashMap<>();
        context.put("started", startedAt.toString());
        context.put("finished", Instant.now().toString());
        context.put("paths", paths);
        context.put("out", out == null ? null : out.toAbsolutePath().normalize().toString());
        context.put("format", format.name());
        context.put("force", force);
        context.put("excluded", walker.excluded());
        context.put("modelLoadSeconds", loadSeconds[0] == null ? null : round(loadSeconds[0]));
        if (folder != null) {
            context.put("strayTemporaryFilesRemoved", folder.strayTemporaryFiles());
        }
        List<Path> manifests = new ArrayList<>();
        if (folder != null) {
            manifests.add(folder.manifest());
        }
        if (manifest != null) {
            manifests.add(manifest);
        }
        String manifestProblem = null;
        for (Path m : manifests) {
            try {
                RunManifest.write(m, report, context);
            } catch (IOException e) {
                manifestProblem = "cannot write the run manifest " + m + ": " + e.getMessage();
            }
        }
        if (!quiet) {
            printSummary(err, report, walker.excluded(), folder, manifests, manifestProblem);
        } else if (!report.complete()) {
            err.println("vigie: the run stopped: " + report.failure());
        }
        err.flush();
        return report.complete() && manifestProblem == null ? 0 : 1;
    }

    /**
     * The command can run many times in one JVM (tests, a program that embeds it): models
     * are loaded once per models folder and size limit, then shared, as a Vigie is meant to be.
     */
    private static final Map<List<Object>, Vigie> LOADED = new java.util.HashMap<>();

    private static synchronized Vigie loaded(Path models, long maxBytes, boolean fullNlp) {
        return LOADED.computeIfAbsent(java.util.Arrays.asList(models == null ? null : models.toAbsolutePath().normalize(),
                maxBytes, fullNlp), k -> Vigie.builder().modelsDirectory(models).maxBytes(maxBytes).fullNlp(fullNlp).build());
    }

    /** One TimeML document to standard output (one input only: two documents would not be one XML file). */
    private static final class TimeMlStreamSink extends fr.vigie.batch.StreamSink {
        private final fr.vigie.output.TimeMlOutput timeMl;

        TimeMlStreamSink(fr.vigie.output.TimeMlOutput timeMl) throws IOException {
            super(null);
            this.timeMl = timeMl;
        }

        @Override
        protected byte[] format(Result r) {
            return timeMl.write(r).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private static void printSummary(PrintWriter err, RunReport r, int excluded, OutputFolder folder,
                                     List<Path> manifests, String manifestProblem) {
        if (!r.complete()) {
            err.println("vigie: THE RUN STOPPED: " + r.failure());
            err.printf(Locale.ROOT, folder != null
                    ? "vigie: %d inputs were left undone; fix the output and run the same command again: done inputs "
                    + "are skipped.%n"
                    : "vigie: %d inputs were left undone; fix the output and run the same command again.%n", r.undone());
        }
        if (folder != null) {
            err.printf(Locale.ROOT, "vigie: %d inputs: %d processed (%d ok, %d errors), %d skipped (output current)%n",
                    r.seen(), r.processed(), r.ok(), r.errors(), r.skipped());
        } else {
            // JSON Lines and CSV are written whole by every run: nothing is skipped
            err.printf(Locale.ROOT, "vigie: %d inputs: %d processed (%d ok, %d errors)%n",
                    r.seen(), r.processed(), r.ok(), r.errors());
        }
        if (!r.errorsByCode().isEmpty()) {
            StringBuilder b = new StringBuilder();
            r.errorsByName().forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
            err.println("       errors: " + b);
        }
        err.printf(Locale.ROOT, "       %d claims; %.1f s, %.2f files/s, %d threads; peak heap %s, peak RSS %s%n",
                r.claims(), r.seconds(), r.throughput(), r.threads(), Memory.human(r.peakHeapBytes()),
                Memory.human(r.peakRssBytes()));
        if (excluded > 0) {
            err.println("       " + excluded + " files excluded by --exclude");
        }
        if (folder != null && folder.strayTemporaryFiles() > 0) {
            err.println("       " + folder.strayTemporaryFiles() + " temporary files of an interrupted run removed");
        }
        if (r.abandonedWorkers() > 0) {
            err.println("       " + r.abandonedWorkers() + " documents ran past --timeout; " + r.stuckWorkers()
                    + " of them were still running at the end");
        }
        if (manifestProblem != null) {
            err.println("vigie: " + manifestProblem);
        } else if (!manifests.isEmpty()) {
            err.println("       manifest: " + manifests.get(0));
        }
    }
}
