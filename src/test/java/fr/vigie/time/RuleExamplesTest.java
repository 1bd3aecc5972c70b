package fr.vigie.time;

import fr.vigie.model.TemporalExpression;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of models/time matches the example written above it. */
class RuleExamplesTest {

    @Test
    void everyRuleMatchesItsExample() {
        Map<String, String> examples = TimeCorpus.TAGGER.ruleExamples();
        assertFalse(examples.isEmpty());
        for (var e : examples.entrySet()) {
            String example = e.getValue();
            if (e.getKey().startsWith("anchor:")) {
                List<TemporalExpression> found = TimeCorpus.tag(example, "2024-12-06");
                assertFalse(found.isEmpty(), e.getKey() + " finds nothing in its example: " + example);
            } else {
                assertTrue(TimeCorpus.TAGGER.ruleMatchesWhole(e.getKey(), example),
                        "rule " + e.getKey() + " does not match its example \"" + example + "\"");
            }
        }
    }

    @Test
    void everyPrefixExampleIsOneExpression() {
        for (var e : TimeCorpus.TAGGER.prefixExamples().entrySet()) {
            List<TemporalExpression> found = TimeCorpus.tag(e.getValue(), "2024-12-06");
            assertEquals(1, found.size(), e.getKey() + ": " + TimeCorpus.describe(found));
            assertEquals(e.getValue(), found.get(0).text(), "prefix rule " + e.getKey());
        }
    }
}
