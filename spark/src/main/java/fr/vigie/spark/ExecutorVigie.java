package fr.vigie.spark;

import fr.vigie.Vigie;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one {@link Vigie} of this JVM (an executor, or the driver in local mode): loaded by
 * the first task that needs it, then shared by every task thread of the executor for the
 * rest of its life. Models are never loaded per row or per partition: a Vigie is about
 * 260 MB of models and takes seconds to load, and it is safe to share between threads.
 *
 * <p>Should a task ask for other models or limits than the loaded ones (another job in the
 * same JVM), the new Vigie replaces the old one.
 */
public final class ExecutorVigie {

    private static final AtomicInteger LOADS = new AtomicInteger();
    private static volatile Loaded loaded;

    private ExecutorVigie() {
    }

    private record Loaded(Settings.ModelKey key, Vigie vigie, long loadNanos) { }

    /** The executor's Vigie for these settings, loaded at the first call (counted when counters are given). */
    static Vigie get(Settings settings, JobCounters counters) {
        Settings.ModelKey key = settings.modelKey();
        Loaded l = loaded;
        if (l != null && l.key.equals(key)) {
            return l.vigie;
        }
        synchronized (ExecutorVigie.class) {
            l = loaded;
            if (l == null || !l.key.equals(key)) {
                long t0 = System.nanoTime();
                Vigie v = settings.load();
                long took = System.nanoTime() - t0;
                l = new Loaded(key, v, took);
                loaded = l;
                LOADS.incrementAndGet();
                if (counters != null) {
                    counters.modelLoaded(took);
                }
            }
            return l.vigie;
        }
    }

    /** How many times a Vigie was loaded in this JVM. */
    public static int loads() {
        return LOADS.get();
    }
}
