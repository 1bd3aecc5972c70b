package fr.vigie.lexicon;

/**
 * A word of a text as the matchers see it: its folded form (lower case, no accents,
 * ’ and ' both "'"), its character offsets in the original text, whether the original
 * starts with a capital letter, and its lower-case form with its accents ("analysé",
 * where the folded form is "analyse"; the same string as the folded form when they agree).
 */
public record Word(String norm, int start, int end, boolean capitalized, String lower) {

    /** A word without accents: its lower-case form is its folded form. */
    public Word(String norm, int start, int end, boolean capitalized) {
        this(norm, start, end, capitalized, norm);
    }

    /** True for a single punctuation character ("," "." "'" "-"…). */
    public boolean isPunctuation() {
        return norm.length() == 1 && !Character.isLetterOrDigit(norm.charAt(0));
    }
}
