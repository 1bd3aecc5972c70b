package fr.vigie.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts the statistical sentences that are far longer than any sentence of prose (a table
 * of numbers, a list, a dump, a page without a full stop) into pieces of at most
 * {@link #MAX_TOKENS} tokens, before the costly annotators and the claim rules, whose cost
 * grows faster than the length of a sentence. A piece ends, where it can, after the last
 * comma, semicolon, colon or closing bracket of the second half of its window, so that a
 * list is cut between its items; otherwise at the limit. Tokens and their offsets are
 * unchanged: a piece is a sentence over the same tokens.
 *
 * <p>The bound is far above the length of a sentence of press prose (a long one has 60 to
 * 120 tokens), so an article is never cut.
 */
final class LongSentences {

    /** The most tokens in one sentence given to the annotators. */
    static final int MAX_TOKENS = 250;

    private static final Set<String> BREAKS = Set.of(",", ";", ":", ")", "]", "»", "\"", "–", "—", "|");

    private LongSentences() {
    }

    /** The sentences after the cut; how many were cut, and into how many pieces. */
    record Cut(List<CoreMap> sentences, int passages, int pieces) { }

    static Cut cut(String text, List<CoreMap> sentences) {
        boolean any = false;
        for (CoreMap s : sentences) {
            if (s.get(CoreAnnotations.TokensAnnotation.class).size() > MAX_TOKENS) {
                any = true;
                break;
            }
        }
        if (!any) {
            return new Cut(sentences, 0, 0);
        }
        List<CoreMap> out = new ArrayList<>(sentences.size() + 16);
        int passages = 0;
        int pieces = 0;
        int tokenOffset = 0;
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= MAX_TOKENS) {
                // the same sentence, numbered after the pieces before it
                number(s, tokens, out.size(), tokenOffset);
                out.add(s);
                tokenOffset += tokens.size();
                continue;
            }
            passages++;
            for (int from = 0; from < tokens.size(); ) {
                int to = end(tokens, from);
                out.add(renumbered(text, new ArrayList<>(tokens.subList(from, to)), out.size(), tokenOffset));
                tokenOffset += to - from;
                pieces++;
                from = to;
            }
        }
        return new Cut(out, passages, pieces);
    }

    /** Where the piece that starts at {@code from} ends (exclusive). */
    static int end(List<CoreLabel> tokens, int from) {
        int limit = from + MAX_TOKENS;
        if (limit >= tokens.size()) {
            return tokens.size();
        }
        for (int i = limit - 1; i >= from + MAX_TOKENS / 2; i--) {
            if (BREAKS.contains(tokens.get(i).word()) || BREAKS.contains(tokens.get(i).originalText())) {
                return i + 1;
            }
        }
        return limit;
    }

    /** A sentence over {@code tokens}, with the annotations CoreNLP's sentence splitter gives one. */
    private static CoreMap renumbered(String text, List<CoreLabel> tokens, int index, int tokenOffset) {
        CoreMap s = new ArrayCoreMap();
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        number(s, tokens, index, tokenOffset);
        return s;
    }

    private static void number(CoreMap s, List<CoreLabel> tokens, int index, int tokenOffset) {
        s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
        s.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + tokens.size());
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            t.setIndex(i + 1);
            t.setSentIndex(index);
        }
    }
}
