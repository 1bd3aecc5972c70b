package fr.vigie.register;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.output.JsonOutput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outputs of Vigie on the bundled samples, written as a folder of JSON files and as one
 * JSON Lines file, imported into a fresh register: each table counts what the outputs hold,
 * and the same records read from the other form change nothing.
 */
class RegisterSamplesTest {

    @TempDir
    static Path tmp;
    static Path folder;
    static Path lines;
    static final List<JsonNode> OUTPUTS = new ArrayList<>();

    @BeforeAll
    static void extract() throws IOException {
        folder = tmp.resolve("out");
        lines = tmp.resolve("all.jsonl");
        JsonOutput json = new JsonOutput(false);
        List<Path> articles;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            articles = s.filter(p -> {
                String f = p.getFileName().toString();
                return !f.endsWith(".json") && !f.endsWith(".md");
            }).sorted().toList();
        }
        Files.createDirectories(folder);
        try (Writer w = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
            for (Path a : articles) {
                String name = a.getFileName().toString();
                JsonNode tree = json.tree(SharedVigie.get().process(a, Source.named(name)));
                OUTPUTS.add(tree);
                JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValue(folder.resolve(name + ".json").toFile(), tree);
                w.write(JsonOutput.mapper().writeValueAsString(tree));
                w.write('\n');
            }
        }
    }

    @Test
    void theCountsOfEveryTableAreThoseOfTheOutputs() throws Exception {
        int claims = 0;
        Set<List<String>> facts = new HashSet<>();
        Set<List<String>> pairs = new HashSet<>();
        for (JsonNode o : OUTPUTS) {
            for (JsonNode c : o.path("claims")) {
                claims++;
                String actor = c.get("actor").hasNonNull("canonical") ? c.get("actor").get("canonical").asText()
                        : c.get("actor").get("text").asText();
                String tool = c.get("tool").hasNonNull("canonical") ? c.get("tool").get("canonical").asText()
                        : c.get("tool").get("text").asText();
                facts.add(List.of(actor, tool, c.get("action").get("type").asText()));
                pairs.add(List.of(actor, tool));
            }
        }
        assertTrue(OUTPUTS.size() >= 50 && claims > 100, OUTPUTS.size() + " outputs, " + claims + " claims");
        Path db = tmp.resolve("samples.sqlite");
        try (Register r = Register.open(db)) {
            Register.ImportReport report = r.importOutputs(List.of(folder), Register.Listener.NONE);
            assertEquals(0, report.problems(), report.problemMessages()::toString);
            Connection c = r.connection();
            Map<String, Integer> n = Register.counts(c);
            assertEquals(OUTPUTS.size(), n.get("documents"));
            assertEquals(claims, n.get("claims"));
            assertEquals(facts.size(), n.get("facts"));
            assertEquals(claims, n.get("fact_sources"));
            assertEquals(pairs.size(), RegisterTest.column(c, "SELECT count(DISTINCT actor || '|' || tool) FROM facts").get(0));
            assertEquals(List.of(claims), RegisterTest.column(c, "SELECT sum(claims) FROM facts"));
            // every evidence sentence is the one of its output, at its offsets
            int checked = 0;
            for (JsonNode o : OUTPUTS) {
                for (JsonNode cl : o.path("claims")) {
                    List<Object> row = RegisterTest.rows(c, "SELECT evidence_text, evidence_start, evidence_end "
                            + "FROM claims WHERE document_id = '" + o.get("document").get("id").asText()
                            + "' AND claim_id = '" + cl.get("id").asText() + "'").get(0);
                    JsonNode ev = cl.get("evidence");
                    assertEquals(List.of(ev.get("text").asText(), ev.get("start").asInt(), ev.get("end").asInt()), row);
                    checked++;
                }
            }
            assertEquals(claims, checked);
        }
        List<String> before = RegisterTest.dump(db);
        try (Register r = Register.open(db)) {
            Register.ImportReport again = r.importOutputs(List.of(lines), Register.Listener.NONE);
            assertEquals(OUTPUTS.size(), again.unchanged(), "the same records, one per line, are the same");
        }
        assertEquals(before, RegisterTest.dump(db));
    }
}
