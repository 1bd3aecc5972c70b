package fr.vigie.time;

import fr.vigie.model.TemporalExpression;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One tagger serves several threads at once and gives each the answer it gives alone. */
class ThreadSafetyTest {

    @Test
    void concurrentCallsGiveTheSameResults() throws Exception {
        List<TimeCorpus.Case> cases = TimeCorpus.positives().subList(0, 120);
        List<List<TemporalExpression>> alone = new ArrayList<>();
        for (TimeCorpus.Case c : cases) {
            alone.add(TimeCorpus.tag(c.sentence(), c.date()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TemporalExpression>>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (TimeCorpus.Case c : cases) {
                    futures.add(pool.submit(() -> TimeCorpus.tag(c.sentence(), c.date())));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(alone.get(i % cases.size()), futures.get(i).get(), cases.get(i % cases.size()).toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
