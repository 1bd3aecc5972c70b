package fr.vigie.batch;

import fr.vigie.model.ErrorCode;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch run did. {@code seen} inputs were listed; each was either {@code processed}
 * (a result, {@code ok}, or an error record, {@code errors}) or {@code skipped} (its
 * output was current). When {@code failure} is not null the run stopped early (output
 * could not be written) and {@code seen - processed - skipped} inputs were left undone.
 *
 * @param peakHeapBytes    the largest used Java heap seen during the run (sampled)
 * @param peakRssBytes     the process's peak resident memory (Linux VmHWM), -1 when unknown
 * @param abandonedWorkers worker threads retired because their document ran past the time limit
 * @param stuckWorkers     of those, the ones still running when the run ended
 */
public record RunReport(int seen, int processed, int skipped, int ok, int errors, Map<ErrorCode, Integer> errorsByCode,
                        long claims, double seconds, int threads, double timeoutSeconds, long peakHeapBytes,
                        long peakRssBytes, int abandonedWorkers, int stuckWorkers, String failure) {

    public boolean complete() {
        return failure == null;
    }

    /** Inputs neither processed nor skipped (only when the run stopped). */
    public int undone() {
        return seen - processed - skipped;
    }

    /** Processed inputs per second of the run. */
    public double throughput() {
        return seconds <= 0 ? 0 : processed / seconds;
    }

    /** Error counts by code name, in name order. */
    public Map<String, Integer> errorsByName() {
        Map<String, Integer> m = new TreeMap<>();
        errorsByCode.forEach((k, v) -> m.put(k.name(), v));
        return m;
    }
}
