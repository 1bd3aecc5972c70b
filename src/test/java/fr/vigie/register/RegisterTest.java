package fr.vigie.register;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fr.vigie.register.Fixtures.Says;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The register's import: counts, idempotence, replacement, transactions, merging and disagreements. */
class RegisterTest {

    @TempDir
    Path tmp;
    Path outputs;
    Path db;

    @BeforeEach
    void corpus() throws Exception {
        outputs = tmp.resolve("outputs");
        Fixtures.corpus(outputs);
        db = tmp.resolve("register.sqlite");
    }

    @Test
    void importsEveryRecordClaimAndFact() throws Exception {
        try (Register r = Register.open(db)) {
            Register.ImportReport report = r.importOutputs(List.of(outputs), Register.Listener.NONE);
            assertEquals(Fixtures.CORPUS_DOCUMENTS, report.records());
            assertEquals(Fixtures.CORPUS_DOCUMENTS, report.added());
            assertEquals(0, report.problems(), report.problemMessages()::toString);
            Map<String, Integer> n = Register.counts(r.connection());
            assertEquals(Fixtures.CORPUS_DOCUMENTS, n.get("documents"));
            assertEquals(Fixtures.CORPUS_CLAIMS, n.get("claims"));
            assertEquals(Fixtures.CORPUS_FACTS, n.get("facts"));
            assertEquals(Fixtures.CORPUS_CLAIMS, n.get("fact_sources"), "every claim supports exactly one fact");
            assertEquals(List.of("error", "error"), column(r.connection(),
                    "SELECT status FROM documents WHERE error_code IS NOT NULL ORDER BY source"));
            assertEquals(List.of("unread:absent.txt"), column(r.connection(),
                    "SELECT id FROM documents WHERE error_code = 'NOT_FOUND'"));
            // the evidence is stored with offsets that cut it from the text
            for (List<Object> row : rows(r.connection(), "SELECT d.text, c.evidence_start, c.evidence_end, "
                    + "c.evidence_text FROM claims c JOIN documents d ON d.id = c.document_id")) {
                assertEquals(row.get(3), ((String) row.get(0)).substring((Integer) row.get(1), (Integer) row.get(2)));
            }
        }
    }

    @Test
    void twoDocumentsStatingTheSameFactGiveOneFactWithTwoSources() throws Exception {
        importAll();
        try (Connection c = Register.openReadOnly(db)) {
            List<List<Object>> f = rows(c, "SELECT sources, claims, begin, end, modalities, conflicts, actor_type "
                    + "FROM facts WHERE actor = 'Gendarmerie nationale' AND tool = 'BriefCam Video Synopsis'");
            assertEquals(1, f.size(), "one fact: " + f);
            assertEquals(List.of(2, 2, "2019", "2019", "ASSERTED;REPORTED", "GENDARMERIE"),
                    List.of(f.get(0).get(0), f.get(0).get(1), f.get(0).get(2), f.get(0).get(3), f.get(0).get(4),
                            f.get(0).get(6)));
            assertNull(f.get(0).get(5), "no disagreement");
            assertEquals(List.of("gendarmerie/achat.txt", "gendarmerie/revelation.txt"), column(c,
                    "SELECT source FROM fact_versions WHERE actor = 'Gendarmerie nationale' ORDER BY source"));
        }
    }

