package fr.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.batch.OutputPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "date 2024-01-15\n\nLa gendarmerie a déployé deux drones au-dessus de "
            + "la manifestation de Rennes samedi, a indiqué la préfecture.";

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("a/b"));
        Files.writeString(in.resolve("a/b/rennes.txt"), ARTICLE);
        Files.writeString(in.resolve("a/page.html"), "<html><head><title>T</title></head><body><p>"
                + "La ville de Nice utilise un logiciel de vidéosurveillance algorithmique.</p></body></html>");
        Files.write(in.resolve("vide.txt"), new byte[0]);
        Files.writeString(in.resolve("notes.gold.json"), "{}");
        Files.createSymbolicLink(in.resolve("lien-casse.txt"), in.resolve("n-existe-pas.txt"));
        Files.createSymbolicLink(in.resolve("boucle"), in);
        return in;
    }

    @Test
    void everyInputGivesOneOutputFileMirroringTheTree() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        int code = VigieCommand.run("extract", in.toString(), "--out", out.toString(), "--exclude", "*.gold.json",
                "--quiet");
        assertEquals(0, code);
        JsonNode rennes = JSON.readTree(out.resolve("a/b/rennes.txt.json").toFile());
        assertEquals("ok", rennes.get("status").asText());
        assertEquals(in.resolve("a/b/rennes.txt").toString(), rennes.get("document").get("source").asText(),
                "the input's path as given: the folder as typed, then the path inside it");
        assertEquals("2024-01-15", rennes.get("document").get("date").get("value").asText());
        assertEquals("ok", JSON.readTree(out.resolve("a/page.html.json").toFile()).get("status").asText());
        JsonNode empty = JSON.readTree(out.resolve("vide.txt.json").toFile());
        assertEquals("error", empty.get("status").asText());
        assertEquals("EMPTY_FILE", empty.get("error").get("code").asText());
        assertEquals("NOT_FOUND", JSON.readTree(out.resolve("lien-casse.txt.json").toFile())
                .get("error").get("code").asText());
        assertEquals("UNREADABLE", JSON.readTree(out.resolve("boucle.json").toFile())
                .get("error").get("code").asText(), "a link to a folder is reported, not followed");
        assertFalse(Files.exists(out.resolve("notes.gold.json.json")), "excluded on request");
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertEquals(6, all.size(), all.toString());
            assertTrue(all.contains(out.resolve("_run.json")), "the run manifest");
            assertFalse(all.contains(out.resolve(".vigie-run.lock")), "the lock of the folder goes with the run");
            assertTrue(all.stream().noneMatch(p -> p.toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void jsonLinesGoToOneFileWithOneLinePerInput() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("all.jsonl");
        assertEquals(0, VigieCommand.run("extract", in.toString(), "--format", "jsonl", "--out", out.toString(), "-q"));
        List<String> lines = Files.readAllLines(out);
        assertEquals(6, lines.size(), "gold file included when not excluded: " + lines.size());
        for (String l : lines) {
            assertTrue(JSON.readTree(l).has("status"));
        }
    }

    @Test
    void standardInputWithACallerDate() throws IOException {
        InputStream before = System.in;
        PrintStream outBefore = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream("La commune a testé la reconnaissance faciale hier."
                    .getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(0, VigieCommand.run("extract", "-", "--format", "jsonl", "--date", "2024-03-05",
                    "--include-text", "-q"));
        } finally {
            System.setIn(before);
            System.setOut(outBefore);
        }
        JsonNode doc = JSON.readTree(captured.toString(StandardCharsets.UTF_8));
        assertEquals("2024-03-05", doc.get("document").get("date").get("value").asText());
        assertEquals("OPTION", doc.get("document").get("date").get("origin").asText());
        assertEquals("La commune a testé la reconnaissance faciale hier.", doc.get("document").get("text").asText());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, VigieCommand.run("extract", "x", "--out", tmp.toString(), "--date", "14/11/2023"));
        assertEquals(2, VigieCommand.run("extract", "x"));
        assertEquals(2, VigieCommand.run("extraire"));
    }

    @Test
    void outputPathsNeverLeaveTheOutputFolder() {
        Path root = tmp.resolve("out").toAbsolutePath();
        assertEquals(root.resolve("___/__/etc/passwd.json"), OutputPaths.resolve(root, "../../etc/passwd.json"));
        assertEquals(root.resolve("etc/x.json"), OutputPaths.resolve(root, "/etc/x.json"));
        assertEquals(root.resolve("C_/x.json"), OutputPaths.resolve(root, "C:\\x.json"));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.resolve(root, "./"));
    }
}
