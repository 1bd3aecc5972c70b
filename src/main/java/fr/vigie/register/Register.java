package fr.vigie.register;

import fr.vigie.register.FactMerger.Fact;
import fr.vigie.register.FactMerger.SourceClaim;
import fr.vigie.register.OutputRecord.ClaimRow;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The register: Vigie outputs of many documents merged into one SQLite database, whose
 * schema ({@code schema.sql} beside this class) documents itself.
 *
 * <p>An import is one transaction: it commits whole or not at all, so that an import that
 * fails or is killed leaves the database as it was. Documents are keyed by
 * {@code document.id}; a record read again unchanged (the same JSON, however indented) changes
 * nothing, a new record for the same document replaces its row and all its claims, except
 * that an error record never replaces a document read (it is listed as a problem). The
 * facts of every actor and tool whose claims changed are then merged again from all their
 * claims ({@link FactMerger}).
 *
 * <p>Not thread-safe: one import at a time per instance; SQLite locks the file against a
 * second writer.
 */
public final class Register implements AutoCloseable {

    public static final int SCHEMA_VERSION = 1;

    private static final com.fasterxml.jackson.databind.ObjectMapper CANONICAL =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** What an import did. Problems are output files or lines that could not be imported. */
    public record ImportReport(int records, int added, int replaced, int unchanged, int problems, int claims,
                               int factsRebuilt, List<String> problemMessages) { }

    /** Told of each record as it is imported; an exception it throws aborts the import, which is rolled back. */
    public interface Listener {
        void imported(int records, Path file) throws Exception;

        Listener NONE = (records, file) -> { };
    }

    private final Connection db;
    private final Clock clock;

    private Register(Connection db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Opens the register at {@code file}, creating it (and its schema) when it does not exist. */
    public static Register open(Path file) throws SQLException, IOException {
        return open(file, Clock.systemUTC());
    }

    static Register open(Path file, Clock clock) throws SQLException, IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try {
            Register r = new Register(c, clock);
            r.ensureSchema();
            return r;
        } catch (SQLException | IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Opens an existing register without changing it. */
    public static Connection openReadOnly(Path file) throws SQLException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no register at " + file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000); // an import committing meanwhile holds the file for a moment
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            int v = rs.getInt(1);
            if (v != SCHEMA_VERSION) {
                c.close();
                throw new IOException(file + " is not a Vigie register of schema version " + SCHEMA_VERSION
                        + " (user_version " + v + ")");
            }
        }
        return c;
    }