    @Test
    void disagreementsAreRecordedWithEveryVersion() throws Exception {
        importAll();
        try (Connection c = Register.openReadOnly(db)) {
            String use = FactMerger.factId("Police municipale de Nice", "Drones", "USE");
            List<List<Object>> fact = rows(c, "SELECT begin, end, ongoing, legal_statuses, sources, conflicts "
                    + "FROM facts WHERE id = '" + use + "'");
            assertEquals(List.of(List.of("2020", "", 1, "ILLEGAL;LEGAL", 3, "begin;legal_status;stopped_vs_ongoing")),
                    fact.stream().map(r -> r.stream().map(v -> v == null ? "" : v).toList()).toList());
            Map<Object, Object> details = map(c, "SELECT kind, detail FROM fact_conflicts WHERE fact_id = '" + use + "'");
            assertEquals("ILLEGAL (2 sources) vs LEGAL (1 source)", details.get("legal_status"));
            assertEquals("since 2020 (2 sources) vs 2021 (1 source)", details.get("begin"));
            assertEquals("stopped according to 1 source; ongoing according to 1 source",
                    details.get("stopped_vs_ongoing"), "only the account published after the stop disagrees");
            String stop = FactMerger.factId("Police municipale de Nice", "Drones", "STOP");
            assertEquals(List.of("stopped_vs_ongoing"), column(c, "SELECT kind FROM fact_conflicts WHERE fact_id = '"
                    + stop + "'"));
            // every version stays, with its source
            assertEquals(List.of("nice/association.txt ILLEGAL 2021", "nice/prefecture.txt LEGAL 2020",
                            "nice/promenade.txt ILLEGAL 2020"),
                    column(c, "SELECT source || ' ' || legal_status || ' ' || time_begin FROM fact_versions "
                            + "WHERE fact_id = '" + use + "' ORDER BY source"));
            String ministry = FactMerger.factId("Ministère de l'Intérieur", "Reconnaissance faciale", "USE");
            assertEquals(List.of("negation: stated by 1 source, denied by 1 source"), column(c,
                    "SELECT kind || ': ' || detail FROM fact_conflicts WHERE fact_id = '" + ministry + "'"));
            assertEquals(List.of("EXPERIMENTAL;ILLEGAL"), column(c,
                    "SELECT coalesce(conflicts, legal_statuses) FROM facts WHERE actor = 'RATP'"),
                    "one article telling both sides shows both statuses but no disagreement of sources");
        }
    }

    @Test
    void importingTwiceChangesNothing() throws Exception {
        importAll();
        List<String> before = dump(db);
        try (Register r = Register.open(db)) {
            Register.ImportReport again = r.importOutputs(List.of(outputs), Register.Listener.NONE);
            assertEquals(Fixtures.CORPUS_DOCUMENTS, again.unchanged());
            assertEquals(0, again.added() + again.replaced() + again.factsRebuilt());
        }
        assertEquals(before, dump(db));
    }

    @Test
    void aNewVersionOfADocumentReplacesItsClaims() throws Exception {
        importAll();
        // the same article, read again by a Vigie that now finds the BriefCam purchase is by the police
        ObjectNode g2 = Fixtures.document("gendarmerie/revelation.txt", "2021-03-02", "BriefCam chez les gendarmes",
                Fixtures.BRIEFCAM_2);
        Fixtures.claim(g2, Fixtures.BRIEFCAM_2, new Says("Les gendarmes", "Gendarmerie nationale", "GENDARMERIE",
                "ont acheté", "ACQUIRE", "BriefCam", "BriefCam Video Synopsis", "VIDEO_ANALYTICS", "en 2018",
                "2018", "2018", "ILLEGAL", "REPORTED"));
        Fixtures.write(outputs, "gendarmerie/revelation.txt.json", g2);
        try (Register r = Register.open(db)) {
            Register.ImportReport report = r.importOutputs(List.of(outputs), Register.Listener.NONE);
            assertEquals(1, report.replaced());
            assertEquals(Fixtures.CORPUS_DOCUMENTS - 1, report.unchanged());
            Connection c = r.connection();
            assertEquals(Fixtures.CORPUS_CLAIMS, Register.counts(c).get("claims"));
            // one source says ILLEGAL, the other says nothing of the law (UNKNOWN): no disagreement
            assertEquals(List.of("2018 2019 ILLEGAL;UNKNOWN 2 none"), column(c,
                    "SELECT begin || ' ' || end || ' ' || legal_statuses || ' ' || sources || ' ' "
                            + "|| coalesce(conflicts, 'none') FROM facts WHERE actor = 'Gendarmerie nationale'"));
        }
        // and a version whose claim moved to another actor takes its fact away from the first
        ObjectNode g3 = Fixtures.document("gendarmerie/revelation.txt", "2021-03-02", "BriefCam chez les gendarmes",
                Fixtures.BRIEFCAM_2);
        Fixtures.write(outputs, "gendarmerie/revelation.txt.json", g3);
        Files.delete(outputs.resolve("gendarmerie/achat.txt.json"));
        try (Register r = Register.open(db)) {
            r.importOutputs(List.of(outputs.resolve("gendarmerie")), Register.Listener.NONE);
            assertEquals(List.of(1), column(r.connection(),
                    "SELECT sources FROM facts WHERE actor = 'Gendarmerie nationale'"),
                    "the claims of the other record, imported before, remain");
        }
    }

