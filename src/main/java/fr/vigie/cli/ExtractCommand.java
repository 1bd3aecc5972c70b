package fr.vigie.cli;

import fr.vigie.Result;
import fr.vigie.Source;
import fr.vigie.Vigie;
import fr.vigie.model.ErrorCode;
import fr.vigie.output.JsonOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code vigie extract}: one output document per input file. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts claims from files and folders (recursively) of French articles.",
                "Every input gives one output document: a result, or an error record with a code.",
                "With --format json (default), each input a/b.html under a folder given as PATH is written",
                "to DIR/a/b.html.json. With --format jsonl, one line per document goes to --out FILE, or to",
                "standard output when --out is absent.",
                "Exit code: 0 when every input was processed (error records included), 1 when output",
                "could not be written, 2 on a usage error."})
public final class ExtractCommand implements Callable<Integer> {

    enum Format { json, jsonl }

    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders to read; '-' reads one document from standard input.")
    List<String> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR|FILE",
            description = "Output folder (json), or output file (jsonl; default: standard output).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (one file per input) or jsonl (one line per input). Default: ${DEFAULT-VALUE}.")
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

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + Vigie.DEFAULT_MAX_BYTES,
            description = "Inputs larger than N bytes become TOO_LARGE error records. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Option(names = {"-q", "--quiet"}, description = "No summary on standard error.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (date != null && !DATE.matcher(date).matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--date must be YYYY, YYYY-MM or YYYY-MM-DD: " + date);
        }
        if (format == Format.json && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out DIR is required with --format json");
        }
        if (format == Format.json && Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out must be a folder with --format json: " + out);
        }
        long started = System.nanoTime();
        Vigie vigie = Vigie.builder().modelsDirectory(models).maxBytes(maxBytes).build();
        JsonOutput json = new JsonOutput(includeText);
        Summary summary = new Summary();
        InputWalker walker = new InputWalker(excludes);
        try (Sink sink = format == Format.json ? new FolderSink(out, json, !compact) : new LinesSink(out, json)) {
            for (String p : paths) {
                if (p.equals("-")) {
                    Result r = vigie.process(System.in, source("stdin"));
                    summary.add(r);
                    sink.write("stdin", r);
                    continue;
                }
                walker.walk(Path.of(p), input -> {
                    Result r = input.problem() != null
                            ? Result.error(input.relativeName(), null, ErrorCode.UNREADABLE, input.problem())
                            : vigie.process(input.file(), source(input.relativeName()));
                    summary.add(r);
                    sink.write(input.relativeName(), r);
                });
            }
        } catch (IOException | UncheckedOutputException e) {
            spec.commandLine().getErr().println("vigie: cannot write output: " + e.getMessage());
            return 1;
        }
        if (!quiet) {
            summary.print(spec.commandLine().getErr(), walker.excluded(), (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }

    private Source source(String name) {
        return new Source(name, null, date);
    }

    /** Where output documents go. */
    private interface Sink extends AutoCloseable {
        void write(String relativeName, Result r);

        @Override
        void close() throws IOException;
    }

    /** One file per input under a folder, written atomically (temporary file, then rename). */
    private static final class FolderSink implements Sink {
        private final Path root;
        private final JsonOutput json;
        private final boolean pretty;
        private final Set<Path> written = new HashSet<>();

        FolderSink(Path root, JsonOutput json, boolean pretty) throws IOException {
            this.root = root.toAbsolutePath().normalize();
            this.json = json;
            this.pretty = pretty;
            Files.createDirectories(this.root);
        }

        @Override
        public void write(String relativeName, Result r) {
            Path target = OutputPaths.resolve(root, relativeName + ".json");
            int n = 2;
            while (!written.add(target)) {
                target = OutputPaths.resolve(root, relativeName + "~" + n++ + ".json");
            }
            try {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), ".vigie-", ".tmp");
                try (OutputStream o = Files.newOutputStream(tmp)) {
                    json.write(r, o, pretty);
                    o.write('\n');
                } catch (IOException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedOutputException(target + ": " + e.getMessage());
            }
        }

        @Override
        public void close() {
        }
    }

    /** One JSON line per input, to a file or standard output. */
    private static final class LinesSink implements Sink {
        private final OutputStream stream;
        private final boolean closeIt;
        private final JsonOutput json;

        LinesSink(Path file, JsonOutput json) throws IOException {
            this.json = json;
            if (file == null) {
                this.stream = System.out;
                this.closeIt = false;
            } else {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                this.stream = Files.newOutputStream(file);
                this.closeIt = true;
            }
        }

        @Override
        public void write(String relativeName, Result r) {
            try {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                json.write(r, line, false);
                line.write('\n');
                stream.write(line.toByteArray());
                stream.flush();
            } catch (IOException e) {
                throw new UncheckedOutputException(e.getMessage());
            }
        }

        @Override
        public void close() throws IOException {
            if (closeIt) {
                stream.close();
            }
        }
    }

    /** Counts for the end-of-run summary. */
    private static final class Summary {
        int inputs;
        int ok;
        int claims;
        final Map<String, Integer> errors = new TreeMap<>();

        void add(Result r) {
            inputs++;
            if (r.isOk()) {
                ok++;
                claims += r.document().claims().size();
            } else {
                errors.merge(r.error().code().name(), 1, Integer::sum);
            }
        }

        void print(java.io.PrintWriter err, int excluded, double seconds) {
            int nErrors = inputs - ok;
            err.printf("vigie: %d inputs, %d processed, %d errors%s, %d claims%s, %.1f s%n", inputs, ok, nErrors,
                    errors.isEmpty() ? "" : " " + errors, claims,
                    excluded > 0 ? ", " + excluded + " files excluded by --exclude" : "", seconds);
        }
    }

    /** An output write failure, carried out of a lambda. */
    static final class UncheckedOutputException extends RuntimeException {
        UncheckedOutputException(String message) {
            super(message);
        }
    }
}
