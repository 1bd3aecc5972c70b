package fr.vigie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document past the time limit is a TIMEOUT row, never a failed task or job. */
class TimeLimitTest {

    @TempDir
    Path tmp;

    @Test
    void documentsPastTheLimitAreTimeoutRowsAndTheJobCompletes() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String text = Files.readString(SparkJobTest.SAMPLES.resolve("01-briefcam-ddsp-seine-maritime.txt"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(in.resolve("article-" + i + ".txt"), text + "\n\nParagraphe " + i + ".\n");
        }
        Files.write(in.resolve("vide.txt"), new byte[0]);
        Path out = tmp.resolve("out");
        SparkTestSession.get();
        assertEquals(0, VigieSparkJob.run(in.toString(), "--out", out.toString(), "--timeout", "0.001", "--quiet"));
        Map<String, JsonNode> got = SparkJobTest.bySource(SparkJobTest.jsonLines(out.resolve("jsonl")));
        assertEquals(7, got.size());
        for (int i = 0; i < 6; i++) {
            JsonNode r = got.get(in.resolve("article-" + i + ".txt").toString());
            assertEquals("TIMEOUT", r.path("error").path("code").asText(), r.toString());
        }
        // the empty file is one record too: EMPTY_FILE, or TIMEOUT when even that check ran past 1 ms
        String empty = got.get(in.resolve("vide.txt").toString()).path("error").path("code").asText();
        assertTrue(empty.equals("EMPTY_FILE") || empty.equals("TIMEOUT"), empty);
        int timeouts = empty.equals("TIMEOUT") ? 7 : 6;
        JsonNode manifest = SparkJobTest.JSON.readTree(out.resolve(VigieSparkJob.MANIFEST).toFile());
        assertEquals(timeouts, manifest.path("errorsByCode").path("TIMEOUT").asInt());
        assertEquals(timeouts, manifest.path("attempts").path("timeouts").asInt());
        assertEquals("complete", manifest.path("status").asText());
    }
}
