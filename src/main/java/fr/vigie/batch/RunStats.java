package fr.vigie.batch;

import fr.vigie.Result;
import fr.vigie.model.ErrorCode;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Counts of a run so far; thread-safe. */
public final class RunStats {

    private int seen;
    private int processed;
    private int skipped;
    private int ok;
    private int errors;
    private long claims;
    private final Map<ErrorCode, Integer> errorsByCode = new EnumMap<>(ErrorCode.class);

    synchronized int listed() {
        return ++seen;
    }

    synchronized void addSkipped() {
        skipped++;
    }

    synchronized void add(Result r) {
        processed++;
        if (r.isOk()) {
            ok++;
            claims += r.document().claims().size();
        } else {
            errors++;
            errorsByCode.merge(r.error().code(), 1, Integer::sum);
        }
    }

    public synchronized int seen() {
        return seen;
    }

    /** Inputs done: processed (results and error records written) plus skipped. */
    public synchronized int done() {
        return processed + skipped;
    }

    public synchronized int errors() {
        return errors;
    }

    public synchronized int processed() {
        return processed;
    }

    public synchronized int skipped() {
        return skipped;
    }

    synchronized RunReport report(int threads, Duration timeout, double seconds, long peakHeap, long peakRss,
                                  int abandoned, int stillStuck, String failure) {
        return new RunReport(seen, processed, skipped, ok, errors, Map.copyOf(errorsByCode), claims, seconds,
                threads, timeout == null ? 0 : timeout.toMillis() / 1000.0, peakHeap, peakRss, abandoned, stillStuck,
                failure);
    }
}
