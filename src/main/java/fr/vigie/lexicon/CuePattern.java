package fr.vigie.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small precompiled word pattern, the notation of the cue files under {@code models/}:
 * <ul>
 *   <li>{@code |} separates whole alternatives: {@code recours à|recours aux|a recours};</li>
 *   <li>within an alternative, words are separated by spaces; a word may be written with its
 *       apostrophe ("d'après" is three words to the matcher);</li>
 *   <li>{@code (de|d'|à)} is one position with alternatives;</li>
 *   <li>a word ending with {@code *} matches any word starting with it ({@code déclar*});</li>
 *   <li>a stem followed by a class in braces ({@code utilis{ER}}) stands for the stem with
 *       each ending of that class (the inflection table);</li>
 *   <li>{@code ...} matches 0 to 6 words, {@code ...3} 0 to 3 words, never across
 *       . ; ? or !.</li>
 *   <li>a form starting with {@code =} matches its words with their accents
 *       ({@code =analysé} is not "l'analyse"; case is still ignored).</li>
 * </ul>
 * Matching is on folded words (case and accents ignored) unless a form says otherwise; the
 * longest alternative wins.
 */
public final class CuePattern {

    private static final Set<String> HARD_STOPS = Set.of(".", ";", "?", "!");

    private sealed interface Element permits Alternatives, Gap {
    }

    /** One position: several word sequences, any of which matches. */
    private record Alternatives(List<List<String>> seqs) implements Element {
    }

    private record Gap(int max) implements Element {
    }

    private final String source;
    private final List<List<Element>> alternatives;

    /** The alternatives that can start with a word, by that word; those starting with a word prefix apart. */
    private final Map<String, int[]> byFirstWord;
    private final int[] anyFirstWord;

    private CuePattern(String source, List<List<Element>> alternatives) {
        this.source = source;
        this.alternatives = alternatives;
        Map<String, List<Integer>> index = new HashMap<>();
        List<Integer> any = new ArrayList<>();
        for (int a = 0; a < alternatives.size(); a++) {
            boolean anyWord = false;
            Set<String> firsts = new LinkedHashSet<>();
            for (List<String> seq : ((Alternatives) alternatives.get(a).get(0)).seqs()) {
                String first = folded(seq.get(0));
                if (first.endsWith("*")) {
                    anyWord = true;
                } else {
                    firsts.add(first);
                }
            }
            if (anyWord) {
                any.add(a);
            } else {
                for (String f : firsts) {
                    index.computeIfAbsent(f, k -> new ArrayList<>()).add(a);
                }
            }
        }
        Map<String, int[]> packed = new HashMap<>();
        index.forEach((k, v) -> packed.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.byFirstWord = packed;
        this.anyFirstWord = any.stream().mapToInt(Integer::intValue).toArray();
    }

    public String source() {
        return source;
    }

    public static CuePattern compile(String source) {
        return compile(source, Map.of());
    }

    /** Compiles a pattern; {@code inflections} maps a class name to its endings. */
    public static CuePattern compile(String source, Map<String, List<String>> inflections) {
        List<List<Element>> alts = new ArrayList<>();
        for (String alt : splitTopLevel(source)) {
            List<Element> els = new ArrayList<>();
            for (String raw : alt.trim().split("\\s+")) {
                if (raw.isEmpty()) continue;
                if (raw.equals("...") || raw.equals("…") || raw.matches("(\\.\\.\\.|…)\\d+")) {
                    String n = raw.replaceAll("[^0-9]", "");
                    els.add(new Gap(n.isEmpty() ? 6 : Integer.parseInt(n)));
                    continue;
                }
                String body = raw;
                if (body.startsWith("(") && body.endsWith(")")) body = body.substring(1, body.length() - 1);
                if (body.indexOf('(') >= 0 || body.indexOf(')') >= 0) {
                    // "(a décidé|veut)" would be read as the words "(a" and "décidé|veut)"
                    throw new IllegalArgumentException("a (…) position holds single words, without spaces: " + source);
                }
                List<List<String>> seqs = new ArrayList<>();
                for (String option : body.split("\\|")) {
                    if (option.isEmpty()) throw new IllegalArgumentException("empty alternative in pattern: " + source);
                    for (String form : expand(option, inflections, source)) {
                        seqs.add(tokens(form));
                    }
                }
                els.add(new Alternatives(seqs));
            }
            if (els.isEmpty() || els.get(0) instanceof Gap || els.get(els.size() - 1) instanceof Gap) {
                throw new IllegalArgumentException("an alternative must start and end with words: " + source);
            }
            alts.add(List.copyOf(els));
        }
        if (alts.isEmpty()) throw new IllegalArgumentException("empty pattern");
        return new CuePattern(source, List.copyOf(alts));
    }

    /** Splits on '|' outside parentheses. */
    private static List<String> splitTopLevel(String source) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : source.toCharArray()) {
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == '|' && depth == 0) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
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
        boolean exact = form.startsWith("=");
        boolean prefix = form.endsWith("*");
        if (exact && prefix) throw new IllegalArgumentException("a form cannot be both =exact and a prefix*: " + form);
        String f = form.substring(exact ? 1 : 0, prefix ? form.length() - 1 : form.length());
        List<String> out = new ArrayList<>();
        for (Word w : Words.of(f)) out.add(exact ? EXACT + w.lower() : w.norm());
        if (out.isEmpty()) throw new IllegalArgumentException("no words in " + form);
        if (prefix) out.set(out.size() - 1, out.get(out.size() - 1) + "*");
        return List.copyOf(out);
    }

    /** The end (exclusive word index) of the longest match starting at word {@code i}, or -1. */
    public int matchAt(List<Word> words, int i, int to) {
        if (i >= to) return -1;
        int best = -1;
        int[] candidates = byFirstWord.get(words.get(i).norm());
        if (candidates != null) {
            for (int a : candidates) {
                int r = match(alternatives.get(a), words, i, to, 0);
                if (r > best) best = r;
            }
        }
        for (int a : anyFirstWord) {
            int r = match(alternatives.get(a), words, i, to, 0);
            if (r > best) best = r;
        }
        return best;
    }

    private int match(List<Element> elements, List<Word> words, int i, int to, int el) {
        if (el == elements.size()) return i;
        Element e = elements.get(el);
        if (e instanceof Gap g) {
            for (int k = 0; k <= g.max(); k++) {
                if (k > 0) {
                    int j = i + k - 1;
                    if (j >= to || HARD_STOPS.contains(words.get(j).norm())) break;
                }
                int r = match(elements, words, i + k, to, el + 1);
                if (r >= 0) return r;
            }
            return -1;
        }
        int best = -1;
        List<List<String>> seqs = ((Alternatives) e).seqs();
        for (int s = 0, n = seqs.size(); s < n; s++) {
            List<String> seq = seqs.get(s);
            int j = i;
            boolean ok = true;
            for (int t = 0, m = seq.size(); t < m; t++) {
                String tok = seq.get(t);
                if (j >= to || !same(tok, words.get(j))) {
                    ok = false;
                    break;
                }
                j++;
            }
            if (ok) {
                int r = match(elements, words, j, to, el + 1);
                if (r > best) best = r;
            }
        }
        return best;
    }

    /** The mark of a word compared with its accents. */
    private static final char EXACT = '=';

    /** The folded form a token matches: the word itself, or the folded form of an accent-exact word. */
    private static String folded(String tok) {
        return tok.charAt(0) == EXACT && tok.length() > 1 ? Words.fold(tok.substring(1)) : tok;
    }

    private static boolean same(String tok, Word w) {
        if (tok.length() > 1 && tok.charAt(0) == EXACT) return tok.regionMatches(1, w.lower(), 0, w.lower().length())
                && tok.length() - 1 == w.lower().length();
        return same(tok, w.norm());
    }

    private static boolean same(String tok, String word) {
        int n = tok.length() - 1;
        if (n >= 0 && tok.charAt(n) == '*') return word.length() >= n && word.regionMatches(0, tok, 0, n);
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
        for (List<Element> alt : alternatives) {
            for (List<String> seq : ((Alternatives) alt.get(0)).seqs()) out.add(folded(seq.get(0)));
        }
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
