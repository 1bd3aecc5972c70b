package fr.vigie;

import fr.vigie.model.Document;
import fr.vigie.model.ErrorCode;

/**
 * The outcome for one input: a processed {@link Document}, or an error with its code. Every
 * input gives exactly one result; nothing is dropped.
 *
 * <p>Immutable, and so safe to share between threads (its {@link Document} is not changed
 * once the result is made).
 *
 * @param status   {@code OK} (a document) or {@code ERROR} (an error)
 * @param source   what the output calls the input ({@code document.source}): the path as
 *                 given for a file ({@link Vigie#process(java.nio.file.Path)}, and the command
 *                 line: the folder as typed, then the path inside it), the caller's
 *                 {@link Source#name()} for a stream or a string ({@code stdin} for the
 *                 command line's standard input)
 * @param id       the SHA-256 of the input's bytes, in hexadecimal; null when they could not be read
 * @param document the processed document when {@code OK}, else null
 * @param error    why the input could not be processed when {@code ERROR}, else null
 */
public record Result(Status status, String source, String id, Document document, Error error) {

    public enum Status { OK, ERROR }

    /**
     * Why an input could not be processed: a code of a closed list, and a message for a
     * person (which may quote the input's path, never its text).
     */
    public record Error(ErrorCode code, String message) { }

    public static Result ok(Document document) {
        return new Result(Status.OK, document.source(), document.id(), document, null);
    }

    public static Result error(String source, String id, ErrorCode code, String message) {
        return new Result(Status.ERROR, source, id, null, new Error(code, message));
    }

    /** True when {@link #status()} is {@code OK}: then {@link #document()} is there and {@link #error()} is null. */
    public boolean isOk() {
        return status == Status.OK;
    }
}
