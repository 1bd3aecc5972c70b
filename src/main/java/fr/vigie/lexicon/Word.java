package fr.vigie.lexicon;

/**
 * A word of a text as the matchers see it: its folded form (lower case, no accents,
 * ’ and ' both "'"), its character offsets in the original text, and whether the
 * original starts with a capital letter.
 */
public record Word(String norm, int start, int end, boolean capitalized) {

    /** True for a single punctuation character ("," "." "'" "-"…). */
    public boolean isPunctuation() {
        return norm.length() == 1 && !Character.isLetterOrDigit(norm.charAt(0));
    }
}
