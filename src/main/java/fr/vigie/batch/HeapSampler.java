package fr.vigie.batch;

/**
 * The largest used Java heap over a period, sampled every 100 ms on a daemon thread (and
 * at start and stop). Sampling can miss a short peak between two samples; it never
 * overstates one.
 */
public final class HeapSampler {

    private volatile long peak;
    private volatile Thread thread;

    public void start() {
        sample();
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sample();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "vigie-heap-sampler");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    public void stop() {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        sample();
    }

    public long peakBytes() {
        return peak;
    }

    private void sample() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        if (used > peak) {
            peak = used;
        }
    }
}
