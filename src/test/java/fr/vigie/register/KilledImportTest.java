package fr.vigie.register;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An import killed with SIGKILL in the middle of its transaction, in another JVM, leaves
 * the register as it was: SQLite's journal rolls the half-written transaction back when
 * the file is next opened.
 */
class KilledImportTest {

    /** Imports its arguments into a register and, after some records, says so and waits to be killed. */
    public static final class ImportThenHang {
        public static void main(String[] args) throws Exception {
            int after = Integer.parseInt(args[1]);
            try (Register r = Register.open(Path.of(args[0]))) {
                r.importOutputs(List.of(Path.of(args[2])), (records, file) -> {
                    if (records == after) {
                        System.out.println("IMPORTING " + records);
                        System.out.flush();
                        Thread.sleep(600_000);
                    }
                });
            }
            System.out.println("COMMITTED");
        }
    }

    @TempDir
    Path tmp;

    @Test
    void aKilledImportLeavesTheRegisterAsItWas() throws Exception {
        Path outputs = tmp.resolve("outputs");
        Fixtures.corpus(outputs);
        Path db = tmp.resolve("register.sqlite");
        try (Register r = Register.open(db)) {
            r.importOutputs(List.of(outputs.resolve("nice")), Register.Listener.NONE);
        }
        // more records, and a new version of one already there, so that the killed import has rows to undo
        for (int i = 0; i < 40; i++) {
            ObjectNode d = Fixtures.document("lot/" + i + ".txt", "2024-01-01", null,
                    "La commune numéro " + i + " utilise des caméras augmentées depuis 2023.");
            Fixtures.claim(d, "La commune numéro " + i + " utilise des caméras augmentées depuis 2023.",
                    new Fixtures.Says("La commune numéro " + i, "Commune " + i, "LOCAL_AUTHORITY", "utilise",
                            "USE", "caméras augmentées", "Vidéosurveillance algorithmique", "VIDEO_ANALYTICS",
                            "depuis 2023", "2023", null, "UNKNOWN", "ASSERTED"));
            Fixtures.write(outputs, "lot/" + i + ".txt.json", d);
        }
        ObjectNode a = Fixtures.document("nice/prefecture.txt", "2023-05-10", "Titre corrigé", Fixtures.NICE_A);
        Fixtures.write(outputs, "nice/prefecture.txt.json", a);
        List<String> before = RegisterTest.dump(db);

        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", classPath, ImportThenHang.class.getName(),
                db.toString(), "30", outputs.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("IMPORTING 30"), "the child imports: " + line);
            assertTrue(Files.size(db) > 0);
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the child
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        assertEquals(before, RegisterTest.dump(db));
        try (Register r = Register.open(db)) {
            assertEquals(List.of("ok"), RegisterTest.column(r.connection(), "PRAGMA integrity_check"));
            Register.ImportReport again = r.importOutputs(List.of(outputs), Register.Listener.NONE);
            assertEquals(48, again.added(), "the import done again adds what the killed one did not");
            assertEquals(1, again.replaced());
        }
    }
}
