package fr.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.bench.BenchCorpus;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench is a command, not a test: this only checks that it runs and reports, on three documents. */
class BenchCommandTest {

    @Test
    void generatedCorpusIsDeterministicAndOfTheAskedSize() throws IOException {
        List<String> a = BenchCorpus.generate(Path.of("samples"), 5, 4000, 7);
        assertEquals(a, BenchCorpus.generate(Path.of("samples"), 5, 4000, 7));
        for (String t : a) {
            assertTrue(t.length() >= 4000 && t.length() < 8000, "length " + t.length());
            assertTrue(!t.startsWith("date "), "header lines are left out");
        }
    }

    @Test
    void benchRunsOnThreeDocumentsAndReportsBothPipelines() throws IOException {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new VigieCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("bench", "--docs", "3", "--passes", "1", "--threads", "1", "--warmup", "0",
                "--json"));
        JsonNode n = new ObjectMapper().readTree(out.toString());
        assertEquals(3, n.get("documents").asInt());
        assertEquals(2, n.get("pipelines").size());
        for (JsonNode p : n.get("pipelines")) {
            JsonNode run = p.get("runs").get(0);
            assertEquals(1, run.get("threads").asInt());
            assertTrue(run.get("docsPerSecond").asDouble() > 0);
            assertTrue(run.get("tokens").asLong() > 500, "about 4,000 characters a document: " + run);
            assertTrue(p.get("loadSeconds").asDouble() > 0);
        }
        // the live heap of Vigie's memory pass, by tenth of the corpus (a tenth may see no collection: -1)
        JsonNode live = n.get("pipelines").get(0).get("liveHeap");
        assertEquals(10, live.size());
        assertEquals(0, live.get(0).get("fromDocument").asLong());
        assertEquals(3, live.get(9).get("toDocument").asLong());
    }
}
