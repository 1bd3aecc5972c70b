package fr.vigie.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small precompiled word pattern, the notation of the cue files under {@code models/}:
 * <ul>
 *   <li>elements are separated by spaces; an element is one or more alternatives
 *       separated by {@code |}; an alternative may be several words ("d'après");</li>
 *   <li>a word ending with {@code *} matches any word starting with it ({@code déclar*});</li>
 *   <li>a stem followed by a class in braces ({@code utilis{ER}}) stands for the stem with
 *       each ending of that class (the inflection table);</li>
 *   <li>{@code ...} matches 0 to 6 words, {@code ...3} 0 to 3 words, never across
 *       . ; ? or !.</li>
 * </ul>
 * Matching is on folded words (case and accents ignored).
 */
public final class CuePattern {

    private static final Set<String> HARD_STOPS = Set.of(".", ";", "?", "!");

    private sealed interface Element permits Alternatives, Gap {
    }

    private record Alternatives(List<List<String>> seqs) implements Element {
    }

    private record Gap(int max) implements Element {
    }

    private final String source;
    private final List<Element> elements;

    private CuePattern(String source, List<Element> elements) {
        this.source = source;
        this.elements = elements;
    }

    public String source() {
        return source;
    }

    public static CuePattern compile(String source) {
        return compile(source, Map.of());
    }

    /** Compiles a pattern; {@code inflections} maps a class name to its endings. */
    public static CuePattern compile(String source, Map<String, List<String>> inflections) {
        List<Element> els = new ArrayList<>();
        for (String raw : source.trim().split("\\s+")) {
            if (raw.isEmpty()) continue;
            if (raw.equals("...") || raw.equals("…") || raw.matches("(\\.\\.\\.|…)\\d+")) {
                String n = raw.replaceAll("[^0-9]", "");
                els.add(new Gap(n.isEmpty() ? 6 : Integer.parseInt(n)));
                continue;
            }
            List<List<String>> seqs = new ArrayList<>();
            for (String alt : raw.split("\\|")) {
                if (alt.isEmpty()) throw new IllegalArgumentException("empty alternative in pattern: " + source);
                for (String form : expand(alt, inflections, source)) {
                    seqs.add(tokens(form));
                }
            }
            els.add(new Alternatives(seqs));
        }
        if (els.isEmpty() || els.get(0) instanceof Gap) {
            throw new IllegalArgumentException("a pattern must start with words: " + source);
        }
        return new CuePattern(source, List.copyOf(els));
    }

    private static List<String> expand(String alt, Map<String, List<String>> inflections, String source) {
        int b = alt.indexOf('{');
        if (b < 0) return List.of(alt);
        int e = alt.indexOf('}', b);
        if (e < 0) throw new IllegalArgumentException("unclosed {class} in pattern: " + source);
        String cls = alt.substring(b + 1, e);
        List<String> endings = inflections.get(cls);
        if (endings == null) throw new IllegalArgumentException("unknown inflection class {" + cls + "} in: " + source);
        List<String> out = new ArrayList<>();
        for (String ending : endings) {
            out.add(alt.substring(0, b) + ending + alt.substring(e + 1));
        }
        return out;
    }

    /** Words of a literal alternative; a trailing '*' is kept on the last word as a prefix mark. */
    private static List<String> tokens(String form) {
        boolean prefix = form.endsWith("*");
        String f = prefix ? form.substring(0, form.length() - 1) : form;
        List<String> out = new ArrayList<>();
        for (Word w : Words.of(f)) out.add(w.norm());
        if (out.isEmpty()) throw new IllegalArgumentException("no words in " + form);
        if (prefix) out.set(out.size() - 1, out.get(out.size() - 1) + "*");
        return List.copyOf(out);
    }

    /** The end (exclusive word index) of a match starting at word {@code i}, or -1. */
    public int matchAt(List<Word> words, int i, int to) {
        return match(words, i, to, 0);
    }

    private int match(List<Word> words, int i, int to, int el) {
        if (el == elements.size()) return i;
        Element e = elements.get(el);
        if (e instanceof Gap g) {
            for (int k = 0; k <= g.max(); k++) {
                if (k > 0) {
                    int j = i + k - 1;
                    if (j >= to || HARD_STOPS.contains(words.get(j).norm())) break;
                }
                int r = match(words, i + k, to, el + 1);
                if (r >= 0) return r;
            }
            return -1;
        }
        for (List<String> seq : ((Alternatives) e).seqs()) {
            int j = i;
            boolean ok = true;
            for (String tok : seq) {
                if (j >= to || !same(tok, words.get(j).norm())) {
                    ok = false;
                    break;
                }
                j++;
            }
            if (ok) {
                int r = match(words, j, to, el + 1);
                if (r >= 0) return r;
            }
        }
        return -1;
    }

    private static boolean same(String tok, String word) {
        if (tok.endsWith("*")) return word.startsWith(tok.substring(0, tok.length() - 1));
        return tok.equals(word);
    }

    /** A match of a pattern: word range and character span. */
    public record Hit<T>(T value, CuePattern pattern, int firstWord, int endWord, int start, int end) {
    }

    /** Every (possibly overlapping) match of every pattern in words [from, to). */
    public static <T> List<Hit<T>> findAll(List<Entry<T>> patterns, List<Word> words, int from, int to) {
        List<Hit<T>> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            for (Entry<T> p : patterns) {
                int end = p.pattern().matchAt(words, i, to);
                if (end > i) {
                    out.add(new Hit<>(p.value(), p.pattern(), i, end, words.get(i).start(), words.get(end - 1).end()));
                }
            }
        }
        return out;
    }

    /** The literal first words this pattern can start with (a trailing '*' marks a prefix). */
    List<String> firstWords() {
        List<String> out = new ArrayList<>();
        for (List<String> seq : ((Alternatives) elements.get(0)).seqs()) out.add(seq.get(0));
        return out;
    }

    /** A pattern with what it means. */
    public record Entry<T>(CuePattern pattern, T value) {
    }

    @Override
    public String toString() {
        return source;
    }
}
