package fr.vigie.cli;

import fr.vigie.Result;
import fr.vigie.batch.BatchInput;
import fr.vigie.batch.BatchRunner;
import fr.vigie.batch.RunStats;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Shows how a batch run is going, on standard error: a progress bar on a terminal (files
 * done / listed, files per second, time left, errors so far), or a plain line every
 * {@link #LOG_EVERY_NANOS 10 seconds} otherwise (a log file, a pipe). The total is the
 * count of inputs listed so far until listing ends, so early estimates are rough.
 */
abstract class Progress implements BatchRunner.Listener, AutoCloseable {

    static final long LOG_EVERY_NANOS = 10_000_000_000L;

    enum Mode { auto, bar, log, none }

    static Progress create(Mode mode, PrintWriter err) {
        Mode m = mode;
        if (m == Mode.auto) {
            m = System.console() != null ? Mode.bar : Mode.log;
        }
        return switch (m) {
            case bar -> new Bar();
            case log -> new Log(err);
            default -> new None();
        };
    }

    @Override
    public abstract void close();

    /** Shows nothing. */
    static final class None extends Progress {
        @Override
        public void close() {
        }
    }

    /** A terminal progress bar (me.tongfei progressbar). */
    static final class Bar extends Progress {
        private final ProgressBar bar;

        Bar() {
            bar = new ProgressBarBuilder().setTaskName("vigie").setInitialMax(-1)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(500).setUnit(" files", 1).showSpeed().setSpeedUnit(ChronoUnit.SECONDS)
                    .continuousUpdate().build();
        }

        @Override
        public void listed(int seen) {
            bar.maxHint(seen);
        }

        @Override
        public void listingDone(int total) {
            bar.maxHint(total);
        }

        @Override
        public void done(BatchInput input, Result result, RunStats stats) {
            bar.stepTo(stats.done());
            bar.setExtraMessage(stats.errors() + " errors" + (stats.skipped() > 0 ? ", " + stats.skipped() + " skipped" : ""));
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** Plain lines for logs. */
    static final class Log extends Progress {
        private final PrintWriter err;
        private final long started = System.nanoTime();
        private long last = started;
        private volatile int seen;
        private volatile boolean listingDone;

        Log(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void listed(int n) {
            seen = n;
        }

        @Override
        public void listingDone(int total) {
            seen = total;
            listingDone = true;
        }

        @Override
        public synchronized void done(BatchInput input, Result result, RunStats stats) {
            long now = System.nanoTime();
            if (now - last < LOG_EVERY_NANOS) {
                return;
            }
            last = now;
            err.println(line(stats.done(), seen, listingDone, stats.processed(), stats.errors(), (now - started) / 1e9));
            err.flush();
        }

        @Override
        public void close() {
        }
    }

    /** One progress line: "vigie: 1200/5000 files (24%), 12.3 files/s, about 5 min left, 3 errors". */
    static String line(int done, int seen, boolean listingDone, int processed, int errors, double seconds) {
        double rate = seconds > 0 ? processed / seconds : 0;
        StringBuilder b = new StringBuilder("vigie: ").append(done).append('/').append(seen)
                .append(listingDone ? "" : "+").append(" files");
        if (listingDone && seen > 0) {
            b.append(String.format(Locale.ROOT, " (%d%%)", Math.round(100.0 * done / seen)));
        }
        b.append(String.format(Locale.ROOT, ", %.1f files/s", rate));
        if (listingDone && rate > 0) {
            b.append(", about ").append(duration((seen - done) / rate)).append(" left");
        }
        return b.append(", ").append(errors).append(errors == 1 ? " error" : " errors").toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
