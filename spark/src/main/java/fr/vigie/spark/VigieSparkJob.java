package fr.vigie.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.Vigie;
import fr.vigie.batch.HeapSampler;
import fr.vigie.batch.Memory;
import fr.vigie.output.JsonOutput;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

/**
 * Vigie as an Apache Spark job: the files of folders or globs, and the texts of Parquet
 * or JSON Lines tables, processed on the executors by one {@link Vigie} each, into the
 * output of {@code vigie extract --format jsonl} and three Parquet tables.
 *
 * <pre>
 * OUT/jsonl/part-*.txt               one output document per input, error records included
 * OUT/documents/part-*.parquet       one row per input
 * OUT/claims/part-*.parquet          one row per claim (the columns of the CSV export)
 * OUT/temporal_expressions/…         one row per temporal expression
 * OUT/_run.json                      the run's manifest
 * </pre>
 *
 * Every output is written by Spark's file committers: a task's files become part of the
 * output only when that task attempt commits, so a retried or speculative task neither
 * loses nor duplicates rows. The documents are processed once, into a staging table
 * ({@code OUT/_work}, removed at the end), from which the four outputs are written.
 */
@Command(name = "vigie-spark", mixinStandardHelpOptions = true, sortOptions = false, version = "vigie-spark 0.1.0",
        description = {"Runs Vigie over files or tables of texts as an Apache Spark job.",
                "Writes OUT/jsonl (the output of vigie extract --format jsonl), OUT/documents, OUT/claims and",
                "OUT/temporal_expressions (Parquet) and OUT/_run.json. Exit code 0 when every input has its",
                "record (error records included), 1 when the job failed, 2 on a usage error."})
