package fr.vigie.cli;

import fr.vigie.eval.TimeMlEvaluator;
import fr.vigie.output.TimeMlOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code vigie extract --format timeml}: one TimeML document per input. */
class TimeMlExtractCommandTest {

    private static final String ARTICLE = "date 1999-05-25\n\nLa fête du village aura lieu dimanche. Dimanche soir, "
            + "à partir de 22 h, le comité offrira un bal, comme chaque année depuis 1982.";

    @TempDir
    Path tmp;

    @Test
    void everyInputGivesOneTimeMlFileAndErrorsAreRecordsToo() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("a"));
        Files.writeString(in.resolve("a/fete.txt"), ARTICLE);
        Files.write(in.resolve("vide.txt"), new byte[0]);
        Path out = tmp.resolve("out");
        assertEquals(0, VigieCommand.run("extract", in.toString(), "--format", "timeml", "--out", out.toString(), "-q"));
        String fete = Files.readString(out.resolve("a/fete.txt.tml"), StandardCharsets.UTF_8);
        TimeMlEvaluator.TimeMlDocument d = TimeMlEvaluator.read(fete);
        assertEquals("1999-05-25", d.creationTime());
        // the date line of the text is an expression of the text, as in the JSON
        assertEquals(List.of("date 1999-05-25", "dimanche", "Dimanche soir", "22 h", "chaque année", "1982"),
                d.timexes().stream().map(TimeMlEvaluator.Timex::text).toList());
        assertEquals(List.of("1999-05-25", "1999-05-30", "1999-05-30TEV", "1999-05-30T22:00", "P1Y", "1982"),
                d.timexes().stream().map(TimeMlEvaluator.Timex::value).toList());
        String empty = Files.readString(out.resolve("vide.txt.tml"), StandardCharsets.UTF_8);
        assertEquals("EMPTY_FILE", TimeMlOutput.statusOf(empty)[1]);
        assertTrue(Files.isRegularFile(out.resolve("_run.json")));
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".tmp")));
        }

        // a second run skips what is current, and redoes what is not
        Files.setLastModifiedTime(out.resolve("a/fete.txt.tml"), FileTime.fromMillis(0));
        Files.writeString(out.resolve("vide.txt.tml"), "pas du TimeML");
        assertEquals(0, VigieCommand.run("extract", in.toString(), "--format", "timeml", "--out", out.toString(), "-q"));
        assertEquals(fete, Files.readString(out.resolve("a/fete.txt.tml"), StandardCharsets.UTF_8),
                "same bytes, same document id: skipped");
        assertEquals("EMPTY_FILE", TimeMlOutput.statusOf(
                Files.readString(out.resolve("vide.txt.tml"), StandardCharsets.UTF_8))[1], "not a record: redone");
    }

    @Test
    void oneInputGoesToStandardOutput() throws IOException {
        Path f = tmp.resolve("fete.txt");
        Files.writeString(f, ARTICLE);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream before = System.out;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(0, VigieCommand.run("extract", f.toString(), "--format", "timeml", "-q"));
        } finally {
            System.setOut(before);
        }
        String xml = captured.toString(StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml"), xml);
        assertEquals(6, TimeMlEvaluator.read(xml).timexes().size(), xml);
    }

    @Test
    void aFolderWithoutOutIsAUsageError() throws IOException {
        Files.createDirectories(tmp.resolve("in"));
        assertEquals(2, VigieCommand.run("extract", tmp.resolve("in").toString(), "--format", "timeml", "-q"));
        Path file = tmp.resolve("x.tml");
        Files.writeString(file, "");
        assertEquals(2, VigieCommand.run("extract", tmp.resolve("in").toString(), "--format", "timeml",
                "--out", file.toString(), "-q"));
    }
}
