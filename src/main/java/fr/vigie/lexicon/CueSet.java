package fr.vigie.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Patterns indexed by their first word, so that a sentence is scanned once. Immutable. */
public final class CueSet<T> {

    private final Map<String, List<CuePattern.Entry<T>>> byFirst = new HashMap<>();
    private final List<CuePattern.Entry<T>> prefixed = new ArrayList<>();
    private final List<CuePattern.Entry<T>> all;
    /**
     * The patterns of {@link #prefixed} that may start at a word, by the word's first
     * character, in their order: a pattern whose first words all start with other characters
     * cannot match there. Words whose first character is in no key get {@link #prefixedAnyChar}.
     */
    private final Map<Character, List<CuePattern.Entry<T>>> prefixedByChar = new HashMap<>();
    private final List<CuePattern.Entry<T>> prefixedAnyChar = new ArrayList<>();

    public CueSet(List<CuePattern.Entry<T>> entries) {
        this.all = List.copyOf(entries);
        for (CuePattern.Entry<T> e : entries) {
            Set<String> firsts = new LinkedHashSet<>(e.pattern().firstWords());
            boolean pre = firsts.stream().anyMatch(f -> f.endsWith("*"));
            if (pre) {
                prefixed.add(e);
            } else {
                for (String f : firsts) byFirst.computeIfAbsent(f, k -> new ArrayList<>()).add(e);
            }
        }
        Set<Character> chars = new LinkedHashSet<>();
        for (CuePattern.Entry<T> e : prefixed) {
            for (String f : e.pattern().firstWords()) {
                if (!f.isEmpty() && !f.equals("*")) chars.add(f.charAt(0));
            }
        }
        for (CuePattern.Entry<T> e : prefixed) {
            Set<Character> own = new LinkedHashSet<>();
            boolean any = false;
            for (String f : e.pattern().firstWords()) {
                if (f.isEmpty() || f.equals("*")) any = true;
                else own.add(f.charAt(0));
            }
            for (Character c : chars) {
                if (any || own.contains(c)) prefixedByChar.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
            }
            if (any) prefixedAnyChar.add(e);
        }
    }

    /** The prefixed patterns that may start at a word of that folded form, in their order. */
    private List<CuePattern.Entry<T>> prefixedAt(String norm) {
        if (norm.isEmpty()) return prefixedAnyChar;
        List<CuePattern.Entry<T>> l = prefixedByChar.get(norm.charAt(0));
        return l == null ? prefixedAnyChar : l;
    }

    public List<CuePattern.Entry<T>> entries() {
        return all;
    }

    public int size() {
        return all.size();
    }

    /** All matches in words [from, to), possibly overlapping, ordered by start word. */
    public List<CuePattern.Hit<T>> findAll(List<Word> words, int from, int to) {
        List<CuePattern.Hit<T>> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String norm = words.get(i).norm();
            List<CuePattern.Entry<T>> cands = byFirst.getOrDefault(norm, List.of());
            for (int l = 0; l < 2; l++) {
                List<CuePattern.Entry<T>> list = l == 0 ? cands : prefixedAt(norm);
                for (int k = 0, n = list.size(); k < n; k++) {
                    CuePattern.Entry<T> p = list.get(k);
                    int end = p.pattern().matchAt(words, i, to);
                    if (end > i) {
                        out.add(new CuePattern.Hit<>(p.value(), p.pattern(), i, end,
                                words.get(i).start(), words.get(end - 1).end()));
                    }
                }
            }
        }
        return out;
    }

    /** Matches with overlaps removed: at each position the longest, left to right. */
    public List<CuePattern.Hit<T>> findLongest(List<Word> words, int from, int to) {
        List<CuePattern.Hit<T>> all = findAll(words, from, to);
        List<CuePattern.Hit<T>> out = new ArrayList<>();
        int covered = from;
        for (int i = 0; i < all.size(); ) {
            int start = all.get(i).firstWord();
            CuePattern.Hit<T> best = null;
            int j = i;
            for (; j < all.size() && all.get(j).firstWord() == start; j++) {
                if (best == null || all.get(j).endWord() > best.endWord()) best = all.get(j);
            }
            if (start >= covered) {
                out.add(best);
                covered = best.endWord();
            }
            i = j;
        }
        return out;
    }
}
