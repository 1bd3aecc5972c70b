package fr.vigie.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import fr.vigie.Result;
import fr.vigie.Source;
import fr.vigie.Vigie;
import fr.vigie.batch.HeapSampler;
import fr.vigie.batch.LiveHeap;
import fr.vigie.batch.Memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * Measures Vigie's full extraction, and the stock CoreNLP French pipeline (tokenize, ssplit,
 * mwt, pos, ner with CoreNLP's own French properties) on the same texts as a reference:
 * model load time, time to the first document, documents and tokens per second for each
 * thread count (median of the passes), peak heap and resident memory, and the heap still in
 * use after the collections of each tenth of Vigie's memory pass (what is live, which must
 * not grow with the corpus).
 *
 * <p>Vigie is loaded first and runs the corpus once alone: its memory figures are read
 * then, before the reference pipeline is loaded; the reference's memory figures are those
 * of the process with both loaded. Then, for each thread count, the two pipelines take
 * turns by blocks of {@value #BLOCK} documents, so that on a shared machine both meet the
 * same load; a pass of each is the sum of its blocks. Tokens per
 * second are counted in the reference's tokens for both (Vigie splits multi-word tokens
 * only in the sentences it tags).
 */
public final class Bench {

    /** What to run. */
    public record Options(List<String> texts, int[] threads, int passes, int warmup) { }

    /** Figures of one pipeline at one thread count. */
    public record Pass(int threads, double medianSeconds, double docsPerSecond, double tokensPerSecond,
                       double charsPerSecond, long tokens, double[] passSeconds) { }

    /** Figures of one pipeline. */
    public record Figures(String name, double loadSeconds, double firstDocumentSeconds,
                          double firstDocumentSinceJvmStartSeconds, List<Pass> passes, long peakHeapBytes,
                          long peakRssBytes, Map<String, Long> extra, List<LiveHeap.Stretch> live) { }

    /** Stretches of the memory pass over which the lowest heap after a collection is reported. */
    static final int STRETCHES = 10;

    private Bench() {
    }

    public static List<Figures> run(Options o, java.io.PrintWriter log) {
        long chars = o.texts().stream().mapToLong(String::length).sum();
        int mostThreads = Arrays.stream(o.threads()).max().orElse(1);

        // Vigie alone: load, first document, warm-up, one pass over the corpus for its memory figures
        HeapSampler heap = new HeapSampler();
        heap.start();
        long t0 = System.nanoTime();
        Vigie vigie = Vigie.create();
        double load = (System.nanoTime() - t0) / 1e9;
        Result first = vigie.process(o.texts().get(0), Source.named("bench-0"));
        double toFirst = (System.nanoTime() - t0) / 1e9;
        double sinceJvm = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        if (!first.isOk()) {
            throw new IllegalStateException("the first benchmark text failed: " + first.error());
        }
        log.printf("vigie: models loaded in %.1f s, first document after %.1f s%n", load, toFirst);
        log.flush();
        ToIntFunction<String> vigieRun = text -> {
            Result r = vigie.process(text, Source.named("bench"));
            if (!r.isOk()) {
                throw new IllegalStateException("a benchmark text failed: " + r.error());
            }
            return r.document().tokens().size();
        };
        warmUp(vigieRun, o);
        AtomicLong done = new AtomicLong();
        LiveHeap live = new LiveHeap(done::get);
        long t = System.nanoTime();
        runAll(text -> {
            int n = vigieRun.applyAsInt(text);
            done.incrementAndGet();
            return n;
        }, o.texts(), mostThreads);
        log.printf("vigie alone: %d thread(s), %.1f s (memory pass, not counted)%n", mostThreads,
                (System.nanoTime() - t) / 1e9);
        log.flush();
        heap.stop();
        live.close();
        List<LiveHeap.Stretch> vigieLive = live.stretches(o.texts().size(), STRETCHES);
        long vigieHeap = heap.peakBytes();
        long vigieRss = Memory.peakRssBytes();

        HeapSampler heap2 = new HeapSampler();
        heap2.start();
        // CoreNLP keeps loaded annotators in a static pool keyed by their settings: without
        // clearing it, the reference would reuse the POS and NER models Vigie loaded and its
        // load time would not be a load time. Vigie keeps its own references.
        StanfordCoreNLP.clearAnnotatorPool();
        t0 = System.nanoTime();
        StanfordCoreNLP stock = new StanfordCoreNLP(stockFrenchProperties());
        double load2 = (System.nanoTime() - t0) / 1e9;
        stock.annotate(new Annotation(o.texts().get(0)));
        double toFirst2 = (System.nanoTime() - t0) / 1e9;
        log.printf("corenlp: models loaded in %.1f s, first document after %.1f s%n", load2, toFirst2);
        log.flush();
        ToIntFunction<String> stockRun = text -> {
            Annotation a = new Annotation(text);
            stock.annotate(a);
            return a.get(CoreAnnotations.TokensAnnotation.class).size();
        };
        warmUp(stockRun, o);

        // the two pipelines take turns by blocks of documents, so that on a shared machine both
        // meet the same load: a pass of each is the sum of its blocks
        List<Pass> vigiePasses = new ArrayList<>();
        List<Pass> stockPasses = new ArrayList<>();
        for (int threads : o.threads()) {
            double[] vs = new double[o.passes()];
            double[] ss = new double[o.passes()];
            long stockTokens = 0;
            for (int p = 0; p < o.passes(); p++) {
                stockTokens = 0;
                for (int from = 0; from < o.texts().size(); from += BLOCK) {
                    List<String> block = o.texts().subList(from, Math.min(o.texts().size(), from + BLOCK));
                    vs[p] += timed(vigieRun, block, threads);
                    t = System.nanoTime();
                    stockTokens += runAll(stockRun, block, threads);
                    ss[p] += (System.nanoTime() - t) / 1e9;
                }
                log.printf("%d thread(s), pass %d: vigie %.1f s, corenlp %.1f s (%.2f× for vigie)%n", threads, p + 1,
                        vs[p], ss[p], ss[p] / vs[p]);
                log.flush();
            }
            // Vigie splits multi-word tokens ("du": "de" + "le") only in the sentences it tags:
            // tokens per second are counted in the reference's tokens of the same texts for both
            vigiePasses.add(pass(threads, vs, stockTokens, o.texts().size(), chars));
            stockPasses.add(pass(threads, ss, stockTokens, o.texts().size(), chars));
        }
        heap2.stop();
        List<Figures> out = new ArrayList<>();
        out.add(new Figures("vigie (full extraction)", load, toFirst, sinceJvm, vigiePasses, vigieHeap, vigieRss,
                Map.of(), vigieLive));
        out.add(new Figures("stock CoreNLP French (tokenize, ssplit, mwt, pos, ner)", load2, toFirst2, Double.NaN,
                stockPasses, Math.max(vigieHeap, heap2.peakBytes()), Memory.peakRssBytes(), Map.of(), List.of()));
        return out;
    }

