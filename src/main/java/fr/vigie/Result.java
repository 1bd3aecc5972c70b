package fr.vigie;

import fr.vigie.model.Document;
import fr.vigie.model.ErrorCode;

/**
 * The outcome for one input: a processed {@link Document}, or an error with its code. Every
 * input gives exactly one result; nothing is dropped.
 *
 * @param source the input's name as given (relative path, or "-" for standard input)
 * @param id     the SHA-256 of the input's bytes, null when they could not be read
 */
public record Result(Status status, String source, String id, Document document, Error error) {

    public enum Status { OK, ERROR }

    /** Why an input could not be processed. */
    public record Error(ErrorCode code, String message) { }

    public static Result ok(Document document) {
        return new Result(Status.OK, document.source(), document.id(), document, null);
    }

    public static Result error(String source, String id, ErrorCode code, String message) {
        return new Result(Status.ERROR, source, id, null, new Error(code, message));
    }

    public boolean isOk() {
        return status == Status.OK;
    }
}
