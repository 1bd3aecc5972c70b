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
        Tense best = Tense.NONE;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(text);
            m.region(from, to);
            while (m.find()) {
                if (m.start() < end && m.end() > start) {
                    continue;
                }
                int d = m.end() <= start ? start - m.end() : m.start() - end;
                if (d < bestDistance && d <= REACH) {
                    bestDistance = d;
                    best = tenses.get(i);
                }
            }
        }
        return best;
    }
}
