package fr.vigie.batch;

import fr.vigie.Result;
import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import fr.vigie.model.ErrorCode;
import fr.vigie.model.TemporalExpression;
import fr.vigie.output.JsonOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamSinkTest {

    @TempDir
    Path tmp;

    static Result withClaims() {
        String text = "Selon Disclose, la police a utilisé « Briefcam », un logiciel, en 2015, à Rouen.\nFin.";
        Document d = new Document("abc", "a/b.txt", "text/plain", null, text, "fr", null);
        Claim c = new Claim("c1",
                new Claim.Actor("la police", "Police nationale", Claim.ActorType.NATIONAL_POLICE, 16, 25),
                new Claim.Action("a utilisé", "utiliser", Claim.ActionType.USE, 26, 35),
                new Claim.Tool("« Briefcam »", "BriefCam", "BriefCam", Claim.ToolCategory.VIDEO_ANALYTICS, 36, 48),
                new Claim.Time("en 2015", "DATE", "2015", null, new TemporalExpression.Interval("2015-01-01", "2015-12-31"),
                        63, 70),
                new Claim.Place("Rouen", "Rouen", 74, 79),
                new Claim.Legal(Claim.LegalStatus.ILLEGAL, List.of("NO_LEGAL_BASIS", "NO_DPIA"), null, List.of()),
                Claim.Modality.REPORTED, new Claim.Attribution("Selon Disclose", "Disclose"),
                new Claim.Evidence(0, 0, 80, text.substring(0, 80)), 0.8);
        d.setClaims(List.of(c, c.withId("c2")));
        return Result.ok(d);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    @Test
    void csvHasOneRowPerClaimOneRowPerErrorAndNoneForADocumentWithoutClaims() throws IOException {
        Path file = tmp.resolve("claims.csv");
        CsvSink sink = new CsvSink(file);
        sink.reserve("a/b.txt").write(withClaims());
        sink.reserve("vide.txt").write(Result.error("vide.txt", null, ErrorCode.EMPTY_FILE, "the file is empty, \"0\" bytes"));
        sink.reserve("rien.txt").write(Result.ok(new Document("x", "rien.txt", "text/plain", null, "Rien.", "fr", null)));
        sink.close();
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        List<CSVRecord> rows = parse(csv);
        assertEquals(4, rows.size(), csv);
        assertEquals(CsvSink.COLUMNS, rows.get(0).toList());
        CSVRecord first = rows.get(1);
        assertEquals(CsvSink.COLUMNS.size(), first.size());
        assertEquals("a/b.txt", first.get(0));
        assertEquals("c1", first.get(5));
        assertEquals("Police nationale", first.get(7));
        assertEquals("USE", first.get(10));
        assertEquals("« Briefcam »", first.get(11));
        assertEquals("2015-01-01", first.get(17));
        assertEquals("NO_LEGAL_BASIS;NO_DPIA", first.get(22));
        assertEquals("Disclose", first.get(24));
        assertTrue(first.get(28).startsWith("Selon Disclose, la police"), "commas survive quoting");
        assertEquals("c2", rows.get(2).get(5));
        CSVRecord error = rows.get(3);
        assertEquals(List.of("vide.txt", "", "error", "EMPTY_FILE", "the file is empty, \"0\" bytes"),
                error.toList().subList(0, 5));
        assertTrue(csv.contains("\"the file is empty, \"\"0\"\" bytes\""), "RFC 4180 doubles inner quotes");
        assertTrue(csv.contains("\r\n"), "RFC 4180 line ends");
    }

    @Test
    void aStoppedRunLeavesNoHalfWrittenFileAndKeepsAnEarlierOne() throws IOException {
        Path file = tmp.resolve("all.jsonl");
        Files.writeString(file, "{\"earlier\": true}\n");
        JsonLinesSink sink = new JsonLinesSink(file, new JsonOutput(false));
        sink.reserve("a").write(withClaims());
        assertEquals("{\"earlier\": true}\n", Files.readString(file), "nothing replaced while the run goes");
        sink.abort();
        assertEquals("{\"earlier\": true}\n", Files.readString(file));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(file), s.toList(), "no temporary file left");
        }
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedAndTheNewFileIsCompleteAtTheEnd() throws IOException {
        Path file = tmp.resolve("all.jsonl");
        Files.writeString(tmp.resolve(".all.jsonl.vigie-123.tmp"), "{\"half\": ");
        Files.writeString(tmp.resolve(".other.jsonl.vigie-9.tmp"), "not ours");
        JsonLinesSink sink = new JsonLinesSink(file, new JsonOutput(false));
        sink.reserve("a").write(withClaims());
        sink.reserve("b").write(Result.error("b", null, ErrorCode.NOT_FOUND, "no such file: b"));
        sink.close();
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        for (String l : lines) {
            assertTrue(JsonOutput.mapper().readTree(l).has("status"));
        }
        assertFalse(Files.exists(tmp.resolve(".all.jsonl.vigie-123.tmp")));
        assertTrue(Files.exists(tmp.resolve(".other.jsonl.vigie-9.tmp")), "another file's temporary file is left alone");
    }
}
