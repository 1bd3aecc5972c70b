package fr.vigie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.bench.BenchCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The Spark job against {@code vigie extract} on the same documents: the bench articles of
 * {@code vigie bench} (paragraphs of samples/*.txt recombined with a fixed seed) written as
 * files, then, for each thread count, {@code vigie extract --threads N --format jsonl} and
 * the job in {@code local[N]}, each in a JVM of its own with the same heap, taking turns
 * run by run. Figures per run: wall time of the process, and documents per second over it;
 * steady documents per second (the command line: its manifest's files per second, timed
 * from its first document; the job: documents over its processing stage less the model
 * load); start-up (the command line: the wall time before its first document, the JVM and
 * the models; the job: the JVM, the Spark session, the listing and the model load). What
 * the job spends after the processing stage, writing the tables from the staging table,
 * is in its wall time only. Not a test: figures depend on the machine and its load.
 */
@Command(name = "vigie-spark-bench", mixinStandardHelpOptions = true,
        description = "Documents per second of the Spark job in local[N] against vigie extract --threads N.")
public final class SparkBench implements Callable<Integer> {

    @Option(names = "--docs", defaultValue = "1000", description = "Number of documents (default ${DEFAULT-VALUE}).")
    int docs;
    @Option(names = "--chars", defaultValue = "4000", description = "Characters per document, about (default ${DEFAULT-VALUE}).")
    int chars;
    @Option(names = "--seed", defaultValue = "20241123", description = "Seed of the corpus (default ${DEFAULT-VALUE}, as vigie bench).")
    long seed;
    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts (default ${DEFAULT-VALUE}).")
    List<Integer> threads;
    @Option(names = "--passes", defaultValue = "1", description = "Runs of each (default ${DEFAULT-VALUE}); the median is reported.")
    int passes;
    @Option(names = "--samples", defaultValue = "samples", description = "Sample articles to recombine (default ${DEFAULT-VALUE}).")
    Path samples;
    @Option(names = "--vigie-jar", defaultValue = "target/vigie.jar", description = "The CLI jar (default ${DEFAULT-VALUE}).")
    Path vigieJar;
    @Option(names = "--spark-jar", defaultValue = "spark/target/vigie-spark.jar", description = "The job's jar (default ${DEFAULT-VALUE}).")
    Path sparkJar;
    @Option(names = "--heap", defaultValue = "2g", description = "-Xmx of every JVM (default ${DEFAULT-VALUE}).")
    String heap;
    @Option(names = "--work", defaultValue = "target/spark-bench", description = "Working folder (default ${DEFAULT-VALUE}); emptied first.")
    Path work;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }

    record Run(String what, int threads, double wallSeconds, double steadyDocsPerSecond, double startupSeconds,
               long documents, long claims, long peakRssBytes, String loadAverage) { }

    @Override
    public Integer call() throws Exception {
        deleteTree(work);
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        List<String> texts = BenchCorpus.generate(samples, docs, chars, seed);
        for (int i = 0; i < texts.size(); i++) {
            Files.writeString(corpus.resolve(String.format("doc-%05d.txt", i)), texts.get(i), StandardCharsets.UTF_8);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Run> runs = new ArrayList<>();
        for (int p = 0; p < passes; p++) {
            for (int t : threads) {
                runs.add(cli(java, corpus, t, p));
                runs.add(spark(java, corpus, t, p));
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", Instant.now().toString());
        report.put("documents", docs);
        report.put("characters", texts.stream().mapToLong(String::length).sum());
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("java", System.getProperty("java.version"));
        report.put("heap", heap);
        report.put("runs", runs);
        System.out.printf("%d documents (%d characters), %d cores, Java %s, -Xmx%s, %d pass(es), median%n%n", docs,
                (long) report.get("characters"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), heap, passes);
        System.out.println("| run | threads | wall s | docs/s, whole run | steady docs/s | start-up s | claims | peak RSS |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        Map<String, Double> steady = new LinkedHashMap<>();
        for (int t : threads) {
            for (String what : List.of("vigie extract", "vigie-spark")) {
                List<Run> rs = runs.stream().filter(r -> r.what.equals(what) && r.threads == t).toList();
                double wall = median(rs.stream().map(Run::wallSeconds).toList());
                double rate = median(rs.stream().map(Run::steadyDocsPerSecond).toList());
                double start = median(rs.stream().map(Run::startupSeconds).toList());
                steady.put(what + " " + t, rate);
                double rss = median(rs.stream().map(r -> (double) r.peakRssBytes).toList());
                System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %.2f GB |%n", what, t, wall,
                        rs.get(0).documents / wall, rate, start, rs.get(0).claims, rss / 1e9);
            }
        }
        System.out.println();
        for (Run r : runs) {
            System.out.printf("%s, %d thread(s): %.1f s, %.1f docs/s steady, load average at its end %s%n",
                    r.what, r.threads, r.wallSeconds, r.steadyDocsPerSecond, r.loadAverage);
        }
        System.out.println();
        for (int t : threads) {
            double ratio = steady.get("vigie-spark " + t) / steady.get("vigie extract " + t);
            System.out.printf("Spark local[%d] / vigie extract --threads %d: %.3f of the steady throughput%n", t, t, ratio);
        }
        report.put("steadyDocsPerSecond", steady);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(work.resolve("bench.json").toFile(), report);
        return 0;
    }

    private Run cli(String java, Path corpus, int t, int pass) throws IOException, InterruptedException {
        Path out = work.resolve("cli-" + t + "-" + pass + ".jsonl");
        Path manifest = work.resolve("cli-" + t + "-" + pass + ".json");
        double wall = exec(List.of(java, "-Xmx" + heap, "-jar", vigieJar.toString(), "extract", corpus.toString(),
                "--threads", "" + t, "--format", "jsonl", "--out", out.toString(), "--manifest", manifest.toString(), "--quiet"));
        JsonNode m = new ObjectMapper().readTree(manifest.toFile());
        double rate = m.path("filesPerSecond").asDouble();
        long n = m.path("inputs").path("processed").asLong();
        // start-up: the JVM and the model load, everything before the batch's first document
        return new Run("vigie extract", t, wall, rate, wall - m.path("seconds").asDouble(), n, m.path("claims").asLong(),
                m.path("peakRssBytes").asLong(), loadAverage());
    }

    private Run spark(String java, Path corpus, int t, int pass) throws IOException, InterruptedException {
        Path out = work.resolve("spark-" + t + "-" + pass);
        double wall = exec(List.of(java, "-Xmx" + heap, "-jar", sparkJar.toString(), "--master", "local[" + t + "]",
                corpus.toString(), "--out", out.toString(), "--quiet"));
        JsonNode m = new ObjectMapper().readTree(out.resolve(VigieSparkJob.MANIFEST).toFile());
        long n = m.path("documents").asLong();
        double loads = Math.max(1, m.path("attempts").path("modelLoads").asDouble());
        double processing = m.path("seconds").path("processing").asDouble()
                - m.path("attempts").path("modelLoadSeconds").asDouble() / loads;
        double rate = n / processing;
        // start-up: the JVM, the Spark session, the listing and the model load
        double startup = m.path("seconds").path("jvmStartToSession").asDouble() + m.path("seconds").path("listing").asDouble()
                + m.path("attempts").path("modelLoadSeconds").asDouble() / loads;
        return new Run("vigie-spark", t, wall, rate, startup, n, m.path("claims").asLong(),
                m.path("driver").path("peakRssBytes").asLong(), loadAverage());
    }

    private static double exec(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).inheritIO().redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int rc = p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (rc != 0) {
            throw new IOException("exit code " + rc + ": " + String.join(" ", command));
        }
        return s;
    }

    /** The machine's load averages (1, 5, 15 minutes) at the end of a run, where the system tells them. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Comparator.naturalOrder());
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
        if (Files.exists(p)) {
            throw new IOException("cannot empty " + p + File.separator);
        }
    }
}
