package fr.vigie.batch;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.Result;
import fr.vigie.ingest.Ingester;
import fr.vigie.model.Document;
import fr.vigie.model.ErrorCode;
import fr.vigie.output.JsonOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputFolderTest {

    @TempDir
    Path tmp;

    private static final JsonOutput JSON = new JsonOutput(false);

    private Path input(String name, String text) throws IOException {
        Path f = tmp.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private static Result okFor(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        return Result.ok(new Document(Ingester.id(bytes), file.getFileName().toString(), "text/plain", null, text,
                "fr", null));
    }

    private static void setTime(Path p, long millis) throws IOException {
        Files.setLastModifiedTime(p, FileTime.fromMillis(millis));
    }

    @Test
    void anOutputNewerThanItsInputOrMadeFromTheSameBytesIsCurrent() throws IOException {
        Path a = input("a.txt", "Un texte.");
        BatchInput in = BatchInput.of(a, "a.txt");
        Path out = tmp.resolve("out");
        try (OutputFolder folder = new OutputFolder(out, JSON, true)) {
            ResultSink.Slot slot = folder.reserve("a.txt");
            assertFalse(slot.upToDate(in), "no output yet");
            slot.write(okFor(a));
            Path written = out.resolve("a.txt.json");
            setTime(a, 1_000_000_000_000L);
            setTime(written, 1_000_000_001_000L);
            assertTrue(slot.upToDate(in), "newer than the input");

            setTime(a, 1_000_000_002_000L);
            assertTrue(slot.upToDate(in), "older, but the input's bytes are the same (document.id)");

            Files.writeString(a, "Un autre texte.");
            setTime(a, 1_000_000_002_000L);
            assertFalse(slot.upToDate(in), "older and the input changed");

            Files.writeString(written, "{\"status\": \"ok\", \"document\": {");
            setTime(written, 1_000_000_009_000L);
            assertFalse(slot.upToDate(in), "a broken output is never current");
        }
    }

    @Test
    void recordsOfPassingFailuresAreTriedAgainAndFinalOnesAreNot() throws IOException {
        Path a = input("a.txt", "x");
        Path out = tmp.resolve("out");
        try (OutputFolder folder = new OutputFolder(out, JSON, true)) {
            ResultSink.Slot slot = folder.reserve("a.txt");
            slot.write(Result.error("a.txt", "id", ErrorCode.TIMEOUT, "took too long"));
            setTime(a, 1_000_000_000_000L);
            assertFalse(slot.upToDate(BatchInput.of(a, "a.txt")), "TIMEOUT is tried again");
            slot.write(Result.error("a.txt", "id", ErrorCode.UNSUPPORTED_FORMAT, "an image"));
            assertTrue(slot.upToDate(BatchInput.of(a, "a.txt")), "UNSUPPORTED_FORMAT would not change");
        }
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedAndNeverTakenForOutputs() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("sub"));
        Files.writeString(out.resolve("sub/.vigie-12345.tmp"), "{\"status\": \"o");
        Files.writeString(out.resolve(".vigie-999.tmp"), "");
        Files.writeString(out.resolve("sub/kept.txt.json"), "{}");
        try (OutputFolder folder = new OutputFolder(out, JSON, true)) {
            assertEquals(2, folder.strayTemporaryFiles());
        }
        try (Stream<Path> s = Files.walk(out)) {
            List<String> left = s.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList();
            assertEquals(List.of("sub/kept.txt.json"), left, "the lock file goes when the folder is closed");
        }
    }

    @Test
    void oneRunAtATimePerFolder() throws IOException {
        Path out = tmp.resolve("out");
        try (OutputFolder first = new OutputFolder(out, JSON, true)) {
            IOException e = assertThrows(IOException.class, () -> new OutputFolder(out, JSON, true));
            assertTrue(e.getMessage().contains("another Vigie run"), e.getMessage());
        }
        new OutputFolder(out, JSON, true).close();
    }

    @Test
    void aFailedWriteLeavesNeitherAHalfFileNorATemporaryFile() throws IOException {
        Path out = tmp.resolve("out");
        try (OutputFolder folder = new OutputFolder(out, JSON, true)) {
            Path target = out.resolve("a.txt.json");
            Files.writeString(target, "{\"status\": \"ok\"}\n");
            IOException e = assertThrows(IOException.class, () -> folder.writeAtomically(target, o -> {
                o.write("{\"status\": \"er".getBytes(StandardCharsets.UTF_8));
                throw new IOException("No space left on device");
            }));
            assertEquals("No space left on device", e.getMessage());
            assertEquals("{\"status\": \"ok\"}\n", Files.readString(target), "the earlier complete output stays");
            try (Stream<Path> s = Files.list(out)) {
                assertTrue(s.noneMatch(OutputFolder::isTemporary));
            }
        }
    }

    @Test
    void sameOutputNameTwiceGetsANumberedName() throws IOException {
        Path out = tmp.resolve("out");
        try (OutputFolder folder = new OutputFolder(out, JSON, true)) {
            Path a = input("x.txt", "un");
            folder.reserve("x.txt").write(okFor(a));
            folder.reserve("x.txt").write(okFor(a));
            assertTrue(Files.exists(out.resolve("x.txt.json")));
            assertTrue(Files.exists(out.resolve("x.txt~2.json")));
            JsonNode n = JsonOutput.mapper().readTree(out.resolve("x.txt~2.json").toFile());
            assertEquals("ok", n.get("status").asText());
        }
    }

    @Test
    void noInputNameCanLeaveTheFolderOrTakeTheManifestName() {
        Path root = tmp.resolve("out").toAbsolutePath();
        Path manifest = root.resolve(OutputFolder.MANIFEST);
        assertEquals(root.resolve("__run.json"), OutputPaths.resolve(root, "_run.json"));
        assertEquals(root.resolve("__run.json"), OutputPaths.resolve(root, ":run.json"));
        assertEquals(root.resolve("sub/_run.json"), OutputPaths.resolve(root, "sub/_run.json"), "only the top is kept");
        assertEquals(root.resolve("___/__/etc/passwd.json"), OutputPaths.resolve(root, "../../etc/passwd.json"));
        assertEquals(root.resolve("a/b.json"), OutputPaths.resolve(root, "./a//b.json"));
        assertEquals(root.resolve("x_y.json"), OutputPaths.resolve(root, "x\0y.json"));
        String[] parts = {"..", ".", "", "_", "_run", ":run", "run", "/", "\\", "C:", "a", "\0", "~", "%2e%2e", " "};
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            int n = 1 + random.nextInt(5);
            for (int j = 0; j < n; j++) {
                name.append(parts[random.nextInt(parts.length)]);
                if (random.nextBoolean()) {
                    name.append(random.nextBoolean() ? '/' : '\\');
                }
            }
            String relative = name + ".json";
            Path p;
            try {
                p = OutputPaths.resolve(root, relative);
            } catch (IllegalArgumentException e) {
                continue; // refused, never written
            }
            assertTrue(p.startsWith(root) && !p.equals(root), relative + " -> " + p);
            assertNotEquals(manifest, p, relative);
        }
    }
}
