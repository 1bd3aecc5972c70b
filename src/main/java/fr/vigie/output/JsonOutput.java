package fr.vigie.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.vigie.Result;
import fr.vigie.model.Document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output document of SPEC §2, one per input, as a JSON tree or written to a stream.
 * Its machine form is {@code output-schema/vigie-output.schema.json}.
 */
public final class JsonOutput {

    public static final String SCHEMA_VERSION = "1.0";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final boolean includeText;

    public JsonOutput(boolean includeText) {
        this.includeText = includeText;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public JsonNode tree(Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemaVersion", SCHEMA_VERSION);
        out.put("status", r.isOk() ? "ok" : "error");
        if (!r.isOk()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", r.id());
            doc.put("source", r.source());
            out.put("document", doc);
            out.put("error", Map.of("code", r.error().code().name(), "message", r.error().message()));
            out.put("warnings", List.of());
            return MAPPER.valueToTree(out);
        }
        Document d = r.document();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", d.id());
        doc.put("source", d.source());
        doc.put("mediaType", d.mediaType());
        doc.put("title", d.title());
        doc.put("language", d.language());
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("value", d.date().value());
        date.put("origin", d.date().origin().name());
        doc.put("date", date);
        doc.put("length", d.text().length());
        if (includeText) {
            doc.put("text", d.text());
        }
        out.put("document", doc);
        out.put("sentences", d.sentences());
        out.put("entities", d.entities());
        out.put("temporalExpressions", d.temporalExpressions());
        out.put("claims", d.claims());
        out.put("warnings", d.warnings());
        ObjectNode tree = MAPPER.valueToTree(out);
        return tree;
    }

    public void write(Result r, OutputStream out, boolean pretty) throws IOException {
        JsonNode tree = tree(r);
        if (pretty) {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, tree);
        } else {
            MAPPER.writeValue(out, tree);
        }
    }
}
