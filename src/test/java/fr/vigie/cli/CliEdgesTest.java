package fr.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The rough edges a new user of the command line meets first. */
class CliEdgesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "Publié le 15 janvier 2024\n\nLa gendarmerie a déployé deux drones "
            + "au-dessus du marché de Niort samedi, selon la préfecture.\n";

    @TempDir
    Path tmp;

    /** Runs the command line; {@code [exit code, standard output, standard error]}. */
    private static Object[] run(String... args) {
        CommandLine cl = VigieCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Object[] {code, out.toString(), err.toString()};
    }

    @Test
    void everyCommandPrintsTheVersion() {
        for (String command : new String[] {"extract", "eval", "bench"}) {
            Object[] r = run(command, "-V");
            assertEquals(0, r[0]);
            assertTrue(((String) r[1]).startsWith("vigie "), command + " -V: '" + r[1] + "'");
        }
        assertEquals(run("-V")[1], run("extract", "--version")[1]);
    }

    @Test
    void theTopLevelHelpGivesWholeSentences() {
        String help = (String) run("--help")[1];
        for (CommandLine sub : VigieCommand.commandLine().getSubcommands().values()) {
            String[] header = sub.getCommandSpec().usageMessage().header();
            String summary = header.length > 0 ? String.join(" ", header)
                    : sub.getCommandSpec().usageMessage().description()[0];
            assertTrue(summary.endsWith("."), sub.getCommandName() + " summary: " + summary);
        }
        String[] description = VigieCommand.commandLine().getCommandSpec().usageMessage().description();
        assertEquals(1, description.length, "one paragraph, wrapped at the width of the terminal");
        String shown = help.substring(help.indexOf('\n') + 1, help.indexOf("  -h, --help")).replaceAll("\\s+", " ").trim();
        assertEquals(description[0], shown, help);
    }

    @Test
    void aUsageErrorSaysWhyAndWhereHelpIsWithoutTheWholeHelp() {
        Object[] r = run("extract", "--no-such-option", tmp.toString());
        assertEquals(2, r[0]);
        String err = (String) r[2];
        assertTrue(err.contains("Unknown option: '--no-such-option'"), err);
        assertTrue(err.contains("Try 'vigie extract --help'"), err);
        assertFalse(err.contains("--include-text"), "no help text: " + err);
    }

    @Test
    void evalOnAFolderWithoutGoldSaysThereIsNothingToScore() throws IOException {
        Files.writeString(tmp.resolve("article.txt"), ARTICLE, StandardCharsets.UTF_8);
        Object[] r = run("eval", tmp.toString());
        assertEquals(1, r[0]);
        assertTrue(((String) r[2]).contains("nothing to score"), (String) r[2]);
        assertFalse(((String) r[1]).contains("nan"), (String) r[1]);
    }

    @Test
    void jsonLinesIntoAFolderThatDoesNotExistFailsAndCreatesNothing() {
        Path missing = tmp.resolve("no/such/dir");
        Object[] r = run("extract", tmp.toString(), "--format", "jsonl", "--out", missing.resolve("x.jsonl").toString(),
                "--quiet");
        assertEquals(1, r[0]);
        assertTrue(((String) r[2]).contains("no such folder"), (String) r[2]);
        assertFalse(Files.exists(tmp.resolve("no")), "no folder made for a mistyped path");
    }

    @Test
    void anOutputTheSystemRefusesSaysWhy() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        Files.exists(tmp);
        Object[] r = run("extract", tmp.toString(), "--out", "/proc/vigie-out", "--quiet");
        assertEquals(1, r[0]);
        String err = (String) r[2];
        assertTrue(err.contains("cannot open the output /proc/vigie-out: cannot create the folder /proc/vigie-out: "),
                err);
        assertTrue(err.contains("no such file or folder"), "a reason, not the path twice: " + err);
    }

    @Test
    void outputsTakeTheUmaskPermissionsTheLockGoesAndSameNamesUnderTwoRootsAreToldApart() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(a.resolve("same.txt"), ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(b.resolve("same.txt"), ARTICLE.replace("Niort", "Poitiers"), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Object[] r = run("extract", a.toString(), b.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(0, r[0], (String) r[2]);

        JsonNode first = JSON.readTree(out.resolve("same.txt.json").toFile());
        JsonNode second = JSON.readTree(out.resolve("same.txt~2.json").toFile());
        assertEquals(Set.of(a.resolve("same.txt").toString(), b.resolve("same.txt").toString()),
                Set.of(first.get("document").get("source").asText(), second.get("document").get("source").asText()),
                "each record names its input as given");

        assertFalse(Files.exists(out.resolve(".vigie-run.lock")), "the lock goes with the run");

        r = run("extract", a.toString(), b.toString(), "--out", out.toString(), "--threads", "1", "--quiet");
        assertEquals(0, r[0], (String) r[2]);
        JsonNode manifest = JSON.readTree(out.resolve("_run.json").toFile());
        assertEquals(2, manifest.get("inputs").get("skipped").asInt(), manifest.toString());
        assertTrue(manifest.get("modelLoadSeconds").isNull(), "every output current: no model loaded " + manifest);

        Path reference = tmp.resolve("reference");
        Files.newOutputStream(reference).close();
        Set<PosixFilePermission> umask = Files.getPosixFilePermissions(reference);
        assertEquals(umask, Files.getPosixFilePermissions(out.resolve("same.txt.json")),
                "an output has the permissions any file the user creates gets");
        assertEquals(umask, Files.getPosixFilePermissions(out.resolve("_run.json")));
        if (umask.contains(PosixFilePermission.OTHERS_READ)) {
            assertNotEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(out.resolve("same.txt.json")));
        }

        Path jsonl = tmp.resolve("all.jsonl");
        r = run("extract", a.toString(), "--format", "jsonl", "--out", jsonl.toString());
        assertEquals(0, r[0], (String) r[2]);
        assertEquals(umask, Files.getPosixFilePermissions(jsonl));
        assertFalse(((String) r[2]).contains("skipped"), "nothing is ever skipped in JSON Lines: " + r[2]);
    }
}
