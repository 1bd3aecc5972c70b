package fr.vigie.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scorer against a case worked out by hand (and checked against the reference
 * implementation of SPEC §5): duplicates of one gold claim count once, distinct wrong
 * pairs count once each, optional gold claims add to precision only, timexes pair one to one.
 */
class ScorerTest {

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = ScorerTest.class.getResourceAsStream("/eval/scorer/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void figuresOfAWorkedCase() throws IOException {
        List<String> details = new ArrayList<>();
        Counts c = Scorer.score(read("doc.gold.json"), read("doc.txt.json"), "doc", details::add);
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("claim_precision", 0.667);
        expected.put("claim_recall", 0.5);
        expected.put("claim_f1", 0.571);
        expected.put("time_acc", 1.0);
        expected.put("status_acc", 1.0);
        expected.put("modality_acc", 1.0);
        expected.put("action_acc", 1.0);
        expected.put("timex_recall", 0.667);
        expected.put("timex_precision", 0.6);
        expected.put("timex_value_acc", 1.0);
        expected.put("timex_value_f1", 0.571);
        assertEquals(expected, c.figures());
        assertEquals(List.of(
                "  doc FOUND la police nationale / Briefcam",
                "  doc MISS  la mairie de Nice / reconnaissance faciale",
                "  doc FOUND la gendarmerie / drones",
                "  doc FP    roubaix / videosurveillance algorithmique",
                "  doc TIMEX MISS 'en 2019' = 2019",
                "  doc TIMEX FP   '2015' = 2015",
                "  doc TIMEX FP   'mardi' = None"), details);
    }

    @Test
    void aMissingOutputScoresZeroRecall() throws IOException {
        Counts c = Scorer.score(read("doc.gold.json"), null, "doc", null);
        assertEquals(0.0, c.figures().get("claim_recall"));
        assertTrue(Double.isNaN(c.figures().get("claim_precision")));
        assertEquals("nan", Counts.format(c.figures().get("claim_precision")));
    }

    @Test
    void namesCompareWithoutAccentsDeterminersOrPunctuation() {
        assertEquals("videosurveillance algorithmique", NameNormaliser.norm("La vidéosurveillance algorithmique"));
        assertEquals("ordre", NameNormaliser.norm("de l'ordre"));
        assertTrue(NameNormaliser.aliasMatch(List.of("la police municipale de Nice"), List.of("police municipale")));
        assertFalse(NameNormaliser.aliasMatch(List.of("police"), List.of("police municipale")),
                "a one-word name must be equal");
        assertFalse(NameNormaliser.aliasMatch(List.of("Nice"), List.of("Nancy")));
    }

    @Test
    void figuresPrintAsTheReferenceDoes() {
        assertEquals("1.0", Counts.format(1.0));
        assertEquals("0.85", Counts.format(Counts.round(0.85)));
        assertEquals("0.667", Counts.format(Counts.round(2.0 / 3)));
        assertEquals("0.0", Counts.format(0.0));
    }
}
