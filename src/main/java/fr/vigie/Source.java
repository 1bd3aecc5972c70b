package fr.vigie;

import fr.vigie.model.DocumentDate;

/**
 * What the caller says about an input besides its bytes.
 *
 * @param name          what the output calls the input ({@code document.source}): any name
 *                      the caller chooses, a path as given for a file
 * @param mediaTypeHint the type the caller knows ({@code "text/html; charset=UTF-8"}), or
 *                      null to let Tika detect it from the bytes; a declared charset of
 *                      plain text is taken instead of guessed
 * @param date          the publication date, {@code YYYY}, {@code YYYY-MM} or
 *                      {@code YYYY-MM-DD}, used only when the file itself gives none
 *                      ({@code document.date.origin: OPTION}); or null
 *
 * <p>Immutable and so safe to share between threads.
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