    @Test
    void anErrorRecordNeverTakesAwayADocumentRead() throws Exception {
        importAll();
        ObjectNode a = (ObjectNode) Fixtures.MAPPER.readTree(outputs.resolve("nice/prefecture.txt.json").toFile());
        String id = a.get("document").get("id").asText();
        Fixtures.write(outputs, "nice/prefecture.txt.json",
                Fixtures.error("nice/prefecture.txt", id, "TIMEOUT", "still running after 300 s"));
        List<String> before = dump(db);
        try (Register r = Register.open(db)) {
            Register.ImportReport report = r.importOutputs(List.of(outputs.resolve("nice")), Register.Listener.NONE);
            assertEquals(1, report.problems());
            assertTrue(report.problemMessages().get(0).contains("an error record (TIMEOUT) for a document the "
                    + "register holds as read"), report::toString);
        }
        List<String> after = dump(db);
        after.removeIf(row -> row.startsWith("import_problems "));
        assertEquals(before, after, "the document, its claims and its facts stay");
    }

    @Test
    void anImportThatFailsMidwayLeavesTheDatabaseAsItWas() throws Exception {
        try (Register r = Register.open(db)) {
            r.importOutputs(List.of(outputs.resolve("nice")), Register.Listener.NONE);
        }
        List<String> before = dump(db);
        try (Register r = Register.open(db)) {
            RuntimeException stop = new RuntimeException("stopped after 5 records");
            assertThrows(RuntimeException.class, () -> r.importOutputs(List.of(outputs), (records, file) -> {
                if (records == 5) {
                    throw stop;
                }
            }));
        }
        assertEquals(before, dump(db));
    }

    @Test
    void problemsAreRecordedAndTheRestIsImported() throws Exception {
        Files.writeString(outputs.resolve("broken.json"), "{\"schemaVersion\": \"1.0\", \"status\": ");
        Files.writeString(outputs.resolve("notes.json"), "{\"claims\": []}");
        Files.writeString(outputs.resolve("nice/readme.txt"), "not an output");
        Path lines = tmp.resolve("more.jsonl");
        ObjectNode d = Fixtures.document("lyon.txt", "2024-01-01", null, "Rien à signaler à Lyon.");
        d.putObject("futureField").put("ignored", true); // a tolerant reader
        Files.writeString(lines, Fixtures.MAPPER.writeValueAsString(d) + "\n\n[1, 2]\n", StandardCharsets.UTF_8);
        Register.ImportReport report;
        try (Register r = Register.open(db)) {
            report = r.importOutputs(List.of(outputs, lines, tmp.resolve("missing")), Register.Listener.NONE);
            assertEquals(Fixtures.CORPUS_DOCUMENTS + 1, Register.counts(r.connection()).get("documents"));
            assertEquals(List.of("broken.json:0", "missing:0", "more.jsonl:3", "notes.json:0"),
                    column(r.connection(), "SELECT replace(file, rtrim(file, replace(file, '/', '')), '') "
                            + "|| ':' || line FROM import_problems ORDER BY 1"));
        }
        assertEquals(4, report.problems(), report.problemMessages()::toString);
        assertTrue(report.problemMessages().stream().anyMatch(m -> m.contains("not valid JSON")), report::toString);
        // a fixed file is imported the next time, and its problem goes
        Files.writeString(outputs.resolve("broken.json"), Fixtures.MAPPER.writeValueAsString(
                Fixtures.document("broken.txt", null, null, "Texte réparé.")));
        try (Register r = Register.open(db)) {
            r.importOutputs(List.of(outputs), Register.Listener.NONE);
            assertEquals(List.of(), column(r.connection(), "SELECT file FROM import_problems WHERE file LIKE '%broken.json'"));
        }
    }

    @Test
    void anInputReadLaterReplacesItsUnreadRecordAndSupportIsStored() throws Exception {
        importAll();
        ObjectNode found = Fixtures.document("absent.txt", "2024-03-03", null,
                "Depuis janvier, la commune de Vierzon exploite des caméras de lecture de plaques.");
        var claim = Fixtures.claim(found, "Depuis janvier, la commune de Vierzon exploite des caméras de lecture de plaques.",
                new Says("la commune de Vierzon", "Vierzon", "LOCAL_AUTHORITY", "exploite", "USE",
                        "caméras de lecture de plaques", "LAPI", "LICENSE_PLATE_RECOGNITION", "Depuis janvier",
                        "2024-01", null, "UNKNOWN", "ASSERTED"));
        claim.putArray("support").addObject().put("sentence", 0).put("text", "Depuis janvier").putArray("for").add("time");
        Fixtures.write(outputs, "errors/absent.txt.json", found);
        try (Register r = Register.open(db)) {
            r.importOutputs(List.of(outputs), Register.Listener.NONE);
            assertEquals(List.of(), column(r.connection(), "SELECT id FROM documents WHERE id LIKE 'unread:%'"));
            assertEquals(List.of("[{\"sentence\":0,\"text\":\"Depuis janvier\",\"for\":[\"time\"]}]"),
                    column(r.connection(), "SELECT support FROM claims WHERE actor_key = 'Vierzon'"));
        }
    }

