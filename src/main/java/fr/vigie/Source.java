package fr.vigie;

import fr.vigie.model.DocumentDate;

/**
 * What the caller says about an input besides its bytes: its name (a path relative to the
 * input root, shown as {@code document.source}), an optional media type hint and an
 * optional date, used when the file itself gives none ({@code document.date.origin:
 * OPTION}).
 */
public record Source(String name, String mediaTypeHint, String date) {

    public static Source named(String name) {
        return new Source(name, null, null);
    }

    public Source withDate(String d) {
        return new Source(name, mediaTypeHint, d);
    }

    public Source withMediaType(String type) {
        return new Source(name, type, date);
    }

    /** The caller's date as a document date, or {@link DocumentDate#NONE}. */
    public DocumentDate optionDate() {
        return date == null ? DocumentDate.NONE : new DocumentDate(date, DocumentDate.Origin.OPTION);
    }
}
