package fr.vigie.batch;

import fr.vigie.Result;
import fr.vigie.model.ErrorCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The models are loaded only when some input needs them, and their loading is no input's time. */
class BatchRunnerPrepareTest {

    /** A sink whose outputs named in {@code current} are current. */
    private static final class Sink implements ResultSink {
        final Set<String> current;
        final List<Result> written = Collections.synchronizedList(new ArrayList<>());

        Sink(Set<String> current) {
            this.current = current;
        }

        @Override
        public Slot reserve(String name) {
            return new Slot() {
                @Override
                public boolean upToDate(BatchInput input) {
                    return current.contains(name);
                }

                @Override
                public void write(Result result) {
                    written.add(result);
                }
            };
        }

        @Override
        public void close() {
        }
    }

    private static BatchRunner.Inputs inputs(String... names) {
        return c -> {
            for (String n : names) {
                c.accept(BatchInput.of(Path.of("in", n), n));
            }
        };
    }

    private static Result ok(BatchInput in) {
        return Result.error(in.source(), "x", ErrorCode.EMPTY_FILE, "a stand-in record");
    }

    @Test
    void aRunWithNothingToDoPreparesNothing() {
        AtomicInteger loads = new AtomicInteger();
        Sink sink = new Sink(Set.of("a.txt", "b.txt", "c.txt"));
        RunReport r = BatchRunner.builder(BatchRunnerPrepareTest::ok).threads(2).prepare(loads::incrementAndGet)
                .build().run(inputs("a.txt", "b.txt", "c.txt"), sink);
        assertTrue(r.complete());
        assertEquals(3, r.skipped());
        assertEquals(0, loads.get(), "every output is current: nothing is loaded");
    }

    @Test
    void theFirstInputToProcessPreparesOnceOutsideItsTimeLimit() {
        AtomicInteger loads = new AtomicInteger();
        Sink sink = new Sink(Set.of("a.txt"));
        RunReport r = BatchRunner.builder(BatchRunnerPrepareTest::ok).threads(2).timeout(Duration.ofMillis(300))
                .prepare(() -> {
                    loads.incrementAndGet();
                    try {
                        Thread.sleep(1000); // loading longer than the time limit of one input
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })
                .build().run(inputs("a.txt", "b.txt", "c.txt", "d.txt"), sink);
        assertTrue(r.complete(), String.valueOf(r.failure()));
        assertEquals(1, loads.get(), "two workers, one loading");
        assertEquals(1, r.skipped());
        assertEquals(3, sink.written.size());
        assertTrue(sink.written.stream().noneMatch(x -> x.error().code() == ErrorCode.TIMEOUT), sink.written.toString());
    }

    @Test
    void aPreparationThatFailsStopsTheRunWithItsReason() {
        Sink sink = new Sink(Set.of());
        RunReport r = BatchRunner.builder(BatchRunnerPrepareTest::ok).threads(1)
                .prepare(() -> {
                    throw new IllegalStateException("no model in /nowhere");
                })
                .build().run(inputs("a.txt", "b.txt"), sink);
        assertFalse(r.complete());
        assertTrue(r.failure().contains("no model in /nowhere"), r.failure());
        assertTrue(sink.written.isEmpty());
    }
}
