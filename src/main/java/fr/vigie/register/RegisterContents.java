package fr.vigie.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a report shows, read from a register: the facts with their sources, and the counts. */
record RegisterContents(List<FactView> facts, Counts counts) {

    /** One claim supporting a fact, with the document that states it. */
    record SourceView(String documentId, String source, String title, String published, String outputFile,
                      String claimId, String actorText, String actionText, String toolText, String timeText,
                      String timeBegin, String timeEnd, String legalStatus, String legalGrounds, String legalText,
                      String modality, String attribution, String place, String evidence, Integer evidenceStart,
                      Integer evidenceEnd) { }

    record ConflictView(String kind, String detail) { }

    record FactView(String id, String actor, String actorType, String action, String tool, String toolVendor,
                    String toolCategory, String begin, String end, Integer beginYear, Integer endYear,
                    boolean ongoing, String legalStatuses, String legalGrounds, String modalities, String places,
                    int sources, int claims, String firstPublished, String lastPublished,
                    List<ConflictView> conflicts, List<SourceView> support) {

        /** The last year the bar of the timeline reaches: its end, else (open) its latest source's year. */
        Integer lastYear() {
            if (endYear != null) {
                return endYear;
            }
            if (beginYear == null) {
                return null;
            }
            TimexBounds last = TimexBounds.of(lastPublished);
            return last == null ? beginYear : Math.max(beginYear, last.last().getYear());
        }
    }

    record Counts(int documents, int documentsOk, int documentsError, int claims, int facts, int conflicting,
                  int problems, Map<String, Integer> factsByCategory, Map<String, Integer> factsByActorType,
                  Map<String, Integer> factsByStatus, Map<Integer, Integer> documentsByYear,
                  Map<Integer, Integer> factsByYear, Map<String, Integer> errorsByCode) { }

    static RegisterContents read(Connection db) throws SQLException {
        return read(db, 0);
    }

    /**
     * @param maxSources the most sources kept per fact (0: all). The first kept are one of each
     *                   version (legal status, modality, year of begin), in date order, so that every
     *                   side of a disagreement is shown; then the others in date order.
     */
    static RegisterContents read(Connection db, int maxSources) throws SQLException {
        Map<String, List<SourceView>> sources = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT fs.fact_id, d.id, d.source, d.title, d.date, d.output_file, c.claim_id, c.actor_text, "
                        + "c.action_text, c.tool_text, c.time_text, c.time_begin, c.time_end, c.legal_status, "
                        + "c.legal_grounds, c.legal_text, c.modality, "
                        + "coalesce(c.attribution_source, c.attribution_text), "
                        + "coalesce(c.place_canonical, c.place_text), c.evidence_text, c.evidence_start, "
                        + "c.evidence_end FROM fact_sources fs "
                        + "JOIN claims c ON c.document_id = fs.document_id AND c.claim_id = fs.claim_id "
                        + "JOIN documents d ON d.id = c.document_id ORDER BY fs.fact_id, d.date, d.source, "
                        + "c.evidence_start, c.claim_id")) {
            while (rs.next()) {
                keep(sources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()), maxSources, new SourceView(
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                        rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19),
                        rs.getString(20), (Integer) rs.getObject(21), (Integer) rs.getObject(22)));
            }
        }
        if (maxSources > 0) {
            // replacements were added last: back to date order
            for (List<SourceView> kept : sources.values()) {
                kept.sort(java.util.Comparator.comparing((SourceView v) -> v.published() == null ? "" : v.published())
                        .thenComparing(SourceView::source));
            }
        }
        Map<String, List<ConflictView>> conflicts = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT fact_id, kind, detail FROM fact_conflicts ORDER BY fact_id, kind")) {
            while (rs.next()) {
                conflicts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new ConflictView(rs.getString(2), rs.getString(3)));
            }
        }
        List<FactView> facts = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, actor, actor_type, action, tool, tool_vendor, tool_category, begin, end, begin_year, "
                        + "end_year, ongoing, legal_statuses, legal_grounds, modalities, places, sources, claims, "
                        + "first_published, last_published FROM facts ORDER BY actor, tool, action")) {
            while (rs.next()) {
                String id = rs.getString(1);
                facts.add(new FactView(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        (Integer) rs.getObject(10), (Integer) rs.getObject(11), rs.getInt(12) == 1,
                        rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getInt(17),
                        rs.getInt(18), rs.getString(19), rs.getString(20),
                        conflicts.getOrDefault(id, List.of()), sources.getOrDefault(id, List.of())));
            }
        }
        return new RegisterContents(facts, counts(db, facts));
    }

    private static String version(SourceView v) {
        TimexBounds b = TimexBounds.of(v.timeBegin());
        return v.legalStatus() + "|" + v.modality() + "|" + (b == null ? "" : b.first().getYear());
    }

    /** Adds {@code v} to the sources kept of one fact, read in date order, within {@code max}. */
    private static void keep(List<SourceView> kept, int max, SourceView v) {
        if (max <= 0 || kept.size() < max) {
            kept.add(v);
            return;
        }
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        kept.forEach(k -> count.merge(version(k), 1, Integer::sum));
        if (count.containsKey(version(v))) {
            return;
        }
        // a version not shown yet takes the place of the latest source whose version is shown twice
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (count.get(version(kept.get(i))) > 1) {
                kept.remove(i);
                kept.add(v);
                return;
            }
        }
    }

    private static Counts counts(Connection db, List<FactView> facts) throws SQLException {
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byActorType = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<Integer, Integer> factsByYear = new TreeMap<>();
        int conflicting = 0;
        for (FactView f : facts) {
            byCategory.merge(f.toolCategory() == null ? "OTHER" : f.toolCategory(), 1, Integer::sum);
            byActorType.merge(f.actorType() == null ? "OTHER" : f.actorType(), 1, Integer::sum);
            for (String st : (f.legalStatuses() == null ? "UNKNOWN" : f.legalStatuses()).split(";")) {
                byStatus.merge(st, 1, Integer::sum);
            }
            if (!f.conflicts().isEmpty()) {
                conflicting++;
            }
            Integer last = f.lastYear();
            if (f.beginYear() != null && last != null) {
                for (int y = f.beginYear(); y <= last; y++) {
                    factsByYear.merge(y, 1, Integer::sum);
                }
            }
        }
        Map<Integer, Integer> docsByYear = new TreeMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT substr(date, 1, 4), count(*) FROM documents WHERE date GLOB '[0-9][0-9][0-9][0-9]*' "
                        + "GROUP BY 1")) {
            while (rs.next()) {
                docsByYear.put(Integer.parseInt(rs.getString(1)), rs.getInt(2));
            }
        }
        Map<String, Integer> errors = new TreeMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT coalesce(error_code, 'UNKNOWN'), count(*) FROM documents WHERE status = 'error' GROUP BY 1")) {
            while (rs.next()) {
                errors.put(rs.getString(1), rs.getInt(2));
            }
        }
        return new Counts(scalar(db, "SELECT count(*) FROM documents"),
                scalar(db, "SELECT count(*) FROM documents WHERE status = 'ok'"),
                scalar(db, "SELECT count(*) FROM documents WHERE status = 'error'"),
                scalar(db, "SELECT count(*) FROM claims"), facts.size(), conflicting,
                scalar(db, "SELECT count(*) FROM import_problems"),
                byCategory, byActorType, byStatus, docsByYear, factsByYear, errors);
    }

    private static int scalar(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            return rs.getInt(1);
        }
    }
}
