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
            List<CuePattern.Entry<T>> cands = byFirst.getOrDefault(words.get(i).norm(), List.of());
            for (List<CuePattern.Entry<T>> list : List.of(cands, prefixed)) {
                for (CuePattern.Entry<T> p : list) {
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