public final class VigieSparkJob implements Callable<Integer> {

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    static final String MANIFEST = "_run.json";
    static final int MANIFEST_VERSION = 1;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files, folders (read recursively) or globs, on any file system Hadoop reaches.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--table", paramLabel = "PATH",
            description = "A table of texts (Parquet, or JSON Lines: .jsonl, .json, .ndjson) with columns id and text, "
                    + "optional date, source, url. Repeatable.")
    List<String> tables = new ArrayList<>();

    @Option(names = "--table-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (by the name: .jsonl, .json, .ndjson are JSON Lines, anything else Parquet), parquet or jsonl.")
    String tableFormat;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The output folder.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2]; by default spark-submit's, or local[*] when there is none.")
    String master;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out files whose relative path or name matches (repeatable), as in vigie extract.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]",
            description = "Publication date of documents that give none (a table's date column comes first).")
    String date;

    @Option(names = "--include-text", description = "Include the cleaned text (document.text) in the JSON.")
    boolean includeText;

    @Option(names = "--models", paramLabel = "DIR",
            description = "Read lexicons and rules from this folder, present on every executor.")
    String models;

    @Option(names = "--full-nlp", description = "Run CoreNLP's tagger and entity recogniser on every sentence.")
    boolean fullNlp;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + Vigie.DEFAULT_MAX_BYTES,
            description = "Largest input file in bytes (default ${DEFAULT-VALUE}); larger ones give TOO_LARGE.")
    long maxBytes;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Time limit of one document (default ${DEFAULT-VALUE}, 0 for none); past it, a TIMEOUT record.")
    double timeoutSeconds;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Number of tasks to cut the inputs into (default: about 500 files a task, "
                    + "at least four tasks per core; a table keeps its partitions when it has enough).")
    Integer partitions;

    @Option(names = "--overwrite", description = "Replace the output folder when it exists.")
    boolean overwrite;

    @Option(names = {"-q", "--quiet"}, description = "No summary on standard error.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream err;

    public VigieSparkJob() {
        this(System.err);
    }

    VigieSparkJob(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job and returns its exit code (0 done, 1 failure, 2 usage error). */
    public static int run(String... args) {
        // what Spark's own launcher sets for Java 17 (FINDINGS); harmless when already set
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        return new CommandLine(new VigieSparkJob()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        long started = System.currentTimeMillis();
        CommandLine cl = spec.commandLine();
        if (paths.isEmpty() && tables.isEmpty()) {
            throw new CommandLine.ParameterException(cl, "give at least one PATH or --table");
        }
        if (date != null && !DATE.matcher(date).matches()) {
            throw new CommandLine.ParameterException(cl, "--date must be YYYY, YYYY-MM or YYYY-MM-DD: " + date);
        }
        if (timeoutSeconds < 0 || maxBytes <= 0 || (partitions != null && partitions <= 0)) {
            throw new CommandLine.ParameterException(cl, "--timeout must be 0 or more, --max-bytes and --partitions more than 0");
        }
        if (!List.of("auto", "parquet", "jsonl").contains(tableFormat)) {
            throw new CommandLine.ParameterException(cl, "--table-format must be auto, parquet or jsonl: " + tableFormat);
        }
        Settings settings = new Settings(models, fullNlp, maxBytes, Vigie.DEFAULT_MAX_CHARS,
                Math.round(timeoutSeconds * 1000), includeText, date);

        boolean ownSession = SparkSession.getDefaultSession().isEmpty();
        HeapSampler heap = new HeapSampler();
        heap.start();
        SparkSession spark = session();
        try {
            return run(spark, settings, cl, jvmStartMillis, started, heap);
        } finally {
            heap.stop();
            if (ownSession) {
                spark.stop();
            }
        }
    }

    private SparkSession session() {
        SparkConf conf = new SparkConf();
        SparkSession.Builder b = SparkSession.builder().appName("vigie");
        if (master != null) {
            b.master(master);
        } else if (!conf.contains("spark.master")) {
            b.master("local[*]");
        }
        String m = master != null ? master : conf.get("spark.master", "local[*]");
        if (m.startsWith("local")) {
            // a local run needs no web server, and talks to itself over the loopback only
            if (!conf.contains("spark.ui.enabled")) {
                b.config("spark.ui.enabled", "false");
            }
            if (!conf.contains("spark.driver.bindAddress")) {
                b.config("spark.driver.bindAddress", "127.0.0.1");
            }
            if (!conf.contains("spark.driver.host")) {
                b.config("spark.driver.host", "127.0.0.1");
            }
        }
        // algorithm 1: a task's output is moved into place only when the job commits, so a
        // task that failed half-way or lost to a speculative copy leaves nothing behind
        b.config("spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version", "1");
        return b.getOrCreate();
    }

    private int run(SparkSession spark, Settings settings, CommandLine cl, long jvmStartMillis, long started,
                    HeapSampler heap) throws IOException {
        Configuration hconf = spark.sparkContext().hadoopConfiguration();
        Path outPath = new Path(out);
        FileSystem outFs = outPath.getFileSystem(hconf);
        Path outQ = outFs.makeQualified(outPath);
        for (String p : paths) {
            Path base = InputLister.hasGlob(p) ? InputLister.globBase(new Path(p)) : new Path(p);
            Path q = base.getFileSystem(hconf).makeQualified(base);
            if ((q.toString() + "/").startsWith(outQ.toString() + "/")) {
                throw new CommandLine.ParameterException(cl, "the output folder must not be or contain an input: " + p);
            }
        }
        if (outFs.exists(outQ)) {
            FileStatus[] inside = outFs.isDirectory(outQ) ? outFs.listStatus(outQ) : new FileStatus[]{outFs.getFileStatus(outQ)};
            if (inside.length > 0) {
                if (!overwrite) {
                    throw new CommandLine.ParameterException(cl, "the output folder exists and is not empty: " + out
                            + " (--overwrite replaces it)");
                }
                outFs.delete(outQ, true);
            }
        }
        long sessionReady = System.currentTimeMillis();

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int cores = Math.max(1, jsc.defaultParallelism());
        List<Dataset<Row>> parts = new ArrayList<>();
        long listedFiles = 0;
        int excluded = 0;
        if (!paths.isEmpty()) {
            InputLister lister = new InputLister(hconf, excludes, outQ);
            for (String p : paths) {
                lister.add(p);
            }
            List<Row> rows = lister.rows();
            listedFiles = rows.size();
            excluded = lister.excluded();
            int slices = partitions != null ? partitions
                    : (int) Math.max(1, Math.min(rows.size(), Math.max(4L * cores, (rows.size() + 499) / 500)));
            JavaRDD<Row> rdd = jsc.parallelize(rows, slices);
            parts.add(spark.createDataFrame(rdd, Records.INPUT));
        }
        for (String t : tables) {
            parts.add(tableInputs(spark, t, cl));
        }
        Dataset<Row> inputs = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            inputs = inputs.unionByName(parts.get(i));
        }
        if (!tables.isEmpty()) {
            int n = inputs.rdd().getNumPartitions();
            if (partitions != null && (paths.isEmpty() || n != partitions)) {
                inputs = inputs.repartition(partitions);
            } else if (partitions == null && n < 2 * cores) {
                inputs = inputs.repartition(2 * cores);
            }
        }
        long listed = System.currentTimeMillis();

        JobCounters counters = new JobCounters(spark.sparkContext());
        Path work = new Path(outQ, "_work");
        String processedPath = new Path(work, "processed").toString();
        Map<String, Object> manifest = new LinkedHashMap<>();
        long processedAt = listed;
        long written = listed;
        Map<String, Object> figures = new LinkedHashMap<>();
        String failure = null;
        try {
            spark.sparkContext().setJobDescription("vigie: process the documents");
            inputs.mapPartitions(new DocumentProcessor(settings, new HadoopConf(hconf), counters), Encoders.row(Records.PROCESSED))
                    .write().mode(SaveMode.ErrorIfExists).parquet(processedPath);
            processedAt = System.currentTimeMillis();

            Dataset<Row> staged = spark.read().schema(Records.PROCESSED).parquet(processedPath);
            spark.sparkContext().setJobDescription("vigie: write the outputs");
            staged.select(col("json")).write().mode(SaveMode.ErrorIfExists).text(new Path(outQ, "jsonl").toString());
            staged.select(Records.documentColumns()).write().mode(SaveMode.ErrorIfExists)
                    .parquet(new Path(outQ, "documents").toString());
            staged.select(col("source"), col("document_id"), col("input_id"), explode(col("claim_rows")).as("c"))
                    .select(Records.claimColumns()).write().mode(SaveMode.ErrorIfExists)
                    .parquet(new Path(outQ, "claims").toString());
            staged.select(col("source"), col("document_id"), col("input_id"), explode(col("temporal_rows")).as("t"))
                    .select(Records.temporalColumns()).write().mode(SaveMode.ErrorIfExists)
                    .parquet(new Path(outQ, "temporal_expressions").toString());
            written = System.currentTimeMillis();

            spark.sparkContext().setJobDescription("vigie: count the outputs");
            figures = figures(spark, staged, outQ);
            outFs.delete(work, true);
        } catch (Exception e) { // SparkException is checked
            failure = e.getClass().getSimpleName() + ": " + (e.getMessage() == null ? "" : firstLine(e.getMessage()));
        }
        long ended = System.currentTimeMillis();

        long documents = ((Number) figures.getOrDefault("documents", 0L)).longValue();
        boolean complete = failure == null && (paths.isEmpty() || documents >= listedFiles);
        if (failure == null && !complete) {
            failure = listedFiles + " inputs listed but " + documents + " records written";
        }
        manifest.put("manifestVersion", MANIFEST_VERSION);
        manifest.put("status", complete ? "complete" : "failed");
        manifest.put("failure", failure);
        manifest.put("started", Instant.ofEpochMilli(started).toString());
        manifest.put("ended", Instant.ofEpochMilli(ended).toString());
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("paths", paths);
        in.put("tables", tables);
        in.put("filesListed", listedFiles);
        in.put("filesExcluded", excluded);
        manifest.put("inputs", in);
        manifest.putAll(figures);
        Map<String, Object> seconds = new LinkedHashMap<>();
        seconds.put("total", (ended - started) / 1000.0);
        seconds.put("jvmStartToSession", (sessionReady - jvmStartMillis) / 1000.0);
        seconds.put("listing", (listed - sessionReady) / 1000.0);
        seconds.put("processing", (processedAt - listed) / 1000.0);
        seconds.put("writingTables", (written - processedAt) / 1000.0);
        manifest.put("seconds", seconds);
        double processing = (processedAt - listed) / 1000.0;
        manifest.put("documentsPerSecond", processing <= 0 ? 0 : Math.round(documents / processing * 1000) / 1000.0);
        Map<String, Object> attempts = counters.values();
        manifest.put("attempts", attempts);
        Map<String, Object> sparkInfo = new LinkedHashMap<>();
        sparkInfo.put("version", spark.version());
        sparkInfo.put("master", spark.sparkContext().master());
        sparkInfo.put("applicationId", spark.sparkContext().applicationId());
        sparkInfo.put("defaultParallelism", cores);
        sparkInfo.put("inputPartitions", failure == null ? inputs.rdd().getNumPartitions() : null);
        manifest.put("spark", sparkInfo);
        // the driver's JVM; in local mode it is the executor too, so these are the whole job's
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("peakHeapBytes", heap.peakBytes());
        driver.put("peakRssBytes", Memory.peakRssBytes());
        manifest.put("driver", driver);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("timeoutSeconds", timeoutSeconds);
        options.put("maxBytes", maxBytes);
        options.put("includeText", includeText);
        options.put("fullNlp", fullNlp);
        options.put("date", date);
        options.put("models", models);
        options.put("schemaVersion", JsonOutput.SCHEMA_VERSION);
        manifest.put("options", options);
        writeManifest(outFs, new Path(outQ, MANIFEST), manifest);

        if (!quiet) {
            err.println(summary(manifest));
        }
        return complete ? 0 : 1;
    }

    private Dataset<Row> tableInputs(SparkSession spark, String table, CommandLine cl) {
        String format = tableFormat;
        if (format.equals("auto")) {
            String t = table.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.(gz|bz2|zst)$", "");
            format = t.endsWith(".jsonl") || t.endsWith(".json") || t.endsWith(".ndjson") ? "jsonl" : "parquet";
        }
        Dataset<Row> d = format.equals("jsonl") ? spark.read().json(table) : spark.read().parquet(table);
        List<String> names = List.of(d.columns());
        if (!names.contains("id") || !names.contains("text")) {
            throw new CommandLine.ParameterException(cl, "the table " + table + " needs the columns id and text; it has " + names);
        }
        Column text = col("text").cast(DataTypes.StringType);
        Column id = col("id").cast(DataTypes.StringType);
        return d.select(
                lit(null).cast(DataTypes.StringType).as("path"),
                coalesce(id, lit("(no id)")).as("name"),
                lit(null).cast(DataTypes.StringType).as("problem_code"),
                lit(null).cast(DataTypes.StringType).as("problem"),
                text.as("text"),
                id.as("input_id"),
                optional(d, "source").as("input_source"),
                optional(d, "url").as("input_url"),
                dateColumn(d).as("date"));
    }

    private static Column optional(Dataset<Row> d, String name) {
        return List.of(d.columns()).contains(name) ? col(name).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
    }

    /** A table's date as YYYY-MM-DD (a date or timestamp column) or as written (a string). */
    private static Column dateColumn(Dataset<Row> d) {
        for (StructField f : d.schema().fields()) {
            if (f.name().equals("date")) {
                DataType t = f.dataType();
                if (t == DataTypes.DateType || t == DataTypes.TimestampType || t == DataTypes.TimestampNTZType) {
                    return date_format(col("date"), "yyyy-MM-dd");
                }
                return col("date").cast(DataTypes.StringType);
            }
        }
        return lit(null).cast(DataTypes.StringType);
    }

    private static Map<String, Object> figures(SparkSession spark, Dataset<Row> staged, Path out) {
        List<Row> groups = staged.groupBy(col("status"), col("error_code"))
                .agg(count(lit(1)).as("n"), sum(col("claims")).as("c"), sum(col("temporal_expressions")).as("t"))
                .collectAsList();
        long documents = 0;
        long ok = 0;
        long claims = 0;
        long temporal = 0;
        Map<String, Long> byCode = new TreeMap<>();
        for (Row g : groups) {
            long n = g.getLong(2);
            documents += n;
            if ("ok".equals(g.getString(0))) {
                ok += n;
                claims += g.isNullAt(3) ? 0 : g.getLong(3);
                temporal += g.isNullAt(4) ? 0 : g.getLong(4);
            } else {
                byCode.merge(g.getString(1), n, Long::sum);
            }
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("documents", documents);
        f.put("ok", ok);
        f.put("errors", documents - ok);
        f.put("errorsByCode", byCode);
        f.put("claims", claims);
        f.put("temporalExpressions", temporal);
        Map<String, Object> rows = new LinkedHashMap<>();
        // read back from the committed files (Parquet footers): what a reader of the output gets
        for (String t : List.of("documents", "claims", "temporal_expressions")) {
            rows.put(t, spark.read().parquet(new Path(out, t).toString()).count());
        }
        f.put("tableRows", rows);
        return f;
    }

    private static void writeManifest(FileSystem fs, Path file, Map<String, Object> manifest) throws IOException {
        ObjectMapper m = JsonOutput.mapper();
        try (OutputStream o = fs.create(file, true)) {
            m.writerWithDefaultPrettyPrinter().writeValue(o, manifest);
        }
    }

    @SuppressWarnings("unchecked")
    private static String summary(Map<String, Object> m) {
        StringBuilder b = new StringBuilder();
        b.append("vigie-spark: ").append(m.get("status"));
        if (m.get("failure") != null) {
            b.append(" (").append(m.get("failure")).append(')');
        }
        b.append(": ").append(m.getOrDefault("documents", 0)).append(" documents, ")
                .append(m.getOrDefault("ok", 0)).append(" ok, ").append(m.getOrDefault("errors", 0)).append(" errors");
        Object byCode = m.get("errorsByCode");
        if (byCode instanceof Map<?, ?> bc && !bc.isEmpty()) {
            b.append(' ').append(bc);
        }
        b.append(", ").append(m.getOrDefault("claims", 0)).append(" claims, ")
                .append(m.getOrDefault("temporalExpressions", 0)).append(" temporal expressions");
        Map<String, Object> s = (Map<String, Object>) m.get("seconds");
        b.append("; ").append(s.get("total")).append(" s (processing ").append(s.get("processing")).append(" s, ")
                .append(m.get("documentsPerSecond")).append(" documents/s)");
        Map<String, Object> a = (Map<String, Object>) m.get("attempts");
        b.append("; models loaded ").append(a.get("modelLoads")).append(" time(s)");
        return b.toString();
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
