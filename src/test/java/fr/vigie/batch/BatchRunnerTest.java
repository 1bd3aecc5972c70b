package fr.vigie.batch;

import fr.vigie.Result;
import fr.vigie.model.Document;
import fr.vigie.model.ErrorCode;
import fr.vigie.pipeline.Pipeline;
import fr.vigie.pipeline.Requirement;
import fr.vigie.pipeline.Stage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch runner without models: processors and sinks stand in for Vigie and the disk. */
class BatchRunnerTest {

    /** Keeps every record by input name; can be told to fail like a full disk. */
    static final class MemorySink implements ResultSink {
        final Map<String, List<Result>> written = Collections.synchronizedMap(new HashMap<>());
        final AtomicInteger writes = new AtomicInteger();
        final int failAfter;
        volatile boolean closed;
        volatile boolean aborted;

        MemorySink(int failAfter) {
            this.failAfter = failAfter;
        }

        @Override
        public Slot reserve(String name) {
            return r -> {
                if (writes.incrementAndGet() > failAfter) {
                    throw new IOException("No space left on device");
                }
                written.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(r);
            };
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public void abort() {
            aborted = true;
        }
    }

    private static BatchRunner.Inputs names(int n) {
        return consumer -> {
            for (int i = 0; i < n; i++) {
                consumer.accept(BatchInput.of(Path.of("f" + i + ".txt"), "f" + i + ".txt"));
            }
        };
    }

    private static Result ok(BatchInput in) {
        return Result.error(in.name(), "id", ErrorCode.NO_TEXT, "stands for a result in these tests");
    }

    @Test
    void everyInputGetsExactlyOneRecordWithSeveralThreads() {
        MemorySink sink = new MemorySink(Integer.MAX_VALUE);
        RunReport r = BatchRunner.builder(BatchRunnerTest::ok).threads(3).build().run(names(200), sink);
        assertTrue(r.complete(), r.failure());
        assertEquals(200, r.seen());
        assertEquals(200, r.processed());
        assertEquals(200, sink.written.size());
        sink.written.forEach((k, v) -> assertEquals(1, v.size(), k));
        assertTrue(sink.closed);
        assertFalse(sink.aborted);
        assertEquals(Map.of(ErrorCode.NO_TEXT, 200), r.errorsByCode());
    }

    @Test
    void listingWaitsForTheWorkersSoMemoryDoesNotGrowWithTheCorpus() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        int threads = 2;
        BatchRunner runner = BatchRunner.builder(in -> {
            started.incrementAndGet();
            return ok(in);
        }).threads(threads).listener(new BatchRunner.Listener() {
            @Override
            public void listed(int seen) {
                maxAhead.accumulateAndGet(seen - started.get(), Math::max);
            }
        }).build();
        RunReport r = runner.run(names(2000), new MemorySink(Integer.MAX_VALUE));
        assertEquals(2000, r.processed());
        // the queue holds four inputs per worker; one more is being handed over
        assertTrue(maxAhead.get() <= threads * 4 + 1 + threads, "inputs listed ahead of the workers: " + maxAhead);
    }

    @Test
    void aProcessorThatThrowsGivesAnInternalErrorRecordAndTheRunGoesOn() {
        MemorySink sink = new MemorySink(Integer.MAX_VALUE);
        RunReport r = BatchRunner.builder(in -> {
            if (in.name().equals("f3.txt")) {
                throw new IllegalStateException("boom");
            }
            return ok(in);
        }).threads(2).build().run(names(10), sink);
        assertEquals(10, sink.written.size());
        assertEquals(ErrorCode.INTERNAL_ERROR, sink.written.get("f3.txt").get(0).error().code());
        assertEquals(1, r.errorsByCode().get(ErrorCode.INTERNAL_ERROR));
    }

