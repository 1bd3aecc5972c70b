package fr.vigie.batch;

import fr.vigie.Result;
import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSV (RFC 4180: comma, double quotes, CRLF, UTF-8), one row per claim, with a header row.
 *
 * <p>A document with claims gives one row per claim, {@code status} {@code ok}. A document
 * that could not be processed gives <b>one row</b> with {@code status} {@code error}, its
 * {@code error_code} and {@code error_message} and empty claim columns, so that no input
 * vanishes from the table. A document processed without any claim gives no row (it is
 * counted in the run summary and manifest): a row count is a claim count plus an error
 * count.
 */
public final class CsvSink extends StreamSink {

    public static final List<String> COLUMNS = List.of(
            "source", "document_id", "status", "error_code", "error_message",
            "claim_id", "actor_text", "actor_canonical", "actor_type", "action_text", "action_type",
            "tool_text", "tool_canonical", "tool_vendor", "tool_category",
            "time_text", "time_value", "time_begin", "time_end",
            "place_text", "place_canonical", "legal_status", "legal_grounds", "modality", "attribution_source",
            "evidence_sentence", "evidence_start", "evidence_end", "evidence_text");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /** @param file the output file, or null for standard output */
    public CsvSink(Path file) throws IOException {
        super(file);
    }

    @Override
    protected byte[] header() throws IOException {
        return print(List.of(new ArrayList<Object>(COLUMNS)));
    }

    @Override
    protected byte[] format(Result r) throws IOException {
        return print(rows(r));
    }

    private static byte[] print(List<List<Object>> rows) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            for (List<Object> row : rows) {
                p.printRecord(row);
            }
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The rows of one result, each in {@link #COLUMNS} order (null for an empty cell). */
    public static List<List<Object>> rows(Result r) {
        List<List<Object>> rows = new ArrayList<>();
        if (!r.isOk()) {
            Object[] row = new Object[COLUMNS.size()];
            row[0] = r.source();
            row[1] = r.id();
            row[2] = "error";
            row[3] = r.error().code().name();
            row[4] = r.error().message();
            rows.add(Arrays.asList(row));
            return rows;
        }
        Document d = r.document();
        for (Claim c : d.claims()) {
            List<Object> row = new ArrayList<>(COLUMNS.size());
            row.add(d.source());
            row.add(d.id());
            row.add("ok");
            row.add(null);
            row.add(null);
            row.add(c.id());
            Claim.Actor a = c.actor();
            row.add(a == null ? null : a.text());
            row.add(a == null ? null : a.canonical());
            row.add(a == null ? null : a.type());
            Claim.Action act = c.action();
            row.add(act == null ? null : act.text());
            row.add(act == null ? null : act.type());
            Claim.Tool t = c.tool();
            row.add(t == null ? null : t.text());
            row.add(t == null ? null : t.canonical());
            row.add(t == null ? null : t.vendor());
            row.add(t == null ? null : t.category());
            Claim.Time time = c.time();
            row.add(time == null ? null : time.text());
            row.add(time == null ? null : time.value());
            row.add(time == null || time.interval() == null ? null : time.interval().begin());
            row.add(time == null || time.interval() == null ? null : time.interval().end());
            Claim.Place p = c.place();
            row.add(p == null ? null : p.text());
            row.add(p == null ? null : p.canonical());
            Claim.Legal l = c.legal();
            row.add(l == null ? null : l.status());
            row.add(l == null || l.grounds() == null ? null : String.join(";", l.grounds()));
            row.add(c.modality());
            row.add(c.attribution() == null ? null : c.attribution().source());
            Claim.Evidence e = c.evidence();
            row.add(e == null ? null : e.sentence());
            row.add(e == null ? null : e.start());
            row.add(e == null ? null : e.end());
            row.add(e == null ? null : e.text());
            if (row.size() != COLUMNS.size()) {
                throw new IllegalStateException("CSV row of " + row.size() + " cells");
            }
            rows.add(row);
        }
        return rows;
    }
}
