package fr.vigie.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.vigie.Result;
import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.model.ErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The output of every bundled sample, and of error records, is valid against
 * {@code output-schema/} (checked by a JSON Schema 2020-12 validator), and every offset
 * cuts exactly the text it claims.
 */
class SamplesOutputTest {

    private static final Path SAMPLES = Path.of("samples");
    private static JsonSchema schema;
    private static final Map<String, JsonNode> OUTPUTS = new LinkedHashMap<>();

    @BeforeAll
    static void run() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("output-schema/vigie-output.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonOutput out = new JsonOutput(true);
        for (Path article : articles()) {
            Result r = SharedVigie.get().process(article, Source.named(article.getFileName().toString()));
            OUTPUTS.put(article.getFileName().toString(), out.tree(r));
        }
    }

    static List<Path> articles() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> {
                String f = p.getFileName().toString();
                return !f.endsWith(".json") && !f.endsWith(".md") && Files.exists(
                        SAMPLES.resolve(f.substring(0, f.indexOf('.')) + ".gold.json"));
            }).sorted().toList();
        }
    }

    @Test
    void thereAreSamplesOfEveryFormat() {
        assertTrue(OUTPUTS.size() >= 12, "at least 12 annotated samples: " + OUTPUTS.keySet());
        for (String ext : new String[] {".txt", ".html", ".pdf", ".docx"}) {
            assertTrue(OUTPUTS.keySet().stream().anyMatch(n -> n.endsWith(ext)), "a sample in " + ext);
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleIsValidAndItsOffsetsAreExact() {
        return OUTPUTS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            JsonNode doc = e.getValue();
            assertValid(doc);
            assertEquals("ok", doc.get("status").asText(), () -> doc.get("error").toString());
            String text = doc.get("document").get("text").asText();
            assertEquals(text.length(), doc.get("document").get("length").asInt());
            for (JsonNode s : doc.get("sentences")) {
                assertSpan(text, s, null);
            }
            for (JsonNode en : doc.get("entities")) {
                assertSpan(text, en, en.get("text").asText());
            }
            for (JsonNode t : doc.get("temporalExpressions")) {
                assertSpan(text, t, t.get("text").asText());
            }
            for (JsonNode c : doc.get("claims")) {
                assertSpan(text, c.get("actor"), c.get("actor").get("text").asText());
                assertSpan(text, c.get("tool"), c.get("tool").get("text").asText());
                assertSpan(text, c.get("evidence"), c.get("evidence").get("text").asText());
                if (!c.get("time").isNull()) {
                    assertSpan(text, c.get("time"), c.get("time").get("text").asText());
                }
            }
        }));
    }

    @Test
    void errorRecordsAreValidToo() {
        JsonOutput out = new JsonOutput(false);
        assertValid(out.tree(Result.error("x.pdf", "0".repeat(64), ErrorCode.PARSE_ERROR, "cannot parse the PDF")));
        assertValid(out.tree(SharedVigie.get().process(Path.of("does/not/exist.txt"))));
    }

    @Test
    void theSchemaRejectsWhatTheContractForbids() {
        JsonNode ok = OUTPUTS.values().iterator().next().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) ok).put("status", "fine");
        assertTrue(!schema.validate(ok).isEmpty(), "an unknown status is refused");
    }

    private static void assertValid(JsonNode doc) {
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> new ArrayList<>(errors).toString());
    }

    private static void assertSpan(String text, JsonNode n, String expected) {
        int start = n.get("start").asInt();
        int end = n.get("end").asInt();
        assertTrue(0 <= start && start < end && end <= text.length(), n.toString());
        if (expected != null) {
            assertEquals(expected, text.substring(start, end), n.toString());
        }
    }
}
