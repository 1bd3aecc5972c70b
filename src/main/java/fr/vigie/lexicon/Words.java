package fr.vigie.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one word splitter of the lexicon matchers: runs of letters and digits are words,
 * every other visible character is a word of its own. Folding is case- and
 * accent-insensitive; all apostrophes become "'" and all hyphens "-", so that
 * "l’Intérieur" and "l'interieur" give the same words. Offsets are exact.
 */
public final class Words {

    private static final char[] FOLD = new char[0x250];

    static {
        for (int c = 0; c < FOLD.length; c++) {
            String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            char base = d.isEmpty() ? (char) c : d.charAt(0);
            FOLD[c] = Character.toLowerCase(base);
        }
    }

    private Words() {
    }

    public static List<Word> of(String text) {
        return of(text, 0, text.length());
    }

    /** The words of {@code text[from, to)}, offsets into {@code text}. */
    public static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        StringBuilder sb = new StringBuilder();
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int s = i;
                sb.setLength(0);
                boolean plain = true;
                while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                    char w = text.charAt(i);
                    fold(w, sb);
                    plain &= w < 0x80;
                    i++;
                }
                String norm = sb.toString();
                String lower = plain ? norm : text.substring(s, i).toLowerCase(java.util.Locale.ROOT);
                out.add(new Word(norm, s, i, Character.isUpperCase(c), lower.equals(norm) ? norm : lower));
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00AD') {
                i++;
            } else {
                out.add(new Word(String.valueOf(punctuation(c)), i, i + 1, false));
                i++;
            }
        }
        return out;
    }

    /** The folded form of a whole string, words joined by single spaces. */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder();
        for (Word w : of(s)) {
            if (b.length() > 0) b.append(' ');
            b.append(w.norm());
        }
        return b.toString();
    }

    static void fold(char c, StringBuilder sb) {
        switch (c) {
            case 'œ', 'Œ' -> sb.append("oe");
            case 'æ', 'Æ' -> sb.append("ae");
            case 'ß' -> sb.append("ss");
            default -> sb.append(c < FOLD.length ? FOLD[c] : Character.toLowerCase(c));
        }
    }

    static char punctuation(char c) {
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '`', '\u00B4', '\'':
                return '\'';
            case '\u2010', '\u2011', '\u2012', '-':
                return '-';
            case '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E':
                return '"';
            default:
                return c;
        }
    }
}
