package fr.vigie.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.vigie.Result;
import fr.vigie.batch.CsvSink;
import fr.vigie.model.Document;
import fr.vigie.model.TemporalExpression;
import fr.vigie.model.Warning;
import fr.vigie.output.JsonOutput;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.apache.spark.sql.functions.col;

/**
 * The rows of the job. Inputs (a file to read, or a text of a table) come in as {@link
 * #INPUT} rows; each gives exactly one {@link #PROCESSED} row: the output document of
 * {@code vigie extract --format jsonl} as one JSON line, the flat columns of the
 * {@code documents} table, and its claims and temporal expressions as nested rows that
 * become the {@code claims} and {@code temporal_expressions} tables.
 *
 * <p>The claim columns are those of the library's CSV export ({@link CsvSink#COLUMNS},
 * filled by {@link CsvSink#rows}), less the document columns, so that the table follows
 * the library when its claims gain a field.
 */
public final class Records {

    private Records() {
    }

    /** One input: a file ({@code path}) or a text ({@code text}); {@code name} is its document.source. */
    public static final StructType INPUT = new StructType()
            .add("path", DataTypes.StringType)
            .add("name", DataTypes.StringType)
            .add("problem_code", DataTypes.StringType)
            .add("problem", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("input_id", DataTypes.StringType)
            .add("input_source", DataTypes.StringType)
            .add("input_url", DataTypes.StringType)
            .add("date", DataTypes.StringType);

    /** Document columns of the CSV export, which the documents table holds once per input. */
    private static final Set<String> DOCUMENT_CSV_COLUMNS = Set.of("source", "document_id", "status", "error_code", "error_message");
    /** CSV columns that are whole numbers; every other one is text. */
    private static final Set<String> INTEGER_CSV_COLUMNS = Set.of("evidence_sentence", "evidence_start", "evidence_end");

    /** The claim columns of the CSV export, in its order, without the document columns. */
    public static final List<String> CLAIM_COLUMNS = CsvSink.COLUMNS.stream()
            .filter(c -> !DOCUMENT_CSV_COLUMNS.contains(c)).toList();

    static final StructType CLAIM = claimType();

    static final StructType TEMPORAL = new StructType()
            .add("text", DataTypes.StringType)
            .add("start", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType)
            .add("type", DataTypes.StringType)
            .add("value", DataTypes.StringType)
            .add("mod", DataTypes.StringType)
            .add("interval_begin", DataTypes.StringType)
            .add("interval_end", DataTypes.StringType)
            .add("sentence", DataTypes.IntegerType);

    /** Columns of the documents table, in order. */
    public static final StructType DOCUMENT = new StructType()
            .add("source", DataTypes.StringType)
            .add("document_id", DataTypes.StringType)
            .add("input_id", DataTypes.StringType)
            .add("input_source", DataTypes.StringType)
            .add("input_url", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("error_code", DataTypes.StringType)
            .add("error_message", DataTypes.StringType)
            .add("media_type", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("language", DataTypes.StringType)
            .add("date", DataTypes.StringType)
            .add("date_origin", DataTypes.StringType)
            .add("length", DataTypes.IntegerType)
            .add("sentences", DataTypes.IntegerType)
            .add("entities", DataTypes.IntegerType)
            .add("temporal_expressions", DataTypes.IntegerType)
            .add("claims", DataTypes.IntegerType)
            .add("warnings", DataTypes.createArrayType(DataTypes.StringType, false));

    public static final StructType PROCESSED = processedType();

    private static StructType claimType() {
        StructType t = new StructType();
        for (String c : CLAIM_COLUMNS) {
            t = t.add(c, INTEGER_CSV_COLUMNS.contains(c) ? DataTypes.IntegerType : DataTypes.StringType);
        }
        return t;
    }

    private static StructType processedType() {
        StructType t = DOCUMENT;
        t = t.add("json", DataTypes.StringType, false);
        t = t.add("claim_rows", DataTypes.createArrayType(CLAIM, false), false);
        t = t.add("temporal_rows", DataTypes.createArrayType(TEMPORAL, false), false);
        return t;
    }

    /** The processed row of one input's result. */
    static Row processed(Result r, Row input, JsonOutput json) throws JsonProcessingException {
        List<Object> v = new ArrayList<>(PROCESSED.size());
        v.add(r.source());
        v.add(r.id());
        v.add(input.getAs("input_id"));
        v.add(input.getAs("input_source"));
        v.add(input.getAs("input_url"));
        v.add(r.isOk() ? "ok" : "error");
        v.add(r.isOk() ? null : r.error().code().name());
        v.add(r.isOk() ? null : r.error().message());
        Document d = r.document();
        List<Row> claims = new ArrayList<>();
        List<Row> temporal = new ArrayList<>();
        if (d == null) {
            for (int i = 0; i < 10; i++) {
                v.add(null);
            }
            v.add(seq(List.of()));
        } else {
            v.add(d.mediaType());
            v.add(d.title());
            v.add(d.language());
            v.add(d.date().value());
            v.add(d.date().origin().name());
            v.add(d.text().length());
            v.add(d.sentences().size());
            v.add(d.entities().size());
            v.add(d.temporalExpressions().size());
            v.add(d.claims().size());
            v.add(seq(d.warnings().stream().map(Warning::code).toList()));
            for (List<Object> row : CsvSink.rows(r)) {
                claims.add(claimRow(row));
            }
            for (TemporalExpression t : d.temporalExpressions()) {
                TemporalExpression.Interval iv = t.interval();
                temporal.add(RowFactory.create(t.text(), t.start(), t.end(), t.type(), t.value(), t.mod(),
                        iv == null ? null : iv.begin(), iv == null ? null : iv.end(), t.sentence()));
            }
        }
        v.add(JsonOutput.mapper().writeValueAsString(json.tree(r)));
        v.add(seq(claims));
        v.add(seq(temporal));
        return RowFactory.create(v.toArray());
    }

    /** Spark's rows hold arrays as Scala sequences. */
    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    private static Row claimRow(List<Object> csvRow) {
        Object[] cells = new Object[CLAIM_COLUMNS.size()];
        int k = 0;
        for (int i = 0; i < CsvSink.COLUMNS.size(); i++) {
            String name = CsvSink.COLUMNS.get(i);
            if (DOCUMENT_CSV_COLUMNS.contains(name)) {
                continue;
            }
            Object cell = csvRow.get(i);
            DataType type = CLAIM.fields()[k].dataType();
            if (cell == null) {
                cells[k] = null;
            } else if (type == DataTypes.IntegerType && cell instanceof Number n) {
                cells[k] = n.intValue();
            } else {
                cells[k] = cell instanceof Enum<?> e ? e.name() : String.valueOf(cell);
            }
            k++;
        }
        return RowFactory.create(cells);
    }

    /** The documents table: one row per input. */
    static Column[] documentColumns() {
        return columns("", DOCUMENT);
    }

    /** The claims table: the document's source, id and input id, then the claim columns. */
    static Column[] claimColumns() {
        return withDocument("c.", CLAIM);
    }

    /** The temporal expressions table: the document's source, id and input id, then the expression. */
    static Column[] temporalColumns() {
        return withDocument("t.", TEMPORAL);
    }

    private static Column[] withDocument(String prefix, StructType nested) {
        List<Column> out = new ArrayList<>();
        out.add(col("source"));
        out.add(col("document_id"));
        out.add(col("input_id"));
        for (Column c : columns(prefix, nested)) {
            out.add(c);
        }
        return out.toArray(Column[]::new);
    }

    private static Column[] columns(String prefix, StructType t) {
        List<Column> out = new ArrayList<>();
        for (StructField f : t.fields()) {
            out.add(col(prefix + "`" + f.name() + "`").as(f.name()));
        }
        return out.toArray(Column[]::new);
    }
}
