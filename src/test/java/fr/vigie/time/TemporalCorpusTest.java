package fr.vigie.time;

import fr.vigie.model.TemporalExpression;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The positive test set ({@code src/test/resources/time/positive.tsv}): each expected
 * expression must be found with exactly its text, type, value and mod.
 */
class TemporalCorpusTest {

    /**
     * The value accuracy measured on the test set when it was last extended. The aggregate
     * test fails when the tagger falls below it: raise it when the tagger improves.
     */
    static final double VALUE_ACCURACY_FLOOR = 0.997;

    static List<TimeCorpus.Case> cases() {
        return TimeCorpus.positives();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void expression(TimeCorpus.Case c) {
        Assumptions.assumeFalse(c.knownFailure(), c.note());
        List<TemporalExpression> found = TimeCorpus.tag(c.sentence(), c.date());
        TemporalExpression e = TimeCorpus.find(found, c.text());
        String context = "\"" + c.sentence() + "\" found:" + TimeCorpus.describe(found);
        assertNotNull(e, "no expression [" + c.text() + "] in " + context);
        assertEquals(c.type(), e.type(), "type of " + context);
        assertEquals(c.value().equals("-") ? null : c.value(), e.value(), "value of " + context);
        assertEquals(c.mod().isEmpty() ? null : c.mod(), e.mod(), "mod of " + context);
    }

    @Test
    void offsetsCutTheText() {
        for (TimeCorpus.Case c : cases()) {
            for (TemporalExpression e : TimeCorpus.tag(c.sentence(), c.date())) {
                assertEquals(e.text(), c.sentence().substring(e.start(), e.end()), c.toString());
            }
        }
    }

    @Test
    void valueAccuracy() {
        List<TimeCorpus.Case> all = cases();
        int found = 0;
        int right = 0;
        int known = 0;
        for (TimeCorpus.Case c : all) {
            TemporalExpression e = TimeCorpus.find(TimeCorpus.tag(c.sentence(), c.date()), c.text());
            if (c.knownFailure()) {
                known++;
            }
            if (e == null) {
                continue;
            }
            found++;
            String expected = c.value().equals("-") ? null : c.value();
            if (java.util.Objects.equals(expected, e.value())) {
                right++;
            }
        }
        double accuracy = (double) right / all.size();
        System.out.printf("time test set: %d expressions, %d found with exact text (%.1f%%), value right %d (%.1f%%), %d known failures%n",
                all.size(), found, 100.0 * found / all.size(), right, 100.0 * accuracy, known);
        assertTrue(all.size() >= 400, "the test set must hold at least 400 expressions, has " + all.size());
        assertTrue(accuracy >= VALUE_ACCURACY_FLOOR, "value accuracy " + accuracy + " fell below " + VALUE_ACCURACY_FLOOR);
    }
}
