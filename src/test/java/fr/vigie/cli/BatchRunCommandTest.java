package fr.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** extract over a folder as a long batch run uses it: resuming, manifest, CSV, failing output. */
class BatchRunCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("a"));
        Files.writeString(in.resolve("a/rennes.txt"), "date 2024-01-15\n\nLa gendarmerie a déployé deux drones "
                + "au-dessus de la manifestation de Rennes samedi, a indiqué la préfecture.");
        Files.writeString(in.resolve("a/nice.txt"), "La ville de Nice utilise depuis 2021 un logiciel de "
                + "vidéosurveillance algorithmique, selon la mairie.");
        Files.writeString(in.resolve("_run"), "Un fichier dont le nom ressemble à celui du manifeste.");
        Files.write(in.resolve("vide.txt"), new byte[0]);
        Files.createSymbolicLink(in.resolve("lien-casse.txt"), in.resolve("n-existe-pas.txt"));
        return in;
    }

    /** Every file under the folder: relative path -> SHA-256 and modification time. */
    private static Map<String, String> fingerprint(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)) + " "
                        + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return m;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Output files (not the manifest, not the lock), each checked to be a complete record. */
    private static Map<String, JsonNode> outputs(Path out) throws IOException {
        Map<String, JsonNode> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString();
                if (rel.equals("_run.json") || rel.equals(".vigie-run.lock")) {
                    continue;
                }
                assertTrue(rel.endsWith(".json"), "only outputs are left: " + rel);
                JsonNode n = JSON.readTree(p.toFile());
                assertTrue(n.get("status").asText().matches("ok|error"), rel);
                m.put(rel, n);
            }
        }
        return m;
    }

    private static JsonNode manifest(Path out) throws IOException {
        return JSON.readTree(out.resolve("_run.json").toFile());
    }

    @Test
    void aRunInterruptedAndStartedAgainEndsWithOneCompleteOutputPerInputAndInputsUntouched() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        Map<String, String> before = fingerprint(in);
        List<String> expected = List.of("__run.json", "a/nice.txt.json", "a/rennes.txt.json", "lien-casse.txt.json",
                "vide.txt.json");

        assertEquals(0, VigieCommand.run("extract", in.toString(), "--out", out.toString(), "-q", "--threads", "2"));
        assertEquals(expected, List.copyOf(outputs(out).keySet()));
        assertEquals(in.resolve("_run").toString(), outputs(out).get("__run.json").get("document").get("source").asText(),
                "an input named _run does not take the manifest's place");
        JsonNode m = manifest(out);
        assertEquals("complete", m.get("status").asText());
        assertEquals(5, m.get("inputs").get("seen").asInt());
        assertEquals(5, m.get("inputs").get("processed").asInt());
        assertEquals(1, m.get("errorsByCode").get("EMPTY_FILE").asInt());
        assertEquals(1, m.get("errorsByCode").get("NOT_FOUND").asInt());
        assertTrue(m.get("claims").asInt() >= 1, m.toString());
        assertTrue(m.get("peakHeapBytes").asLong() > 0);

        // a second run skips what is current; a missing file (NOT_FOUND) is tried again
        assertEquals(0, VigieCommand.run("extract", in.toString(), "--out", out.toString(), "-q"));
        m = manifest(out);
        assertEquals(4, m.get("inputs").get("skipped").asInt(), m.toString());
        assertEquals(1, m.get("inputs").get("processed").asInt());

        // as a run killed with kill -9 leaves it: one output never written, temporary files
        // beside outputs; and one output damaged by hand
        Files.delete(out.resolve("a/nice.txt.json"));
        Files.writeString(out.resolve("a/.vigie-8812345.tmp"), "{\"schemaVersion\": \"1.0\", \"sta");
        Files.writeString(out.resolve(".vigie-1.tmp"), "");
        Files.writeString(out.resolve("a/rennes.txt.json"), "{\"status\": \"ok\", \"docu");
        Files.setLastModifiedTime(out.resolve("a/rennes.txt.json"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertEquals(0, VigieCommand.run("extract", in.toString(), "--out", out.toString(), "-q"));
        Map<String, JsonNode> after = outputs(out);
        assertEquals(expected, List.copyOf(after.keySet()), "exactly one output per input, no temporary file");
        assertEquals("ok", after.get("a/rennes.txt.json").get("status").asText());
        assertEquals("ok", after.get("a/nice.txt.json").get("status").asText());
        m = manifest(out);
        assertEquals(3, m.get("inputs").get("processed").asInt(), m.toString());
        assertEquals(2, m.get("strayTemporaryFilesRemoved").asInt());

        assertEquals(0, VigieCommand.run("extract", in.toString(), "--out", out.toString(), "-q", "--force"));
        assertEquals(5, manifest(out).get("inputs").get("processed").asInt());

        assertEquals(before, fingerprint(in), "inputs are never modified: same bytes, same times");
    }

    @Test
    void csvToAFileHasAHeaderRowsForClaimsAndARowPerError() throws IOException {
        Path in = corpus();
        Path csv = tmp.resolve("claims.csv");
        Path manifest = tmp.resolve("run.json");
        assertEquals(0, VigieCommand.run("extract", in.toString(), "--format", "csv", "--out", csv.toString(),
                "--manifest", manifest.toString(), "-q"));
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            rows = p.getRecords();
        }
        assertEquals("source", rows.get(0).get(0));
        long errors = rows.stream().filter(r -> r.get(2).equals("error")).count();
        long claims = rows.stream().filter(r -> r.get(2).equals("ok")).count();
        assertEquals(2, errors, "vide.txt and lien-casse.txt");
        JsonNode m = JSON.readTree(manifest.toFile());
        assertEquals(m.get("claims").asLong(), claims, "one row per claim");
        assertTrue(claims >= 1);
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(in.resolve("a/rennes.txt").toString()) && r.get(14).equals("DRONE")),
                "the Rennes drones");
    }

    @Test
    void outputThatCannotBeWrittenExitsWithOneAndAMessage() throws IOException {
        Path in = corpus();
        Path notAFolder = tmp.resolve("fichier");
        Files.writeString(notAFolder, "x");
        assertEquals(1, VigieCommand.run("extract", in.toString(), "--format", "jsonl", "--out",
                notAFolder.resolve("x.jsonl").toString(), "-q"));
        assertEquals(1, VigieCommand.run("extract", in.toString(), "--out", notAFolder.resolve("dir").toString(), "-q"));
    }

    @Test
    void theOutputFolderIsNeverAnInputAndIsLeftOutWhenInsideOne() throws IOException {
        Path in = corpus();
        assertEquals(2, VigieCommand.run("extract", in.toString(), "--out", in.toString(), "-q"));
        assertEquals(2, VigieCommand.run("extract", in.resolve("a").toString(), "--out", in.toString(), "-q"));
        Path inside = in.resolve("sortie");
        assertEquals(0, VigieCommand.run("extract", in.toString(), "--out", inside.toString(), "-q"));
        assertEquals(0, VigieCommand.run("extract", in.toString(), "--out", inside.toString(), "-q"));
        assertFalse(Files.exists(inside.resolve("sortie")), "outputs are not read as inputs");
        assertEquals(5, JSON.readTree(inside.resolve("_run.json").toFile()).get("inputs").get("seen").asInt());
    }
}
