package fr.vigie;

import fr.vigie.ingest.Ingester;
import fr.vigie.model.Document;
import fr.vigie.model.ErrorCode;
import fr.vigie.model.ProcessingException;
import fr.vigie.model.Warning;
import fr.vigie.model.WarningCode;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.Pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Vigie's entry point: loads the models once, then turns files, streams or strings into
 * {@link Result}s.
 *
 * <pre>{@code
 * Vigie vigie = Vigie.create();
 * Result r = vigie.process(Path.of("article.html"));
 * r.document().claims().forEach(System.out::println);
 * String json = new JsonOutput(false).tree(r).toString();
 * }</pre>
 *
 * <p><b>Threads.</b> One instance is safe to share between threads, and is meant to be:
 * loading takes seconds and about 400 MB of heap; the models are only read afterwards.
 *
 * <p><b>Never throws for bad input.</b> The {@code process} methods return a result with
 * {@link Result.Status#ERROR} and an {@link ErrorCode} for anything wrong with the input
 * (missing, unreadable, too large, corrupt, encrypted, no text) and even for a fault of
 * Vigie on it ({@code INTERNAL_ERROR}); they throw only {@link NullPointerException} for a
 * null argument. An interrupted thread gets a {@code TIMEOUT} result. Loading
 * ({@link #create()}, {@link Builder#build()}) throws when the models cannot be read.
 */
public final class Vigie {

    /** Default largest input, in bytes: a press article is far smaller. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** Default most characters of text kept from one input. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    private final Ingester ingester;
    private final Pipeline pipeline;
    private final long maxBytes;
    private final fr.vigie.output.TimeMlOutput timeMl;

    private Vigie(Builder b) {
        ModelStore models = b.modelsDirectory == null ? ModelStore.classpath() : ModelStore.directory(b.modelsDirectory);
        // Tika and the language model load on another core while the pipeline loads
        java.util.concurrent.CompletableFuture<Ingester> ingesting = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> Ingester.load(models, b.maxChars), StandardPipeline.LOADER);
        this.pipeline = StandardPipeline.load(models, b.fullNlp);
        this.ingester = StandardPipeline.join(ingesting);
        this.maxBytes = b.maxBytes;
        this.timeMl = fr.vigie.output.TimeMlOutput.load(models);
    }

    /** Vigie with its packaged models and default limits. */
    public static Vigie create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** The TimeML writer of this Vigie's models: {@code vigie().timeMl().write(result)}. */
    public fr.vigie.output.TimeMlOutput timeMl() {
        return timeMl;
    }

    /** Processes a file; its source name is the path as given. */
    public Result process(Path file) {
        return process(file, Source.named(file.toString()));
    }

    public Result process(Path file, Source source) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return Result.error(source.name(), null, ErrorCode.UNREADABLE, "a directory, not a file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return tooLarge(source, size);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Result.error(source.name(), null, ErrorCode.NOT_FOUND, "no such file: " + file);
        } catch (AccessDeniedException e) {
            return Result.error(source.name(), null, ErrorCode.UNREADABLE, "permission denied: " + file);
        } catch (IOException | SecurityException e) {
            return Result.error(source.name(), null, ErrorCode.UNREADABLE, "cannot read " + file + ": " + e.getMessage());
        }
        return run(bytes, source);
    }

    /** Processes a stream (read to its end, not closed). */
    public Result process(InputStream in, Source source) {
        byte[] bytes;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    return tooLarge(source, total);
                }
                out.write(buf, 0, n);
            }
            bytes = out.toByteArray();
        } catch (IOException e) {
            return Result.error(source.name(), null, ErrorCode.UNREADABLE, "cannot read the stream: " + e.getMessage());
        }
        return run(bytes, source);
    }

    /** Processes a text given as a string (plain text unless the source says otherwise). */
    public Result process(String text, Source source) {
        Objects.requireNonNull(text, "text");
        Source s = source.mediaTypeHint() == null ? source.withMediaType("text/plain; charset=UTF-8") : source;
        return run(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), s);
    }

    private Result tooLarge(Source source, long size) {
        return Result.error(source.name(), null, ErrorCode.TOO_LARGE,
                "the input has " + size + " bytes or more, over the limit of " + maxBytes + " bytes");
    }

    private Result run(byte[] bytes, Source source) {
        String id = Ingester.id(bytes);
        try {
            Document doc = ingester.ingest(bytes, source);
            pipeline.process(doc);
            if (!doc.date().isKnown()) {
                doc.addWarning(Warning.of(WarningCode.NO_DOCUMENT_DATE, "no publication date in the file's metadata, "
                        + "header or text, and none given by the caller: relative dates are left unresolved"));
            }
            return Result.ok(doc);
        } catch (ProcessingException e) {
            return Result.error(source.name(), id, e.code(), e.getMessage());
        } catch (Pipeline.Cancelled | edu.stanford.nlp.util.RuntimeInterruptedException e) {
            // the caller interrupted this thread, a document past its time limit
            return Result.error(source.name(), id, ErrorCode.TIMEOUT, "processing was stopped: " + e.getMessage());
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            // a bug or a resource limit on this input must not end the batch: record it
            return Result.error(source.name(), id, ErrorCode.INTERNAL_ERROR,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** Options of a {@link Vigie} instance. */
    public static final class Builder {
        private Path modelsDirectory;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int maxChars = DEFAULT_MAX_CHARS;
        private boolean fullNlp;

        /** Read models from this folder (laid out like the project's models/) instead of the packaged ones. */
        public Builder modelsDirectory(Path dir) {
            this.modelsDirectory = dir;
            return this;
        }

        /** Inputs larger than this many bytes give a TOO_LARGE error record. */
        public Builder maxBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive");
            }
            this.maxBytes = bytes;
            return this;
        }

        /** Text beyond this many characters is cut, with a TEXT_TRUNCATED warning. */
        public Builder maxChars(int chars) {
            if (chars <= 0) {
                throw new IllegalArgumentException("maxChars must be positive");
            }
            this.maxChars = chars;
            return this;
        }

        /**
         * Run CoreNLP's tagger and entity recogniser on every sentence (the slow path) instead
         * of only on the sentences where the claim rules read them. The claims and temporal
         * expressions are the same either way; only the statistical entities (PER, ORG, LOC,
         * MISC) of the other sentences are added. About twice as slow.
         */
        public Builder fullNlp(boolean full) {
            this.fullNlp = full;
            return this;
        }

        public Vigie build() {
            return new Vigie(this);
        }
    }
}
