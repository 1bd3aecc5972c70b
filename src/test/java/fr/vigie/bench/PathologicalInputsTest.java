package fr.vigie.bench;

import fr.vigie.Result;
import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.batch.BatchInput;
import fr.vigie.batch.BatchRunner;
import fr.vigie.batch.ResultSink;
import fr.vigie.batch.RunReport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shape of the bench's pathological set, at its bench size, runs through a batch run
 * with a time limit and comes out as a result, never a TIMEOUT. (How long each takes is
 * the bench's business: {@code vigie bench --pathological}.)
 */
class PathologicalInputsTest {

    @Test
    void everyShapeCompletesWithinTheTimeLimit() {
        Map<String, PathologicalInputs.Input> inputs = new ConcurrentHashMap<>();
        for (PathologicalInputs.Shape shape : PathologicalInputs.SHAPES) {
            inputs.put(shape.name(), shape.make(shape.benchBytes()));
        }
        BatchRunner runner = BatchRunner.builder(in -> {
            PathologicalInputs.Input input = inputs.get(in.name());
            return SharedVigie.get().process(new ByteArrayInputStream(input.bytes()),
                    new Source(in.name(), input.mediaType(), "2024-01-15"));
        }).threads(1).timeout(Duration.ofSeconds(120)).build();
        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        ResultSink sink = new ResultSink() {
            @Override
            public Slot reserve(String name) {
                return results::add;
            }

            @Override
            public void close() {
            }
        };
        RunReport report = runner.run(c -> PathologicalInputs.SHAPES.forEach(s -> c.accept(
                new BatchInput(null, s.name(), null))), sink);
        assertTrue(report.complete(), String.valueOf(report.failure()));
        assertEquals(PathologicalInputs.SHAPES.size(), results.size());
        for (Result r : results) {
            assertTrue(r.isOk(), r.source() + ": " + r.error());
        }
        Result line = results.stream().filter(r -> r.source().startsWith("long line")).findFirst().orElseThrow();
        assertTrue(line.document().warnings().stream().anyMatch(w -> w.code().equals("LONG_SENTENCE_CUT")));
        assertFalse(line.document().sentences().isEmpty());
    }
}
