package fr.vigie.model;

/**
 * The date a document was published, as precise as its source allows
 * ({@code 2023}, {@code 2023-11} or {@code 2023-11-14}), and where it came from.
 */
public record DocumentDate(String value, Origin origin) {

    public enum Origin { METADATA, TEXT, OPTION, NONE }

    public static final DocumentDate NONE = new DocumentDate(null, Origin.NONE);

    public boolean isKnown() {
        return value != null;
    }
}
