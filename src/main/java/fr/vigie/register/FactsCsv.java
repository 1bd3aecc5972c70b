package fr.vigie.register;

import fr.vigie.register.RegisterContents.FactView;
import fr.vigie.register.RegisterContents.SourceView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts of a register as CSV (RFC 4180, UTF-8, header row), one row per fact, for
 * spreadsheets. A cell that a spreadsheet would read as a formula (starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, and not a
 * number) gets a leading {@code '}, so that no text of an article is ever evaluated.
 */
public final class FactsCsv {

    public static final List<String> COLUMNS = List.of("fact_id", "actor", "actor_type", "action", "tool",
            "tool_vendor", "tool_category", "begin", "end", "ongoing", "legal_statuses", "legal_grounds",
            "modalities", "places", "sources", "claims", "first_published", "last_published", "conflicts",
            "conflict_details", "source_documents");

    private FactsCsv() {
    }

    public static void write(Connection db, Appendable out) throws SQLException, IOException {
        RegisterContents contents = RegisterContents.read(db);
        // not closed: closing would close the caller's stream (standard output)
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        {
            csv.printRecord(COLUMNS);
            for (FactView f : contents.facts()) {
                Set<String> docs = new LinkedHashSet<>();
                for (SourceView s : f.support()) {
                    docs.add(s.source());
                }
                List<String> details = new ArrayList<>();
                f.conflicts().forEach(c -> details.add(c.kind() + ": " + c.detail()));
                List<Object> row = List.of(f.id(), f.actor(), nz(f.actorType()), f.action(), f.tool(),
                        nz(f.toolVendor()), nz(f.toolCategory()), nz(f.begin()), nz(f.end()), f.ongoing() ? "1" : "0",
                        nz(f.legalStatuses()), nz(f.legalGrounds()), nz(f.modalities()), nz(f.places()),
                        f.sources(), f.claims(), nz(f.firstPublished()), nz(f.lastPublished()),
                        String.join(";", f.conflicts().stream().map(RegisterContents.ConflictView::kind).toList()),
                        String.join(" | ", details), String.join(";", docs));
                List<Object> safe = new ArrayList<>(row.size());
                for (Object v : row) {
                    safe.add(v instanceof String s ? cell(s) : v);
                }
                csv.printRecord(safe);
            }
        }
        csv.flush();
    }

    static String cell(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        if ((c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') && !s.matches("[-+]?\\d+(\\.\\d+)?")) {
            return "'" + s;
        }
        return s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