    /** Documents a pipeline runs before the other takes its turn. */
    static final int BLOCK = 20;

    private static void warmUp(ToIntFunction<String> run, Options o) {
        for (int i = 0; i < Math.min(o.warmup(), o.texts().size()); i++) {
            run.applyAsInt(o.texts().get(i));
        }
    }

    private static double timed(ToIntFunction<String> run, List<String> texts, int threads) {
        long t = System.nanoTime();
        runAll(run, texts, threads);
        return (System.nanoTime() - t) / 1e9;
    }

    private static Pass pass(int threads, double[] seconds, long tokens, int docs, long chars) {
        double median = median(seconds);
        return new Pass(threads, median, docs / median, tokens / median, chars / median, tokens, seconds);
    }

    /** CoreNLP's own French properties (from the models jar), with the annotators up to ner. */
    static Properties stockFrenchProperties() {
        Properties p = new Properties();
        try (InputStream in = Bench.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-french.properties")) {
            if (in == null) {
                throw new IOException("StanfordCoreNLP-french.properties is not on the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.setProperty("annotators", "tokenize, ssplit, mwt, pos, ner");
        return p;
    }

    private static long runAll(ToIntFunction<String> run, List<String> texts, int threads) {
        if (threads == 1) {
            long tokens = 0;
            for (String t : texts) {
                tokens += run.applyAsInt(t);
            }
            return tokens;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> fs = new ArrayList<>();
            for (String t : texts) {
                fs.add(pool.submit(() -> run.applyAsInt(t)));
            }
            long tokens = 0;
            for (Future<Integer> f : fs) {
                tokens += f.get();
            }
            return tokens;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The figures as a map, for JSON. */
    public static Map<String, Object> tree(Options o, List<Figures> figures) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", o.texts().size());
        m.put("characters", o.texts().stream().mapToLong(String::length).sum());
        m.put("passes", o.passes());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        m.put("java", System.getProperty("java.version"));
        List<Object> list = new ArrayList<>();
        for (Figures f : figures) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("pipeline", f.name());
            x.put("loadSeconds", round(f.loadSeconds()));
            x.put("firstDocumentSeconds", round(f.firstDocumentSeconds()));
            if (!Double.isNaN(f.firstDocumentSinceJvmStartSeconds())) {
                x.put("firstDocumentSinceJvmStartSeconds", round(f.firstDocumentSinceJvmStartSeconds()));
            }
            List<Object> ps = new ArrayList<>();
            for (Pass p : f.passes()) {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("threads", p.threads());
                y.put("medianSeconds", round(p.medianSeconds()));
                y.put("docsPerSecond", round(p.docsPerSecond()));
                y.put("tokensPerSecond", Math.round(p.tokensPerSecond()));
                y.put("charsPerSecond", Math.round(p.charsPerSecond()));
                y.put("tokens", p.tokens());
                y.put("passSeconds", Arrays.stream(p.passSeconds()).map(Bench::round).toArray());
                ps.add(y);
            }
            x.put("runs", ps);
            x.put("peakHeapBytes", f.peakHeapBytes());
            x.put("peakRssBytes", f.peakRssBytes());
            x.putAll(f.extra());
            if (!f.live().isEmpty()) {
                List<Object> ls = new ArrayList<>();
                for (LiveHeap.Stretch st : f.live()) {
                    Map<String, Object> y = new LinkedHashMap<>();
                    y.put("fromDocument", st.fromDone());
                    y.put("toDocument", st.toDone());
                    y.put("collections", st.collections());
                    y.put("lowestHeapAfterCollectionBytes", st.lowestAfterBytes());
                    ls.add(y);
                }
                x.put("liveHeap", ls);
                x.put("liveHeapLowestBytes", lowest(f.live()));
                x.put("liveHeapHighestBytes", highest(f.live()));
            }
            list.add(x);
        }
        m.put("pipelines", list);
        return m;
    }

    /** A readable table. */
    public static String table(Options o, List<Figures> figures) {
        StringBuilder b = new StringBuilder();
        long chars = o.texts().stream().mapToLong(String::length).sum();
        b.append(String.format(java.util.Locale.ROOT, "%d documents, %d characters (%.0f per document), "
                        + "median of %d pass(es), %d cores, Java %s, -Xmx %s%n%n", o.texts().size(), chars,
                chars / (double) o.texts().size(), o.passes(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Memory.human(Runtime.getRuntime().maxMemory())));
        b.append(String.format(java.util.Locale.ROOT, "%-58s %7s %7s %7s %9s %10s %10s%n", "pipeline", "threads",
                "load s", "first s", "docs/s", "tokens/s", "peak heap"));
        for (Figures f : figures) {
            for (Pass p : f.passes()) {
                b.append(String.format(java.util.Locale.ROOT, "%-58s %7d %7.1f %7.1f %9.2f %10.0f %10s%n",
                        f.name(), p.threads(), f.loadSeconds(), f.firstDocumentSeconds(), p.docsPerSecond(),
                        p.tokensPerSecond(), Memory.human(f.peakHeapBytes())));
            }
        }
        Figures v = figures.get(0);
        b.append(String.format(java.util.Locale.ROOT, "%npeak RSS (VmHWM): %s with Vigie only, %s with both "
                        + "pipelines loaded; Vigie's first document %.1f s after the JVM started%n",
                Memory.human(v.peakRssBytes()), Memory.human(figures.get(figures.size() - 1).peakRssBytes()),
                v.firstDocumentSinceJvmStartSeconds()));
        if (!v.live().isEmpty()) {
            b.append(String.format(java.util.Locale.ROOT, "Vigie's live heap (lowest heap in use after a collection, "
                    + "by tenth of the memory pass): %s to %s;", Memory.human(lowest(v.live())),
                    Memory.human(highest(v.live()))));
            for (LiveHeap.Stretch st : v.live()) {
                b.append(' ').append(st.collections() == 0 ? "–" : Memory.human(st.lowestAfterBytes()));
            }
            b.append(System.lineSeparator());
        }
        if (figures.size() == 2) {
            for (int i = 0; i < Math.min(v.passes().size(), figures.get(1).passes().size()); i++) {
                Pass a = v.passes().get(i);
                Pass r = figures.get(1).passes().get(i);
                double[] ratios = new double[Math.min(a.passSeconds().length, r.passSeconds().length)];
                for (int p = 0; p < ratios.length; p++) {
                    ratios[p] = r.passSeconds()[p] / a.passSeconds()[p];
                }
                double[] sorted = ratios.clone();
                Arrays.sort(sorted);
                b.append(String.format(java.util.Locale.ROOT, "Vigie / stock CoreNLP, %d thread(s): %.2f× the "
                                + "documents per second (pass by pass: median %.2f×, %.2f–%.2f×)%n", a.threads(),
                        a.docsPerSecond() / r.docsPerSecond(), median(ratios), sorted[0], sorted[sorted.length - 1]));
            }
        }
        return b.toString();
    }

    private static long lowest(List<LiveHeap.Stretch> live) {
        return live.stream().mapToLong(LiveHeap.Stretch::lowestAfterBytes).filter(b -> b >= 0).min().orElse(-1);
    }

    private static long highest(List<LiveHeap.Stretch> live) {
        return live.stream().mapToLong(LiveHeap.Stretch::lowestAfterBytes).filter(b -> b >= 0).max().orElse(-1);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