    @Test
    void theSearchIndexFollowsTheClaims() throws Exception {
        importAll();
        String search = "SELECT c.document_id || ' ' || c.claim_id FROM claims_search s JOIN claims c ON c.id = s.rowid "
                + "WHERE claims_search MATCH ? ORDER BY 1";
        try (Register r = Register.open(db)) {
            Connection c = r.connection();
            assertEquals(1, query(c, search, "prefecture").size(), "accents and case ignored: 'Selon la préfecture'");
            assertEquals(2, query(c, search, "briefcam").size());
            assertEquals(3, query(c, search, "actor_text: \"police municipale\" AND evidence_text: drones").size());
            // a new version of a document: its old words go, its new ones come
            ObjectNode g2 = Fixtures.document("gendarmerie/revelation.txt", "2021-03-02", "BriefCam chez les gendarmes",
                    Fixtures.BRIEFCAM_2);
            Fixtures.claim(g2, Fixtures.BRIEFCAM_2, new Says("Les gendarmes", "Gendarmerie nationale", "GENDARMERIE",
                    "ont acheté", "ACQUIRE", "le quotidien régional", "Quotidien", "OTHER", null, null, null,
                    "UNKNOWN", "REPORTED"));
            Fixtures.write(outputs, "gendarmerie/revelation.txt.json", g2);
            r.importOutputs(List.of(outputs), Register.Listener.NONE);
            assertEquals(1, query(c, search, "tool_text: briefcam").size());
            assertEquals(1, query(c, search, "tool_text: quotidien").size());
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO claims_search(claims_search) VALUES ('integrity-check')");
            }
        }
    }

    private static List<Object> query(Connection c, String sql, String arg) throws SQLException {
        List<Object> out = new ArrayList<>();
        try (var st = c.prepareStatement(sql)) {
            st.setString(1, arg);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1));
                }
            }
        }
        return out;
    }

    @Test
    void aDatabaseThatIsNoRegisterIsRefused() throws Exception {
        Path other = tmp.resolve("other.sqlite");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE notes(x)");
        }
        Exception e = assertThrows(java.io.IOException.class, () -> Register.open(other));
        assertTrue(e.getMessage().contains("no Vigie register"), e.getMessage());
    }

    @Test
    void theSchemaDocumentsItself() throws Exception {
        importAll();
        try (Connection c = Register.openReadOnly(db)) {
            String sql = column(c, "SELECT sql FROM sqlite_master WHERE name = 'facts'").get(0).toString();
            assertTrue(sql.contains("-- earliest time_begin of its claims"), sql);
            assertEquals(List.of("ok"), column(c, "PRAGMA integrity_check"));
            assertEquals(List.of(), column(c, "PRAGMA foreign_key_check"));
        }
    }

    private void importAll() throws Exception {
        try (Register r = Register.open(db)) {
            r.importOutputs(List.of(outputs), Register.Listener.NONE);
        }
    }

    /** Every row of every table, in a fixed order: equal dumps are equal databases. */
    static List<String> dump(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = Register.openReadOnly(db)) {
            // the search index is checked by its own integrity check (theSearchIndexFollowsTheClaims)
            for (Object t : column(c, "SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'claims_search%' ORDER BY name")) {
                for (List<Object> row : rows(c, "SELECT * FROM " + t + " ORDER BY 1, 2, 3")) {
                    out.add(t + " " + row);
                }
            }
        }
        return out;
    }

    static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData m = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= m.getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    static List<Object> column(Connection c, String sql) throws SQLException {
        return rows(c, sql).stream().map(r -> r.get(0)).toList();
    }

    static Map<Object, Object> map(Connection c, String sql) throws SQLException {
        Map<Object, Object> out = new java.util.LinkedHashMap<>();
        rows(c, sql).forEach(r -> out.put(r.get(0), r.get(1)));
        return out;
    }

    static void assertOpenable(Path db) throws Exception {
        try (Connection c = Register.openReadOnly(db)) {
            assertNotNull(c);
        }
    }
}
