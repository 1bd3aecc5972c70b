package fr.vigie.nlp;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs the statistical sentence splits where French press text fools them. Two
 * adjacent sentences of the same paragraph are joined when:
 * <ul>
 *   <li>the first ends with an abbreviation or an initial ("M.", "Mme.", "art.", "J.");</li>
 *   <li>the second starts with a lower-case letter or a digit ("[… Macron !] les forces",
 *       "n°. 12");</li>
 *   <li>a « quotation opened in the first is still open, up to {@link #MAX_QUOTE_SENTENCE}
 *       characters (a quotation that never closes must not glue a whole article).</li>
 * </ul>
 * A line break between two sentences always keeps them apart: the cleaned text separates
 * paragraphs and headings by a blank line. A join never makes a sentence of more than
 * {@link LongSentences#MAX_TOKENS} tokens (a list of lower-case items with full stops).
 */
final class SentenceRepair {

    static final int MAX_QUOTE_SENTENCE = 1000;

    private final Abbreviations abbreviations;

    SentenceRepair(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<List<CoreLabel>> repair(String text, List<List<CoreLabel>> sentences) {
        List<List<CoreLabel>> out = new ArrayList<>();
        for (int[] g : groups(text, sentences)) {
            List<CoreLabel> joined = new ArrayList<>();
            for (int i = g[0]; i < g[1]; i++) {
                joined.addAll(sentences.get(i));
            }
            out.add(joined);
        }
        return out;
    }

    /**
     * The repaired sentences as runs of the statistical ones: {@code [first, end)} indices
     * into {@code sentences}, in order, covering them all. Only the offsets of each
     * sentence's first and last tokens are read, which the multi-word-token split keeps.
     */
    List<int[]> groups(String text, List<List<CoreLabel>> sentences) {
        List<int[]> out = new ArrayList<>();
        int[] current = null;
        int openQuotes = 0;
        int tokens = 0;
        for (int i = 0; i < sentences.size(); i++) {
            List<CoreLabel> s = sentences.get(i);
            if (current != null && tokens + s.size() <= LongSentences.MAX_TOKENS
                    && shouldJoin(text, sentences.get(current[0]), sentences.get(i - 1), s, openQuotes)) {
                current[1] = i + 1;
                tokens += s.size();
            } else {
                current = new int[] {i, i + 1};
                out.add(current);
                openQuotes = 0;
                tokens = s.size();
            }
            openQuotes = Math.max(0, openQuotes + quoteBalance(text, s));
        }
        return out;
    }

    /** {@code opening}: the first statistical sentence of the one being built, {@code prev} its last. */
    private boolean shouldJoin(String text, List<CoreLabel> opening, List<CoreLabel> prev, List<CoreLabel> next,
                               int openQuotes) {
        int prevEnd = prev.get(prev.size() - 1).endPosition();
        int nextStart = next.get(0).beginPosition();
        if (text.substring(prevEnd, nextStart).indexOf('\n') >= 0) {
            return false;
        }
        if (abbreviations.endsWithAbbreviation(text, prevEnd)) {
            return true;
        }
        char first = text.charAt(nextStart);
        if (Character.isLowerCase(first) || Character.isDigit(first)) {
            return true;
        }
        int prevStart = opening.get(0).beginPosition();
        return openQuotes > 0 && nextStart - prevStart < MAX_QUOTE_SENTENCE;
    }

    private static int quoteBalance(String text, List<CoreLabel> s) {
        int balance = 0;
        int start = s.get(0).beginPosition();
        int end = s.get(s.size() - 1).endPosition();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '«') balance++;
            else if (c == '»') balance--;
        }
        return balance;
    }
}
