package fr.vigie.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable dictionary of phrases over {@link Word}s, built once and shared by all
 * threads. Matching is case- and accent-insensitive, except that a word written with a
 * capital initial in the dictionary ("Nice", "Tours", "VSA") only matches a capitalised
 * word of the text, which keeps towns and acronyms apart from common words. When built
 * plural-tolerant, a final "s" or "x" is ignored on words longer than three letters, on
 * both sides ("caméras augmentées" matches "caméra augmentée"). {@link #find} returns the
 * longest match at each position, left to right, never overlapping.
 */
public final class PhraseMatcher<T> {

    /** One match: the value, the word range [firstWord, endWord) and the character span. */
    public record Match<T>(T value, int firstWord, int endWord, int start, int end, String alias) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        List<Terminal<T>> terminals = List.of();
    }

    private record Terminal<T>(T value, boolean[] capital, String alias) {
    }

    private final Node<T> root;
    private final Node<T> exactRoot;
    private final boolean pluralTolerant;
    private final int size;

    private PhraseMatcher(Node<T> root, Node<T> exactRoot, boolean pluralTolerant, int size) {
        this.root = root;
        this.exactRoot = exactRoot;
        this.pluralTolerant = pluralTolerant;
        this.size = size;
    }

    /** The number of phrases. */
    public int size() {
        return size;
    }

    public static <T> Builder<T> builder(boolean pluralTolerant) {
        return new Builder<>(pluralTolerant);
    }

    /** Longest non-overlapping matches in {@code words}, left to right. */
    public List<Match<T>> find(List<Word> words) {
        return find(words, 0, words.size());
    }

    public List<Match<T>> find(List<Word> words, int from, int to) {
        List<Match<T>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<T> m = longestAt(words, i, to);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.endWord();
            }
        }
        return out;
    }

    /** The longest match starting at word {@code i}, or null. */
    public Match<T> longestAt(List<Word> words, int i, int to) {
        Match<T> a = longestAt(root, true, words, i, to);
        Match<T> b = exactRoot == null ? null : longestAt(exactRoot, false, words, i, to);
        if (a == null) return b;
        if (b == null) return a;
        return b.endWord() > a.endWord() ? b : a;
    }

    private Match<T> longestAt(Node<T> start, boolean folded, List<Word> words, int i, int to) {
        Node<T> n = start;
        Match<T> best = null;
        for (int j = i; j < to && n != null; j++) {
            String w = words.get(j).norm();
            n = n.next.get(folded ? key(w) : w);
            if (n == null) break;
            for (Terminal<T> t : n.terminals) {
                if (capitalsAgree(t, words, i)) {
                    best = new Match<>(t.value(), i, j + 1, words.get(i).start(), words.get(j).end(), t.alias());
                    break;
                }
            }
        }
        return best;
    }

    private static <T> boolean capitalsAgree(Terminal<T> t, List<Word> words, int i) {
        for (int k = 0; k < t.capital().length; k++) {
            if (t.capital()[k] && !words.get(i + k).capitalized()) return false;
        }
        return true;
    }

    private String key(String norm) {
        if (pluralTolerant && norm.length() > 3) {
            char last = norm.charAt(norm.length() - 1);
            if (last == 's' || last == 'x') return norm.substring(0, norm.length() - 1);
        }
        return norm;
    }

    /** Collects phrases; reports an alias given two different values. */
    public static final class Builder<T> {
        private final Node<T> root = new Node<>();
        private final Node<T> exactRoot = new Node<>();
        private final boolean pluralTolerant;
        private final Map<String, T> seen = new LinkedHashMap<>();
        private final List<String> conflicts = new ArrayList<>();
        private int size;

        private Builder(boolean pluralTolerant) {
            this.pluralTolerant = pluralTolerant;
        }

        /** Adds a phrase; returns false (and records a conflict) if the same phrase already has another value. */
        public boolean add(String phrase, T value) {
            Objects.requireNonNull(value);
            boolean exact = phrase.startsWith("=");
            if (exact) phrase = phrase.substring(1);
            List<Word> ws = Words.of(phrase);
            if (ws.isEmpty()) throw new IllegalArgumentException("empty phrase");
            PhraseMatcher<T> keyer = new PhraseMatcher<>(null, null, pluralTolerant && !exact, 0);
            StringBuilder sig = new StringBuilder(exact ? "=" : "");
            boolean[] capital = new boolean[ws.size()];
            Node<T> n = exact ? exactRoot : root;
            for (int k = 0; k < ws.size(); k++) {
                String key = keyer.key(ws.get(k).norm());
                capital[k] = ws.get(k).capitalized();
                sig.append(key).append(capital[k] ? "^" : "").append(' ');
                n = n.next.computeIfAbsent(key, x -> new Node<>());
            }
            T prev = seen.putIfAbsent(sig.toString(), value);
            if (prev != null) {
                if (!prev.equals(value)) {
                    conflicts.add("\"" + phrase + "\" → " + prev + " and " + value);
                    return false;
                }
                return true;
            }
            List<Terminal<T>> ts = new ArrayList<>(n.terminals);
            ts.add(new Terminal<>(value, capital, phrase));
            // stricter (more capitals) first, so that "Nice" wins over a lower-case homograph
            ts.sort((a, b) -> Integer.compare(count(b.capital()), count(a.capital())));
            n.terminals = Collections.unmodifiableList(ts);
            size++;
            return true;
        }

        private static int count(boolean[] b) {
            int c = 0;
            for (boolean x : b) if (x) c++;
            return c;
        }

        public List<String> conflicts() {
            return List.copyOf(conflicts);
        }

        public PhraseMatcher<T> build() {
            return new PhraseMatcher<>(root, exactRoot, pluralTolerant, size);
        }
    }
}
