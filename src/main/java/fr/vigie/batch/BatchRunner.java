package fr.vigie.batch;

import fr.vigie.Result;
import fr.vigie.Source;
import fr.vigie.Vigie;
import fr.vigie.model.ErrorCode;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one {@link Vigie} (models loaded once, shared) over many inputs with N worker
 * threads, and gives every input exactly one output record.
 *
 * <p><b>Memory.</b> Inputs are listed on the calling thread into a bounded queue (four per
 * worker): listing waits when workers are busy, so memory does not grow with the corpus.
 * Results are written by the worker that made them and then dropped.
 *
 * <p><b>Time limit.</b> CoreNLP cannot be interrupted in the middle of a call. A watchdog
 * thread looks at the running documents; one that has run longer than the limit gets its
 * {@code TIMEOUT} error record written at once, its worker thread is interrupted (the
 * pipeline checks between stages and stops) and <em>retired</em>: a new worker thread
 * takes its place, so a stuck document never holds a slot of the run. When the retired
 * thread comes back, whatever it made is thrown away and it ends. A thread stuck for good
 * stays alive (Java cannot kill it) until the end of the process; the run report counts
 * these as {@code abandonedWorkers}.
 *
 * <p><b>Output failure.</b> An {@link IOException} from the sink (a full disk, a folder
 * that cannot be written) stops the run: no new input is started, the sink is
 * {@linkplain ResultSink#abort() aborted}, and the report carries the failure.
 */
public final class BatchRunner {

    /** Turns one input into its result; must not throw for bad input. */
    @FunctionalInterface
    public interface Processor {
        Result process(BatchInput input);
    }

    /** Lists the inputs of a run, handing each to the consumer in order. */
    @FunctionalInterface
    public interface Inputs {
        void forEach(Consumer<BatchInput> consumer);
    }

    /** Told about the progress of a run; called from several threads. */
    public interface Listener {
        /** One more input was listed; {@code seen} is the count so far. */
        default void listed(int seen) {
        }

        /** Listing is over: {@code total} inputs. */
        default void listingDone(int total) {
        }

        /** An input is done: {@code result} is null when it was skipped (its output is current). */
        default void done(BatchInput input, Result result, RunStats stats) {
        }
    }

    private final Processor processor;
    private final int threads;
    private final Duration timeout;
    private final boolean force;
    private final Listener listener;
    private final Runnable prepare;

    private BatchRunner(Builder b) {
        this.processor = b.processor;
        this.threads = b.threads;
        this.timeout = b.timeout;
        this.force = b.force;
        this.listener = b.listener;
        this.prepare = b.prepare;
    }

    /** A runner over a Vigie; {@code sources} gives each input's {@link Source} (name, fallback date). */
    public static Builder builder(Vigie vigie, Function<String, Source> sources) {
        Objects.requireNonNull(vigie, "vigie");
        return new Builder(input -> input.problem() != null
                ? Result.error(input.source(), null, ErrorCode.UNREADABLE, input.problem())
                : vigie.process(input.file(), sources.apply(input.name())));
    }

    /** A runner over any processor (tests, other front ends). */
    public static Builder builder(Processor processor) {
        return new Builder(Objects.requireNonNull(processor, "processor"));
    }

    /**
     * Runs over the inputs, writing to the sink, and closes (or, on failure, aborts) the
     * sink. Never throws for bad input or output failure: the report says what happened.
     */
    public RunReport run(Inputs inputs, ResultSink sink) {
        return new Run(sink).execute(inputs);
    }

    /** Options of a runner. */
    public static final class Builder {
        private final Processor processor;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Duration timeout;
        private boolean force;
        private Listener listener = new Listener() { };
        private Runnable prepare = () -> { };

        private Builder(Processor processor) {
            this.processor = processor;
        }

        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = n;
            return this;
        }

        /** Longest time for one input; null or zero for none. */
        public Builder timeout(Duration d) {
            this.timeout = d == null || d.isZero() || d.isNegative() ? null : d;
            return this;
        }

        /** Process inputs even when their output is current. */
        public Builder force(boolean f) {
            this.force = f;
            return this;
        }

        public Builder listener(Listener l) {
            this.listener = Objects.requireNonNull(l);
            return this;
        }

        /**
         * Runs once, before the first input that is not skipped is processed, and outside any
         * input's time limit: where the processor's models are loaded only when there is work
         * (a re-run whose outputs are all current loads nothing). When it throws, the run stops
         * with that failure.
         */
        public Builder prepare(Runnable once) {
            this.prepare = Objects.requireNonNull(once);
            return this;
        }

        public BatchRunner build() {
            return new BatchRunner(this);
        }
    }

    /** One input on its way: resolved exactly once, by its worker or by the watchdog. */
    private static final class Job {
        final BatchInput input;
        final ResultSink.Slot slot;
        final AtomicBoolean resolved = new AtomicBoolean();
        volatile long startedNanos;

        Job(BatchInput input, ResultSink.Slot slot) {
            this.input = input;
            this.slot = slot;
        }
    }

    private static final class StopListing extends RuntimeException {
        StopListing() {
            super(null, null, false, false);
        }
    }

    private final class Run {
        private final ResultSink sink;
        private final BlockingQueue<Job> queue = new ArrayBlockingQueue<>(Math.max(4, threads * 4));
        private final RunStats stats = new RunStats();
        private final Object lock = new Object();
        private final Object prepareLock = new Object();
        private boolean preparedOnce;
        private volatile String prepareFailure;
        /** The document each live worker is on (guarded by lock). */
        private final Map<Worker, Job> running = new IdentityHashMap<>();
        private final List<Thread> abandoned = new ArrayList<>();
        private int liveWorkers;
        /** TIMEOUT records decided by the watchdog and not yet written (guarded by lock). */
        private int pendingTimeouts;
        private int workerNumber;
        private volatile boolean listingDone;
        private volatile boolean stopped;
        private volatile String failure;
        private final HeapSampler heap = new HeapSampler();

        Run(ResultSink sink) {
            this.sink = sink;
        }

        RunReport execute(Inputs inputs) {
            long started = System.nanoTime();
            heap.start();
            synchronized (lock) {
                for (int i = 0; i < threads; i++) {
                    startWorker();
                }
            }
            Thread watchdog = timeout == null ? null : startWatchdog();
            try {
                inputs.forEach(this::enqueue);
            } catch (StopListing e) {
                // the run stopped on an output failure
            } catch (RuntimeException e) {
                fail("listing the inputs failed: " + e);
            } finally {
                listingDone = true;
                listener.listingDone(stats.seen());
            }
            synchronized (lock) {
                while (liveWorkers > 0 || pendingTimeouts > 0) {
                    try {
                        lock.wait(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        fail("the run was interrupted");
                        break;
                    }
                }
            }
            if (watchdog != null) {
                watchdog.interrupt();
            }
            if (failure == null) {
                try {
                    sink.close();
                } catch (IOException e) {
                    fail("cannot finish the output: " + describe(e));
                    sink.abort();
                }
            } else {
                sink.abort();
            }
            heap.stop();
            int stillStuck;
            synchronized (lock) {
                stillStuck = (int) abandoned.stream().filter(Thread::isAlive).count();
            }
            return stats.report(threads, timeout, (System.nanoTime() - started) / 1e9, heap.peakBytes(),
                    Memory.peakRssBytes(), abandoned.size(), stillStuck, failure);
        }

        private void enqueue(BatchInput input) {
            if (stopped) {
                throw new StopListing();
            }
            ResultSink.Slot slot;
            try {
                slot = sink.reserve(input.name());
            } catch (IOException e) {
                fail("cannot prepare the output of " + input.name() + ": " + describe(e));
                throw new StopListing();
            }
            listener.listed(stats.listed());
            Job job = new Job(input, slot);
            try {
                while (!queue.offer(job, 100, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new StopListing();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("the run was interrupted");
                throw new StopListing();
            }
        }

        /** Caller holds lock. */
        private void startWorker() {
            Worker w = new Worker();
            Thread t = new Thread(w, "vigie-worker-" + ++workerNumber);
            w.thread = t;
            t.setDaemon(true);
            liveWorkers++;
            t.start();
        }

        private Thread startWatchdog() {
            long limit = timeout.toNanos();
            long period = Math.max(10, Math.min(250, timeout.toMillis() / 4));
            Thread t = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(period);
                    } catch (InterruptedException e) {
                        return;
                    }
                    List<Job> late = new ArrayList<>();
                    synchronized (lock) {
                        long now = System.nanoTime();
                        for (var it = running.entrySet().iterator(); it.hasNext(); ) {
                            var e = it.next();
                            Job job = e.getValue();
                            if (now - job.startedNanos > limit && job.resolved.compareAndSet(false, true)) {
                                Worker w = e.getKey();
                                it.remove();
                                w.retired = true;
                                w.thread.interrupt();
                                abandoned.add(w.thread);
                                liveWorkers--;
                                late.add(job);
                                pendingTimeouts++;
                                if (!stopped) {
                                    startWorker();
                                }
                            }
                        }
                        lock.notifyAll();
                    }
                    for (Job job : late) {
                        record(job, Result.error(job.input.source(), null, ErrorCode.TIMEOUT,
                                "processing took longer than the limit of " + seconds(timeout)
                                        + "; the document was left and the run went on"));
                        synchronized (lock) {
                            pendingTimeouts--;
                            lock.notifyAll();
                        }
                    }
                }
            }, "vigie-watchdog");
            t.setDaemon(true);
            t.start();
            return t;
        }

        private final class Worker implements Runnable {
            Thread thread;
            volatile boolean retired;

            @Override
            public void run() {
                try {
                    loop();
                } finally {
                    synchronized (lock) {
                        running.remove(this);
                        if (!retired) {
                            liveWorkers--;
                        }
                        lock.notifyAll();
                    }
                }
            }

            private void loop() {
                while (!retired && !stopped) {
                    Job job;
                    try {
                        job = queue.poll(50, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        if (retired) {
                            return;
                        }
                        continue;
                    }
                    if (job == null) {
                        if (listingDone && queue.isEmpty()) {
                            return;
                        }
                        continue;
                    }
                    boolean skip;
                    try {
                        skip = !force && job.slot.upToDate(job.input);
                    } catch (RuntimeException e) {
                        skip = false;
                    }
                    if (!skip && !prepared()) {
                        return;
                    }
                    job.startedNanos = System.nanoTime();
                    synchronized (lock) {
                        running.put(this, job);
                    }
                    Result result;
                    try {
                        result = skip ? null : processor.process(job.input);
                    } catch (RuntimeException | Error e) {
                        result = Result.error(job.input.source(), null, ErrorCode.INTERNAL_ERROR,
                                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                    }
                    synchronized (lock) {
                        running.remove(this, job);
                    }
                    if (!job.resolved.compareAndSet(false, true)) {
                        return; // the watchdog gave this input its TIMEOUT record; this thread is retired
                    }
                    Thread.interrupted(); // an interrupt that came too late must not disturb the writing
                    if (skip) {
                        stats.addSkipped();
                        listener.done(job.input, null, stats);
                    } else {
                        record(job, result);
                    }
                }
            }
        }

        /** Runs the preparation once (other workers wait for it); false when it failed and the run stops. */
        private boolean prepared() {
            synchronized (prepareLock) {
                if (!preparedOnce) {
                    preparedOnce = true;
                    try {
                        prepare.run();
                    } catch (RuntimeException | Error e) {
                        prepareFailure = "cannot prepare the processing: " + describe(e);
                    }
                }
            }
            if (prepareFailure != null) {
                fail(prepareFailure);
                return false;
            }
            return true;
        }

        private void record(Job job, Result result) {
            if (stopped) {
                return;
            }
            try {
                job.slot.write(result);
            } catch (IOException | RuntimeException e) {
                fail("cannot write the output of " + job.input.name() + ": " + describe(e));
                return;
            }
            stats.add(result);
            listener.done(job.input, result, stats);
        }

        private void fail(String message) {
            synchronized (lock) {
                if (failure == null) {
                    failure = message;
                }
                stopped = true;
                lock.notifyAll();
            }
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    static String describe(Throwable e) {
        return IoErrors.describe(e);
    }
}
