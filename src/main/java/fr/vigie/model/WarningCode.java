package fr.vigie.model;

/** The closed list of warnings a result document can carry. */
public enum WarningCode {
    /** No publication date in metadata, header or caller options: relative dates stay unresolved. */
    NO_DOCUMENT_DATE,
    /** Some temporal expressions could not be given a value. */
    UNRESOLVED_TEMPORAL_EXPRESSION,
    /** The text does not look French; extraction ran but is unreliable. */
    LANGUAGE_NOT_FRENCH,
    /** The text was cut at the configured character limit. */
    TEXT_TRUNCATED,
    /** The parser recovered from an error inside the file; the text may be incomplete. */
    PARTIAL_PARSE,
    /** The document date found in the file could not be understood. */
    UNPARSEABLE_DOCUMENT_DATE,
    /** A passage with no sentence end was cut into sentences of bounded length; a claim across a cut is not read. */
    LONG_SENTENCE_CUT,
    /** The text is too short for the language identifier to be sure it is French. */
    LANGUAGE_UNCERTAIN
}