    private void ensureSchema() throws SQLException, IOException {
        int version;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.getInt(1);
        }
        if (version == SCHEMA_VERSION) {
            return;
        }
        if (version != 0) {
            throw new IOException("the database is a register of schema version " + version
                    + ", this Vigie reads version " + SCHEMA_VERSION);
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            if (rs.getInt(1) > 0) {
                throw new IOException("the database holds tables but is no Vigie register (user_version 0)");
            }
        }
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            for (String statement : schemaStatements()) {
                s.executeUpdate(statement);
            }
            s.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    static List<String> schemaStatements() throws IOException {
        String sql;
        try (InputStream in = Objects.requireNonNull(Register.class.getResourceAsStream("schema.sql"), "schema.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> out = new ArrayList<>();
        for (String part : sql.split(";[ \\t]*\\r?\\n")) {
            String body = part.strip();
            // a statement starts at its CREATE, after the comments before it
            int create = body.indexOf("\nCREATE ") + 1;
            if (create == 0 && body.startsWith("CREATE ")) {
                create = 0;
            } else if (create == 0) {
                create = -1;
            }
            if (create >= 0) {
                out.add(body.substring(create));
            }
        }
        return out;
    }

    /** Imports the output records under {@code paths} in one transaction. */
    public ImportReport importOutputs(List<Path> paths, Listener listener) throws Exception {
        db.setAutoCommit(false);
        try {
            ImportReport report = new Import(listener).run(paths);
            db.commit();
            return report;
        } catch (Exception | Error e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** The connection, for reading (reports, tests). */
    public Connection connection() {
        return db;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }

    private final class Import {
        private final Listener listener;
        private final Set<List<String>> touchedPairs = new LinkedHashSet<>();
        private final List<String> problems = new ArrayList<>();
        private int records;
        private int added;
        private int replaced;
        private int unchanged;
        private int kept;
        private int claims;
        private final String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();

        Import(Listener listener) {
            this.listener = listener;
        }

        ImportReport run(List<Path> paths) throws Exception {
            try (PreparedStatement digest = db.prepareStatement(
                    "SELECT record_sha256, status FROM documents WHERE id = ?");
                 PreparedStatement pairs = db.prepareStatement(
                         "SELECT DISTINCT actor_key, tool_key FROM claims WHERE document_id = ?");
                 PreparedStatement delete = db.prepareStatement("DELETE FROM documents WHERE id = ?");
                 PreparedStatement deleteUnread = db.prepareStatement(
                         "DELETE FROM documents WHERE id = ? AND id <> ?");
                 PreparedStatement insertDoc = db.prepareStatement(INSERT_DOCUMENT);
                 PreparedStatement insertClaim = db.prepareStatement(INSERT_CLAIM);
                 PreparedStatement problem = db.prepareStatement(
                         "INSERT INTO import_problems(file, line, message) VALUES (?, ?, ?) "
                                 + "ON CONFLICT(file, line) DO UPDATE SET message = excluded.message "
                                 + "WHERE message <> excluded.message");
                 PreparedStatement solved = db.prepareStatement(
                         "DELETE FROM import_problems WHERE file = ? AND line = ?")) {
                OutputRecords.read(paths, item -> {
                    String file = item.file().toString();
                    if (item.isProblem()) {
                        problem(problem, file, item.line(), item.problem());
                        return;
                    }
                    OutputRecord r;
                    try {
                        r = OutputRecord.of(item.record());
                    } catch (OutputRecord.Invalid e) {
                        problem(problem, file, item.line(), e.getMessage());
                        return;
                    }
                    records++;
                    // of the record as parsed: the same record, indented in a .json file or on one line of a
                    // .jsonl file, is the same record
                    String sha = sha256(CANONICAL.writeValueAsBytes(item.record()));
                    digest.setString(1, r.id());
                    String old = null;
                    String oldStatus = null;
                    boolean exists;
                    try (ResultSet rs = digest.executeQuery()) {
                        exists = rs.next();
                        if (exists) {
                            old = rs.getString(1);
                            oldStatus = rs.getString(2);
                        }
                    }
                    if (exists && "ok".equals(oldStatus) && "error".equals(r.status()) && !sha.equals(old)) {
                        // a passing failure (a TIMEOUT of a later run) never takes away what was read
                        problem(problem, file, item.line(), "an error record (" + r.errorCode()
                                + ") for a document the register holds as read: that record is kept");
                        kept++;
                        listener.imported(records, item.file());
                        return;
                    }
                    solved.setString(1, file);
                    solved.setInt(2, item.line());
                    solved.executeUpdate();
                    if (exists && sha.equals(old)) {
                        unchanged++;
                    } else {
                        if (exists) {
                            pairs.setString(1, r.id());
                            try (ResultSet rs = pairs.executeQuery()) {
                                while (rs.next()) {
                                    touchedPairs.add(List.of(rs.getString(1), rs.getString(2)));
                                }
                            }
                            delete.setString(1, r.id());
                            delete.executeUpdate();
                            replaced++;
                        } else {
                            added++;
                        }
                        if (r.sha256() != null) {
                            // the input could be read this time: its earlier 'could not read' record goes
                            deleteUnread.setString(1, "unread:" + r.source());
                            deleteUnread.setString(2, r.id());
                            deleteUnread.executeUpdate();
                        }
                        insertDocument(insertDoc, r, item, sha);
                        for (ClaimRow c : r.claims()) {
                            insertClaim(insertClaim, r.id(), c);
                            touchedPairs.add(List.of(c.actorKey(), c.toolKey()));
                        }
                        claims += r.claims().size();
                    }
                    listener.imported(records, item.file());
                });
            }
            int facts = rebuildFacts();
            return new ImportReport(records, added, replaced, unchanged + kept, problems.size(), claims, facts,
                    List.copyOf(problems));
        }

        private void problem(PreparedStatement st, String file, int line, String message) throws SQLException {
            problems.add(file + (line > 0 ? ":" + line : "") + ": " + message);
            st.setString(1, file);
            st.setInt(2, line);
            st.setString(3, message);
            st.executeUpdate();
        }

        private void insertDocument(PreparedStatement st, OutputRecord r, OutputRecords.Item item, String sha)
                throws SQLException {
            int i = 1;
            st.setString(i++, r.id());
            st.setString(i++, r.source());
            st.setString(i++, r.mediaType());
            st.setString(i++, r.title());
            st.setString(i++, r.language());
            st.setString(i++, r.date());
            st.setString(i++, r.dateOrigin());
            setInt(st, i++, r.length());
            st.setString(i++, r.status());
            st.setString(i++, r.errorCode());
            st.setString(i++, r.errorMessage());
            st.setString(i++, r.warnings());
            st.setString(i++, r.text());
            st.setString(i++, r.schemaVersion());
            st.setString(i++, item.file().toString());
            setInt(st, i++, item.line() > 0 ? item.line() : null);
            st.setString(i++, sha);
            st.setString(i, now);
            st.executeUpdate();
        }

        private void insertClaim(PreparedStatement st, String documentId, ClaimRow c) throws SQLException {
            Object[] values = {documentId, c.claimId(), c.actorKey(), c.toolKey(),
                    c.actorText(), c.actorCanonical(), c.actorType(), c.actorStart(), c.actorEnd(),
                    c.actionText(), c.actionLemma(), c.actionType(), c.actionStart(), c.actionEnd(),
                    c.toolText(), c.toolCanonical(), c.toolVendor(), c.toolCategory(), c.toolStart(), c.toolEnd(),
                    c.timeText(), c.timeType(), c.timeValue(), c.timeMod(), c.timeBegin(), c.timeEnd(),
                    c.timeStart(), c.timeStop(), c.placeText(), c.placeCanonical(),
                    c.legalStatus(), c.legalGrounds(), c.legalText(), c.legalReferences(), c.modality(),
                    c.attributionText(), c.attributionSource(),
                    c.evidenceSentence(), c.evidenceStart(), c.evidenceEnd(), c.evidenceText(),
                    c.support(), c.confidence()};
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    st.setNull(i + 1, Types.NULL);
                } else if (v instanceof Integer n) {
                    st.setInt(i + 1, n);
                } else if (v instanceof Double d) {
                    st.setDouble(i + 1, d);
                } else {
                    st.setString(i + 1, (String) v);
                }
            }
            st.executeUpdate();
        }

        private int rebuildFacts() throws SQLException {
            int n = 0;
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT c.document_id, c.claim_id, c.actor_type, c.action_type, c.tool_vendor, c.tool_category, "
                            + "c.time_value, c.time_begin, c.time_end, c.legal_status, c.legal_grounds, c.modality, "
                            + "c.place_canonical, d.date FROM claims c JOIN documents d ON d.id = c.document_id "
                            + "WHERE c.actor_key = ? AND c.tool_key = ? ORDER BY c.document_id, c.claim_id");
                 PreparedStatement deleteFacts = db.prepareStatement("DELETE FROM facts WHERE actor = ? AND tool = ?");
                 PreparedStatement insertFact = db.prepareStatement(INSERT_FACT);
                 PreparedStatement insertSource = db.prepareStatement(
                         "INSERT INTO fact_sources(fact_id, document_id, claim_id) VALUES (?, ?, ?)");
                 PreparedStatement insertConflict = db.prepareStatement(
                         "INSERT INTO fact_conflicts(fact_id, kind, detail) VALUES (?, ?, ?)")) {
                for (List<String> pair : touchedPairs) {
                    select.setString(1, pair.get(0));
                    select.setString(2, pair.get(1));
                    List<SourceClaim> claims = new ArrayList<>();
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            claims.add(new SourceClaim(rs.getString(1), rs.getString(2), rs.getString(3),
                                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                    rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                                    rs.getString(12), rs.getString(13), rs.getString(14)));
                        }
                    }
                    deleteFacts.setString(1, pair.get(0));
                    deleteFacts.setString(2, pair.get(1));
                    deleteFacts.executeUpdate();
                    for (Fact f : FactMerger.merge(pair.get(0), pair.get(1), claims)) {
                        insertFact(insertFact, f);
                        for (SourceClaim c : f.support()) {
                            insertSource.setString(1, f.id());
                            insertSource.setString(2, c.documentId());
                            insertSource.setString(3, c.claimId());
                            insertSource.executeUpdate();
                        }
                        for (FactMerger.Conflict c : f.conflicts()) {
                            insertConflict.setString(1, f.id());
                            insertConflict.setString(2, c.kind());
                            insertConflict.setString(3, c.detail());
                            insertConflict.executeUpdate();
                        }
                        n++;
                    }
                }
            }
            return n;
        }

        private void insertFact(PreparedStatement st, Fact f) throws SQLException {
            int i = 1;
            st.setString(i++, f.id());
            st.setString(i++, f.actor());
            st.setString(i++, f.actorType());
            st.setString(i++, f.action());
            st.setString(i++, f.tool());
            st.setString(i++, f.toolVendor());
            st.setString(i++, f.toolCategory());
            st.setString(i++, f.begin());
            st.setString(i++, f.end());
            setInt(st, i++, f.beginYear());
            setInt(st, i++, f.endYear());
            st.setInt(i++, f.ongoing() ? 1 : 0);
            st.setString(i++, f.legalStatuses());
            st.setString(i++, f.legalGrounds());
            st.setString(i++, f.modalities());
            st.setString(i++, f.places());
            st.setInt(i++, f.sources());
            st.setInt(i++, f.claims());
            st.setString(i++, f.firstPublished());
            st.setString(i++, f.lastPublished());
            st.setString(i, f.conflictKinds());
            st.executeUpdate();
        }
    }

    private static void setInt(PreparedStatement st, int i, Integer v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setInt(i, v);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String INSERT_DOCUMENT = "INSERT INTO documents(id, source, media_type, title, language, "
            + "date, date_origin, length, status, error_code, error_message, warnings, text, schema_version, "
            + "output_file, output_line, record_sha256, imported_at) VALUES (" + marks(18) + ")";

    private static final String INSERT_CLAIM = "INSERT INTO claims(document_id, claim_id, actor_key, tool_key, "
            + "actor_text, actor_canonical, actor_type, actor_start, actor_end, "
            + "action_text, action_lemma, action_type, action_start, action_end, "
            + "tool_text, tool_canonical, tool_vendor, tool_category, tool_start, tool_end, "
            + "time_text, time_type, time_value, time_mod, time_begin, time_end, time_start, time_stop, "
            + "place_text, place_canonical, legal_status, legal_grounds, legal_text, legal_references, modality, "
            + "attribution_text, attribution_source, evidence_sentence, evidence_start, evidence_end, evidence_text, "
            + "support, confidence) VALUES (" + marks(43) + ")";

    private static final String INSERT_FACT = "INSERT INTO facts(id, actor, actor_type, action, tool, tool_vendor, "
            + "tool_category, begin, end, begin_year, end_year, ongoing, legal_statuses, legal_grounds, modalities, "
            + "places, sources, claims, first_published, last_published, conflicts) VALUES (" + marks(21) + ")";

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static Map<String, Integer> counts(Connection c) throws SQLException {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (String t : List.of("documents", "claims", "facts", "fact_sources", "fact_conflicts", "import_problems")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                out.put(t, rs.getInt(1));
            }
        }
        return out;
    }
}
