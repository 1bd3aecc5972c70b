package fr.vigie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.batch.CsvSink;
import fr.vigie.cli.VigieCommand;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job in local[2] over every article of samples/ and a folder of hostile files,
 * against {@code vigie extract --format jsonl} over the same inputs.
 */
class SparkJobTest {

    static final Path SAMPLES = Path.of("..", "samples");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Path hostile;
    static Path out;
    static int exit;
    static Map<String, JsonNode> cli;
    static Map<String, JsonNode> spark;
    static JsonNode manifest;

    @BeforeAll
    static void runBoth() throws IOException {
        hostile = Files.createDirectories(tmp.resolve("hostile"));
        Files.write(hostile.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(12).nextBytes(binary);
        binary[0] = 0x7f;
        binary[1] = 'E';
        binary[2] = 'L';
        binary[3] = 'F';
        Files.write(hostile.resolve("program.bin"), binary);
        byte[] pdf = Files.readAllBytes(SAMPLES.resolve("13-drones-prefecture-police-note.pdf"));
        Files.write(hostile.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
        // names Spark's own file sources would leave out: here they are inputs like any other
        Files.writeString(hostile.resolve("_brouillon.txt"), "date 2024-05-14\n\nLa police municipale de Nice "
                + "a utilisé des drones pendant le carnaval, a indiqué la mairie mardi.\n", StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(hostile.resolve("sous-dossier")).resolve(".cache.txt"),
                "Un texte court, sans date ni outil.\n", StandardCharsets.UTF_8);

        Path cliOut = tmp.resolve("cli.jsonl");
        assertEquals(0, VigieCommand.run("extract", SAMPLES.toString(), hostile.toString(), "--format", "jsonl",
                "--out", cliOut.toString(), "--exclude", "*.gold.json", "--exclude", "*.md", "--quiet"));
        cli = bySource(Files.readAllLines(cliOut, StandardCharsets.UTF_8));

        SparkTestSession.get();
        out = tmp.resolve("out");
        exit = VigieSparkJob.run("--master", "local[2]", SAMPLES.toString(), hostile.toString(), "--out", out.toString(),
                "--exclude", "*.gold.json", "--exclude", "*.md", "--quiet");
        spark = bySource(jsonLines(out.resolve("jsonl")));
        manifest = JSON.readTree(out.resolve(VigieSparkJob.MANIFEST).toFile());
    }

    static List<String> jsonLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    static Map<String, JsonNode> bySource(List<String> lines) throws IOException {
        Map<String, JsonNode> m = new HashMap<>();
        for (String l : lines) {
            JsonNode n = JSON.readTree(l);
            JsonNode before = m.put(n.path("document").path("source").asText(), n);
            assertEquals(null, before, "two records for " + n.path("document").path("source"));
        }
        return m;
    }

    static long countFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void oneLinePerInputAndTheSameInputsAsTheCommandLine() throws IOException {
        assertEquals(0, exit);
        long samples;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            samples = s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".gold.json") && !n.endsWith(".md")).count();
        }
        long expected = samples + countFiles(hostile);
        assertEquals(expected, jsonLines(out.resolve("jsonl")).size());
        assertEquals(expected, spark.size());
        assertEquals(cli.keySet(), spark.keySet());
        assertTrue(spark.containsKey(hostile.resolve("_brouillon.txt").toString()));
        assertTrue(spark.containsKey(hostile.resolve("sous-dossier/.cache.txt").toString()));
    }

    @Test
    void everySampleHasTheClaimsAndTemporalExpressionsOfTheCommandLine() {
        int claims = 0;
        for (var e : cli.entrySet()) {
            JsonNode c = e.getValue();
            JsonNode s = spark.get(e.getKey());
            String src = e.getKey();
            assertNotNull(s, src);
            assertEquals(c.path("status"), s.path("status"), src);
            assertEquals(c.path("document").path("id"), s.path("document").path("id"), src);
            assertEquals(c.path("error"), s.path("error"), src);
            for (String list : List.of("claims", "temporalExpressions")) {
                JsonNode cl = c.path(list);
                JsonNode sl = s.path(list);
                assertEquals(cl.size(), sl.size(), src + " " + list);
                for (int i = 0; i < cl.size(); i++) {
                    for (Iterator<String> f = cl.get(i).fieldNames(); f.hasNext(); ) {
                        String field = f.next();
                        assertEquals(cl.get(i).get(field), sl.get(i).get(field), src + " " + list + "[" + i + "]." + field);
                    }
                    assertEquals(cl.get(i).size(), sl.get(i).size(), src + " " + list + "[" + i + "] fields");
                }
            }
            claims += c.path("claims").size();
            // and nothing else differs either: the whole output document
            assertEquals(c, s, src);
        }
        assertTrue(claims > 100, "the samples have claims: " + claims);
    }

    @Test
    void hostileFilesAreErrorRowsWithTheirCodes() {
        assertEquals("EMPTY_FILE", spark.get(hostile.resolve("empty.txt").toString()).path("error").path("code").asText());
        assertEquals("UNSUPPORTED_FORMAT", spark.get(hostile.resolve("program.bin").toString()).path("error").path("code").asText());
        assertEquals("PARSE_ERROR", spark.get(hostile.resolve("truncated.pdf").toString()).path("error").path("code").asText());
        assertEquals("ok", spark.get(hostile.resolve("_brouillon.txt").toString()).path("status").asText());
        JsonNode byCode = manifest.path("errorsByCode");
        assertEquals(1, byCode.path("EMPTY_FILE").asInt());
        assertEquals(1, byCode.path("UNSUPPORTED_FORMAT").asInt());
        assertEquals(1, byCode.path("PARSE_ERROR").asInt());
        assertEquals(3, manifest.path("errors").asInt());
    }

    @Test
    void parquetTablesReadBackWithOneRowPerInputClaimAndExpression() {
        SparkSession s = SparkTestSession.get();
        Dataset<Row> documents = s.read().parquet(out.resolve("documents").toString());
        Dataset<Row> claims = s.read().parquet(out.resolve("claims").toString());
        Dataset<Row> temporal = s.read().parquet(out.resolve("temporal_expressions").toString());
        long cliClaims = cli.values().stream().mapToLong(n -> n.path("claims").size()).sum();
        long cliTemporal = cli.values().stream().mapToLong(n -> n.path("temporalExpressions").size()).sum();
        assertEquals(cli.size(), documents.count());
        assertEquals(cliClaims, claims.count());
        assertEquals(cliTemporal, temporal.count());

        List<String> claimColumns = new ArrayList<>(List.of("source", "document_id", "input_id"));
        claimColumns.addAll(CsvSink.COLUMNS.stream()
                .filter(c -> !List.of("source", "document_id", "status", "error_code", "error_message").contains(c)).toList());
        assertEquals(claimColumns, List.of(claims.columns()));

        for (Row r : documents.collectAsList()) {
            JsonNode c = cli.get(r.<String>getAs("source"));
            assertNotNull(c, r.<String>getAs("source"));
            assertEquals(c.path("status").asText(), r.getAs("status"));
            if ("error".equals(r.getAs("status"))) {
                assertEquals(c.path("error").path("code").asText(), r.getAs("error_code"));
            } else {
                assertEquals(c.path("claims").size(), r.<Integer>getAs("claims"));
                assertEquals(c.path("temporalExpressions").size(), r.<Integer>getAs("temporal_expressions"));
                assertEquals(c.path("document").path("date").path("value").asText(null), r.getAs("date"));
            }
        }
        // a claim row carries the claim as the JSON says it, with its evidence offsets
        for (Row r : claims.collectAsList()) {
            JsonNode doc = cli.get(r.<String>getAs("source"));
            JsonNode claim = null;
            for (JsonNode c : doc.path("claims")) {
                if (c.path("id").asText().equals(r.getAs("claim_id"))) {
                    claim = c;
                }
            }
            assertNotNull(claim, r.getAs("source") + " " + r.getAs("claim_id"));
            assertEquals(claim.path("evidence").path("start").asInt(), r.<Integer>getAs("evidence_start"));
            assertEquals(claim.path("evidence").path("end").asInt(), r.<Integer>getAs("evidence_end"));
            assertEquals(claim.path("tool").path("canonical").asText(null), r.getAs("tool_canonical"));
            assertEquals(claim.path("modality").asText(null), r.getAs("modality"));
        }
        Row first = temporal.orderBy("source", "start").first();
        JsonNode t = cli.get(first.<String>getAs("source")).path("temporalExpressions");
        boolean found = false;
        for (JsonNode e : t) {
            found |= e.path("start").asInt() == first.<Integer>getAs("start")
                    && e.path("value").asText(null) != null == (first.getAs("value") != null);
        }
        assertTrue(found);
    }

    @Test
    void manifestCountsWhatWasWrittenAndTheModelsLoadedOnce() {
        assertEquals("complete", manifest.path("status").asText());
        assertEquals(cli.size(), manifest.path("documents").asInt());
        assertEquals(cli.size(), manifest.path("inputs").path("filesListed").asInt());
        assertEquals(cli.size(), manifest.path("tableRows").path("documents").asInt());
        assertEquals(cli.values().stream().mapToLong(n -> n.path("claims").size()).sum(), manifest.path("claims").asLong());
        assertEquals(cli.size(), manifest.path("attempts").path("documentsProcessed").asInt());
        // two task threads, eight tasks, one Vigie
        assertTrue(manifest.path("spark").path("inputPartitions").asInt() > 2);
        assertEquals(1, manifest.path("attempts").path("modelLoads").asInt());
        assertEquals(1, ExecutorVigie.loads());
        assertTrue(Files.notExists(out.resolve("_work")), "the staging table is removed");
    }

    @Test
    void anOutputFolderInUseIsNotOverwritten() throws IOException {
        long before = countFiles(out);
        assertEquals(2, VigieSparkJob.run("--master", "local[2]", hostile.toString(), "--out", out.toString(), "--quiet"));
        assertEquals(before, countFiles(out));
        // --overwrite of a folder that holds an input would destroy the input: refused
        long inputs = countFiles(hostile);
        assertEquals(2, VigieSparkJob.run("--master", "local[2]", hostile.toString(), "--out", tmp.toString(),
                "--overwrite", "--quiet"));
        assertEquals(inputs, countFiles(hostile));
    }
}
