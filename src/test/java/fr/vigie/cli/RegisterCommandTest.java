package fr.vigie.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code vigie register} and {@code vigie report} from the command line: outputs, messages, exit codes. */
class RegisterCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new VigieCommand()).setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void registerThenReportThenCsv() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("a.txt.json"), """
                {"schemaVersion": "1.0", "status": "ok",
                 "document": {"id": "%s", "source": "a.txt", "title": "Caméras à Tulle", "date": {"value": "2024-05-02", "origin": "TEXT"}},
                 "claims": [{"id": "c1",
                   "actor": {"text": "la mairie de Tulle", "canonical": "Tulle", "type": "LOCAL_AUTHORITY"},
                   "action": {"text": "installe", "type": "DEPLOY"},
                   "tool": {"text": "caméras augmentées", "canonical": "Vidéosurveillance algorithmique", "category": "VIDEO_ANALYTICS"},
                   "modality": "ASSERTED",
                   "evidence": {"sentence": 0, "start": 0, "end": 52, "text": "La mairie de Tulle installe des caméras augmentées."}}]}
                """.formatted("a".repeat(64)));
        Files.writeString(out.resolve("broken.json"), "{");
        Path db = tmp.resolve("reg/register.sqlite");
        assertEquals(0, run("register", out.toString(), "--db", db.toString()));
        assertTrue(err.toString().contains("1 records read (1 added, 0 replaced, 0 unchanged), 1 claims imported"), err::toString);
        assertTrue(err.toString().contains("not imported: " + out.resolve("broken.json").toAbsolutePath()), err::toString);

        Path report = tmp.resolve("report");
        assertEquals(0, run("report", "--db", db.toString(), "--out", report.toString(), "-q"));
        String html = Files.readString(report.resolve("index.html"));
        assertTrue(html.contains("<td>Tulle<div class=\"meta\">LOCAL_AUTHORITY</div></td><td>DEPLOY</td>"));

        Path csv = tmp.resolve("facts.csv");
        assertEquals(0, run("report", "--db", db.toString(), "--format", "csv", "--out", csv.toString(), "-q"));
        List<String> rows = Files.readAllLines(csv);
        assertEquals(2, rows.size(), rows::toString);
        assertTrue(rows.get(1).startsWith(rows.get(1).substring(0, 16) + ",Tulle,LOCAL_AUTHORITY,DEPLOY,"
                + "Vidéosurveillance algorithmique,,VIDEO_ANALYTICS,"), rows.get(1));
    }

    @Test
    void usageErrorsAndFailures() throws Exception {
        assertEquals(2, run("register", tmp.toString()), "--db is required");
        assertEquals(2, run("register", tmp.toString(), "--db", tmp.toString()), "--db must be a file");
        assertEquals(2, run("report", "--db", "x.sqlite"), "--out is required for html");
        assertEquals(1, run("report", "--db", tmp.resolve("none.sqlite").toString(), "--out", tmp.resolve("r").toString()));
        assertTrue(err.toString().contains("no register at"), err::toString);
        Path notRegister = tmp.resolve("notes.sqlite");
        Files.writeString(notRegister, "not a database at all, just text");
        assertEquals(1, run("register", tmp.resolve("nothing").toString(), "--db", notRegister.toString()));
        assertTrue(err.toString().contains("the import failed, the register is unchanged"), err::toString);
        assertEquals("not a database at all, just text", Files.readString(notRegister));
    }
}
