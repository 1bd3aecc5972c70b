package fr.vigie.time;

import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.ModelStore.DataLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tense of the clause around an expression from the cues of
 * {@code models/time/tense.txt}: the cue nearest to the expression, in its sentence and within
 * {@link #REACH} characters, wins.
 */
final class TenseDetector {

    /**
     * How far (in characters) a cue may stand from the expression: beyond, the verb belongs
     * to another clause ("« Nous avons suspendu le système », affirme-t-il, … pour le concert
     * du 8 novembre") and the expression takes the nearest occurrence instead.
     */
    static final int REACH = 90;

    private final List<Pattern> patterns = new ArrayList<>();
    private final List<Tense> tenses = new ArrayList<>();

    TenseDetector(ModelStore store) {
        for (DataLine l : store.dataLines(TimeKnowledge.DIR + "tense.txt")) {
            String[] f = l.fields();
            if (f.length != 2) {
                throw l.error("expected PAST|FUTURE<TAB>pattern");
            }
            tenses.add(Tense.valueOf(f[0]));
            patterns.add(Pattern.compile(f[1], TimeKnowledge.FLAGS | Pattern.UNICODE_CHARACTER_CLASS));
        }
    }

    /** True when some cue of the future stands anywhere in the sentence [from, to). */
    boolean mentionsFuture(CharSequence text, int from, int to) {
        for (int i = 0; i < patterns.size(); i++) {
            if (tenses.get(i) == Tense.FUTURE && patterns.get(i).matcher(text).region(from, to).find()) {
                return true;
            }
        }
        return false;
    }

    /** The tense of the sentence [from, to) for the expression [start, end). */
    Tense detect(CharSequence text, int from, int to, int start, int end) {
        return detect(cues(text, from, to), start, end);
    }

    /**
     * The cues of a sentence: each pattern's successive matches, pattern by pattern. A
     * sentence with several expressions is searched once for all of them.
     */
    record Cues(CharSequence text, int from, int to, int[] starts, int[] ends, int[] patterns) {
    }

    /** The cues of the sentence [from, to). */
    Cues cues(CharSequence text, int from, int to) {
        int[] starts = new int[8];
        int[] ends = new int[8];
        int[] which = new int[8];
        int n = 0;
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(text);
            m.region(from, to);
            while (m.find()) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, 2 * n);
                    ends = java.util.Arrays.copyOf(ends, 2 * n);
                    which = java.util.Arrays.copyOf(which, 2 * n);
                }
                starts[n] = m.start();
                ends[n] = m.end();
                which[n++] = i;
            }
        }
        return new Cues(text, from, to, java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n),
                java.util.Arrays.copyOf(which, n));
    }

    /**
     * The tense for the expression [start, end) from the cues of its sentence: the nearest cue
     * within reach, and first among those of its own clause. A quotation mark, a semicolon or a
     * parenthesis between a cue and the expression puts them in different clauses: in "« nous
     * retirerons les capteurs en janvier », a indiqué le maire" the incise's past is not the
     * quote's.
     */
    Tense detect(Cues cues, int start, int end) {
        Tense best = Tense.NONE, bestOwn = Tense.NONE;
        int bestDistance = Integer.MAX_VALUE, bestOwnDistance = Integer.MAX_VALUE;
        for (int k = 0; k < cues.starts().length; k++) {
            int ms = cues.starts()[k];
            int me = cues.ends()[k];
            if (ms < end && me > start) {
                continue;
            }
            int d = me <= start ? start - me : ms - end;
            if (d > REACH) {
                continue;
            }
            Tense t = tenses.get(cues.patterns()[k]);
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
            if (d < bestOwnDistance && !boundaryBetween(cues.text(), me <= start ? me : end, me <= start ? start : ms)) {
                bestOwnDistance = d;
                bestOwn = t;
            }
        }
        return bestOwn != Tense.NONE ? bestOwn : best;
    }

    private static boolean boundaryBetween(CharSequence text, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '«', '»', '“', '”', '"', ';', '(', ')' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