    @Test
    void aStuckDocumentBecomesATimeoutRecordAndDoesNotHoldItsSlot() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean stuckThreadSawTheInterrupt = new AtomicBoolean();
        MemorySink sink = new MemorySink(Integer.MAX_VALUE);
        BatchRunner runner = BatchRunner.builder(in -> {
            if (in.name().equals("f1.txt")) {
                // like a CoreNLP call: deaf to interrupts until it is done
                while (release.getCount() > 0) {
                    if (Thread.currentThread().isInterrupted()) {
                        stuckThreadSawTheInterrupt.set(true);
                    }
                    Thread.onSpinWait();
                }
                return ok(in);
            }
            return ok(in);
        }).threads(1).timeout(Duration.ofMillis(200)).build();
        RunReport r;
        try {
            r = runner.run(names(20), sink);
        } finally {
            release.countDown();
        }
        assertTrue(r.complete());
        assertEquals(20, sink.written.size(), "with one thread, the other 19 inputs were done by a new worker");
        List<Result> stuck = sink.written.get("f1.txt");
        assertEquals(1, stuck.size());
        assertEquals(ErrorCode.TIMEOUT, stuck.get(0).error().code());
        assertEquals(1, r.abandonedWorkers());
        assertEquals(1, r.errorsByCode().get(ErrorCode.TIMEOUT));
        assertTrue(stuckThreadSawTheInterrupt.get(), "the stuck thread was interrupted");
        Thread.sleep(50);
        assertEquals(1, sink.written.get("f1.txt").size(), "what the stuck thread made late is thrown away");
    }

    @Test
    void aFullDiskStopsTheRunWithAClearFailureInsteadOfThousandsOfErrors() {
        AtomicInteger processed = new AtomicInteger();
        MemorySink sink = new MemorySink(5);
        RunReport r = BatchRunner.builder(in -> {
            processed.incrementAndGet();
            return ok(in);
        }).threads(2).build().run(names(10_000), sink);
        assertFalse(r.complete());
        assertTrue(r.failure().contains("No space left on device"), r.failure());
        assertEquals(5, r.processed(), "records written before the disk filled");
        assertTrue(r.seen() < 100, "listing stops too, the rest is not turned into error records: " + r.seen());
        assertEquals(r.seen() - 5, r.undone());
        assertTrue(processed.get() < 50, "no new input is started once output fails: " + processed.get());
        assertTrue(sink.aborted);
        assertFalse(sink.closed);
    }

    @Test
    void skippedInputsAreCountedNotProcessed() {
        AtomicInteger processed = new AtomicInteger();
        ResultSink sink = new ResultSink() {
            @Override
            public Slot reserve(String name) {
                return new Slot() {
                    @Override
                    public boolean upToDate(BatchInput input) {
                        return input.name().startsWith("f1");
                    }

                    @Override
                    public void write(Result result) {
                    }
                };
            }

            @Override
            public void close() {
            }
        };
        BatchRunner.Processor p = in -> {
            processed.incrementAndGet();
            return ok(in);
        };
        RunReport r = BatchRunner.builder(p).threads(2).build().run(names(20), sink);
        assertEquals(11, r.skipped(), "f1 and f10..f19");
        assertEquals(9, r.processed());
        assertEquals(9, processed.get());
        RunReport forced = BatchRunner.builder(p).threads(2).force(true).build().run(names(20), sink);
        assertEquals(0, forced.skipped());
        assertEquals(20, forced.processed());
    }

    @Test
    void thePipelineStopsBetweenStagesWhenTheThreadIsInterrupted() {
        AtomicBoolean secondRan = new AtomicBoolean();
        Stage first = stage("first", d -> Thread.currentThread().interrupt());
        Stage second = stage("second", d -> secondRan.set(true));
        Pipeline p = new Pipeline(List.of(first, second));
        Document doc = new Document("id", "x.txt", "text/plain", null, "Texte.", "fr", null);
        Pipeline.Cancelled e = assertThrows(Pipeline.Cancelled.class, () -> p.process(doc));
        assertTrue(e.getMessage().contains("second"));
        assertFalse(secondRan.get());
        assertFalse(Thread.currentThread().isInterrupted(), "the flag is cleared");
    }

    private static Stage stage(String name, java.util.function.Consumer<Document> body) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Requirement> requires() {
                return EnumSet.noneOf(Requirement.class);
            }

            @Override
            public Set<Requirement> provides() {
                return EnumSet.noneOf(Requirement.class);
            }

            @Override
            public void process(Document document) {
                body.accept(document);
            }
        };
    }
}
