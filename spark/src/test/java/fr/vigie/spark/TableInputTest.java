package fr.vigie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.vigie.Result;
import fr.vigie.Source;
import fr.vigie.Vigie;
import fr.vigie.output.JsonOutput;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tables of already-extracted text, as large archives keep them: JSON Lines and Parquet. */
class TableInputTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static final String[][] ROWS = {
            {"a-1", "2023-06-20", "La Voix du Nord", "https://exemple.test/a-1",
                    "La police municipale de Roubaix utilise depuis le mois de mars un logiciel de lecture "
                            + "automatique des plaques d'immatriculation, a confirmé la mairie lundi."},
            {"a-2", "2024-01-09", "Ouest-Éclair", null,
                    "La gendarmerie a déployé deux drones au-dessus du festival le week-end dernier, "
                            + "selon la préfecture, qui évoque un arrêté pris la veille."},
            {"a-3", null, null, null,
                    "Le conseil municipal a voté le budget des écoles. Aucun outil n'a été évoqué."},
    };

    @TempDir
    static Path tmp;
    static SparkSession spark;

    @BeforeAll
    static void session() {
        spark = SparkTestSession.get();
    }

    static Path jsonLinesTable() throws IOException {
        Path t = tmp.resolve("articles.jsonl");
        List<String> lines = new ArrayList<>();
        for (String[] r : ROWS) {
            ObjectNode n = JSON.createObjectNode();
            n.put("id", r[0]);
            n.put("date", r[1]);
            n.put("source", r[2]);
            n.put("url", r[3]);
            n.put("text", r[4]);
            lines.add(JSON.writeValueAsString(n));
        }
        lines.add("{\"id\": \"a-4\", \"text\": null}");
        Files.write(t, lines, StandardCharsets.UTF_8);
        return t;
    }

    @Test
    void aJsonLinesTableGivesWhatVigieGivesForEachText() throws IOException {
        Path out = tmp.resolve("out-jsonl");
        assertEquals(0, VigieSparkJob.run("--table", jsonLinesTable().toString(), "--out", out.toString(), "--quiet"));
        Map<String, JsonNode> got = SparkJobTest.bySource(SparkJobTest.jsonLines(out.resolve("jsonl")));
        assertEquals(4, got.size());
        Vigie vigie = ExecutorVigie.get(Settings.defaults(), null);
        JsonOutput json = new JsonOutput(false);
        int claims = 0;
        for (String[] r : ROWS) {
            Result expected = vigie.process(r[4], new Source(r[0], null, r[1]));
            JsonNode want = JSON.readTree(JsonOutput.mapper().writeValueAsString(json.tree(expected)));
            assertEquals(want, got.get(r[0]), r[0]);
            claims += want.path("claims").size();
        }
        assertTrue(claims > 0, "the texts state claims");
        assertEquals("2023-06-20", got.get("a-1").path("document").path("date").path("value").asText());
        assertEquals("OPTION", got.get("a-1").path("document").path("date").path("origin").asText());
        assertEquals("NO_TEXT", got.get("a-4").path("error").path("code").asText());

        Dataset<Row> docs = spark.read().parquet(out.resolve("documents").toString());
        Row a1 = docs.filter("input_id = 'a-1'").first();
        assertEquals("La Voix du Nord", a1.getAs("input_source"));
        assertEquals("https://exemple.test/a-1", a1.getAs("input_url"));
        assertEquals(4, docs.count());
        assertEquals(claims, spark.read().parquet(out.resolve("claims").toString()).count());
        assertEquals(claims, spark.read().parquet(out.resolve("claims").toString()).filter("input_id is not null").count());
    }

    @Test
    void aParquetTableWithADateColumnIsReadToo() throws IOException {
        StructType schema = new StructType().add("id", DataTypes.LongType).add("text", DataTypes.StringType)
                .add("date", DataTypes.DateType);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS.length; i++) {
            rows.add(RowFactory.create(100L + i, ROWS[i][4], ROWS[i][1] == null ? null : Date.valueOf(ROWS[i][1])));
        }
        Path table = tmp.resolve("articles.parquet");
        spark.createDataFrame(rows, schema).repartition(2).write().parquet(table.toString());
        Path out = tmp.resolve("out-parquet");
        assertEquals(0, VigieSparkJob.run("--table", table.toString(), "--out", out.toString(), "--quiet"));
        Map<String, JsonNode> got = SparkJobTest.bySource(assertLines(out, 3));
        JsonNode a2 = got.get("101");
        assertNotNull(a2);
        assertEquals("2024-01-09", a2.path("document").path("date").path("value").asText());
        assertEquals("ok", got.get("102").path("status").asText());
    }

    @Test
    void aTableWithoutTextIsAUsageError() throws IOException {
        Path t = tmp.resolve("no-text.jsonl");
        Files.writeString(t, "{\"id\": \"x\", \"body\": \"...\"}\n");
        assertEquals(2, VigieSparkJob.run("--table", t.toString(), "--out", tmp.resolve("out-bad").toString(), "--quiet"));
    }

    static List<String> assertLines(Path out, int n) {
        try {
            List<String> lines = SparkJobTest.jsonLines(out.resolve("jsonl"));
            assertEquals(n, lines.size());
            return lines;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
