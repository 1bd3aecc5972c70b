package fr.vigie.model;

/**
 * Why a document could not be processed: the closed list of {@code error.code} values of
 * an error record. Every input yields one output record, a result or one of these.
 */
public enum ErrorCode {
    /** The path does not exist or vanished before it was read. */
    NOT_FOUND,
    /** The file exists but cannot be read (permissions, I/O error). */
    UNREADABLE,
    /** The file has zero bytes. */
    EMPTY_FILE,
    /** The file is larger than the configured maximum input size. */
    TOO_LARGE,
    /** The format is not a text document Vigie can read (executable, image, archive…). */
    UNSUPPORTED_FORMAT,
    /** The parser failed on the file (truncated or corrupt PDF, broken DOCX…). */
    PARSE_ERROR,
    /** The file is encrypted or password-protected. */
    ENCRYPTED,
    /** The file was read but contains no text. */
    NO_TEXT,
    /** Processing took longer than the configured time limit. */
    TIMEOUT,
    /** The output could not be written. */
    OUTPUT_ERROR,
    /** An unexpected failure inside Vigie; the message says what. */
    INTERNAL_ERROR
}
