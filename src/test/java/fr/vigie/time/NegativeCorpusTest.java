package fr.vigie.time;

import fr.vigie.model.TemporalExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences that must yield no temporal expression ({@code src/test/resources/time/negative.tsv}). */
class NegativeCorpusTest {

    static List<String> sentences() {
        return TimeCorpus.rows("/time/negative.tsv").stream().map(f -> f[1]).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsNothing(String sentence) {
        List<TemporalExpression> found = TimeCorpus.tag(sentence, "2024-12-06");
        assertTrue(found.isEmpty(), "expected nothing in \"" + sentence + "\", found:" + TimeCorpus.describe(found));
    }
}
