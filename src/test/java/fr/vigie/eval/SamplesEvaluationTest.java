package fr.vigie.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.SharedVigie;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality gate: the SPEC §5 figures of Vigie on the bundled samples may not drop
 * below those recorded in {@code src/test/resources/eval/samples-baseline.json}. When a
 * change raises a figure, record the new one there in the same commit. The claim pair
 * model is trained on these same samples, so the claim figures here are a regression gate,
 * not a measure of what Vigie does on new text: that is {@code vigie eval --folds 5 samples}.
 */
class SamplesEvaluationTest {

    @Test
    void figuresOnTheSamplesDoNotDropBelowTheRecordedOnes() throws IOException {
        Evaluator.Report report = new Evaluator(SharedVigie.get()).evaluate(Path.of("samples"), null, null);
        assertTrue(report.missing().isEmpty(), "every gold file has its article: " + report.missing());
        Map<String, Double> figures = report.figures();
        JsonNode baseline = new ObjectMapper().readTree(
                SamplesEvaluationTest.class.getResourceAsStream("/eval/samples-baseline.json"));
        System.out.println("Figures on samples/: " + figures);
        List<String> drops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = baseline.get("figures").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Double now = figures.get(e.getKey());
            if (now == null || now.isNaN() || now < e.getValue().asDouble() - 1e-9) {
                drops.add(e.getKey() + " " + now + " < recorded " + e.getValue().asDouble());
            }
        }
        assertEquals(List.of(), drops, "figures dropped below the recorded ones");
        assertEquals(baseline.get("docs").asInt(), (int) report.total().get("docs"),
                "the recorded figures are for this number of samples");
    }
}
