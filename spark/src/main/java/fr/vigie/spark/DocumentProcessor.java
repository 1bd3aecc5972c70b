package fr.vigie.spark;

import fr.vigie.Result;
import fr.vigie.Source;
import fr.vigie.Vigie;
import fr.vigie.model.ErrorCode;
import fr.vigie.output.JsonOutput;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns a partition of {@link Records#INPUT} rows into as many {@link Records#PROCESSED}
 * rows, one at a time (a partition is never held in memory). Each input is processed by
 * the executor's shared {@link ExecutorVigie} on a worker thread, so that a document past
 * the time limit is left to its thread and becomes a {@code TIMEOUT} row while the task
 * goes on. Whatever happens to one input (unreadable, corrupt, too large, too slow, a bug)
 * becomes its error row: no input fails the task, and none is dropped.
 */
final class DocumentProcessor implements MapPartitionsFunction<Row, Row> {

    private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();
    /** The executor's worker threads: daemon, created as needed, so that one stuck past its limit holds no slot. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new ThreadFactory() {
        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "vigie-spark-worker-" + WORKER_NUMBER.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    private final Settings settings;
    private final HadoopConf conf;
    private final JobCounters counters;

    DocumentProcessor(Settings settings, HadoopConf conf, JobCounters counters) {
        this.settings = settings;
        this.conf = conf;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> inputs) {
        Vigie vigie = ExecutorVigie.get(settings, counters);
        JsonOutput json = new JsonOutput(settings.includeText());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public Row next() {
                if (!inputs.hasNext()) {
                    throw new NoSuchElementException();
                }
                Row in = inputs.next();
                long t0 = System.nanoTime();
                Result r = process(vigie, in);
                counters.processed(!r.isOk(), !r.isOk() && r.error().code() == ErrorCode.TIMEOUT, System.nanoTime() - t0);
                try {
                    return Records.processed(r, in, json);
                } catch (IOException | RuntimeException e) {
                    // the output of this result cannot be made: the input still gets its row
                    Result failed = Result.error(r.source(), r.id(), ErrorCode.INTERNAL_ERROR,
                            "the output could not be made: " + e);
                    try {
                        return Records.processed(failed, in, json);
                    } catch (IOException again) {
                        throw new IllegalStateException("cannot write the error record of " + r.source(), again);
                    }
                }
            }
        };
    }

    private Result process(Vigie vigie, Row in) {
        String name = in.getAs("name");
        String problem = in.getAs("problem");
        if (problem != null) {
            String code = in.getAs("problem_code");
            return Result.error(name, null, code == null ? ErrorCode.UNREADABLE : ErrorCode.valueOf(code), problem);
        }
        String date = in.getAs("date");
        Source source = new Source(name, null, date != null ? date : settings.date());
        String text = in.getAs("text");
        String path = in.getAs("path");
        Callable<Result> work = path != null
                ? () -> readFile(vigie, path, source)
                : () -> text == null
                ? Result.error(name, null, ErrorCode.NO_TEXT, "the row has no text")
                : vigie.process(text, source);
        return withTimeLimit(work, name);
    }

    private Result readFile(Vigie vigie, String path, Source source) {
        Path p = new Path(path);
        String shown = displayPath(p);
        try {
            FileSystem fs = p.getFileSystem(conf.get());
            FileStatus st = fs.getFileStatus(p);
            if (st.isDirectory()) {
                return Result.error(source.name(), null, ErrorCode.UNREADABLE, "a directory, not a file");
            }
            if (st.getLen() > settings.maxBytes()) {
                return Result.error(source.name(), null, ErrorCode.TOO_LARGE, "the input has " + st.getLen()
                        + " bytes or more, over the limit of " + settings.maxBytes() + " bytes");
            }
            try (InputStream in = fs.open(p)) {
                return vigie.process(in, source);
            }
        } catch (FileNotFoundException e) {
            return Result.error(source.name(), null, ErrorCode.NOT_FOUND, "no such file: " + shown);
        } catch (AccessControlException e) {
            return Result.error(source.name(), null, ErrorCode.UNREADABLE, "permission denied: " + shown);
        } catch (IOException e) {
            String m = e.getMessage();
            if (m != null && m.contains("Permission denied")) {
                return Result.error(source.name(), null, ErrorCode.UNREADABLE, "permission denied: " + shown);
            }
            return Result.error(source.name(), null, ErrorCode.UNREADABLE, "cannot read " + shown + ": " + m);
        }
    }

    private static String displayPath(Path p) {
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
    }

    private Result withTimeLimit(Callable<Result> work, String name) {
        Future<Result> f;
        try {
            f = WORKERS.submit(work);
        } catch (RuntimeException e) {
            return Result.error(name, null, ErrorCode.INTERNAL_ERROR, "no worker thread: " + e);
        }
        try {
            return settings.timeoutMillis() > 0 ? f.get(settings.timeoutMillis(), TimeUnit.MILLISECONDS) : f.get();
        } catch (TimeoutException e) {
            // interrupts the worker: the pipeline checks between stages and stops; a thread that
            // does not stop is left (Java cannot kill it) and the next input gets a new one
            f.cancel(true);
            return Result.error(name, null, ErrorCode.TIMEOUT, "processing took longer than the limit of "
                    + seconds(settings.timeoutMillis()) + "; the document was left and the run went on");
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            return Result.error(name, null, ErrorCode.INTERNAL_ERROR,
                    c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage()));
        } catch (InterruptedException e) {
            // Spark is killing this task (the job was cancelled, or another attempt won): stop, write nothing
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the task was interrupted while processing " + name, e);
        }
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : (millis / 1000.0) + " s";
    }
}
