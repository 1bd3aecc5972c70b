package fr.vigie.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.batch.CsvSink;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/output.md speaks of every field and every value the schema allows. */
class OutputDocsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** Every enum value and every property name of the schema. */
    private static void collect(JsonNode n, List<String> names, List<String> values) {
        if (n.isObject()) {
            JsonNode props = n.get("properties");
            if (props != null) {
                props.fieldNames().forEachRemaining(names::add);
            }
            JsonNode e = n.get("enum");
            if (e != null) {
                e.forEach(v -> {
                    if (v.isTextual()) {
                        values.add(v.asText());
                    }
                });
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                collect(it.next().getValue(), names, values);
            }
        } else if (n.isArray()) {
            n.forEach(c -> collect(c, names, values));
        }
    }

    @Test
    void everyFieldAndValueOfTheSchemaIsDocumented() throws Exception {
        String doc = Files.readString(ROOT.resolve("docs/output.md"), StandardCharsets.UTF_8);
        JsonNode schema = new ObjectMapper().readTree(ROOT.resolve("output-schema/vigie-output.schema.json").toFile());
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        collect(schema, names, values);
        // the words written as code: `document.date.origin`, `{text, lemma, type}`…
        java.util.Set<String> codeWords = new java.util.HashSet<>();
        String prose = doc.replaceAll("(?m)^```.*$", "");  // the fences of examples would pair the wrong backticks
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([^`\n]+)`").matcher(prose);
        while (m.find()) {
            codeWords.addAll(List.of(m.group(1).split("[^A-Za-z_]+")));
        }
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!codeWords.contains(name)) {
                missing.add("field " + name);
            }
        }
        for (String value : values) {
            if (!doc.contains("`" + value + "`")) {
                missing.add("value " + value);
            }
        }
        for (String column : CsvSink.COLUMNS) {
            if (!doc.contains("`" + column + "`")) {
                missing.add("CSV column " + column);
            }
        }
        assertTrue(missing.isEmpty(), "not in docs/output.md: " + missing);
    }

    @Test
    void theReadmeLinksToTheContractAndNothingOutsideTheProject() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("(docs/output.md)"), "README links to docs/output.md");
        assertTrue(!readme.contains("SPEC.md") && !readme.contains("shared folder"), "no file outside the project");
    }
}
