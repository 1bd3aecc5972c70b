package fr.vigie.model;

/** A failure with its {@link ErrorCode}: becomes the error record of the document. */
public class ProcessingException extends Exception {

    private final ErrorCode code;

    public ProcessingException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ProcessingException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
