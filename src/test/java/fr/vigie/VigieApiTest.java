package fr.vigie;

import fr.vigie.model.Document;
import fr.vigie.model.Sentence;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library as a Java caller uses it: one instance, shared, fed paths, streams or strings. */
class VigieApiTest {

    private static final String TEXT = "Selon la préfecture, la police municipale de Nîmes utilise depuis 2021 "
            + "des caméras augmentées. M. Roux, adjoint au maire, l'a confirmé mardi.";

    @Test
    void aStringAndAStreamGiveTheSameDocument() {
        Vigie vigie = SharedVigie.get();
        Result fromString = vigie.process(TEXT, new Source("nimes.txt", null, "2024-04-10"));
        Result fromStream = vigie.process(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)),
                new Source("nimes.txt", null, "2024-04-10"));
        assertTrue(fromString.isOk());
        assertEquals(fromString.id(), fromStream.id());
        assertEquals(fromString.document().text(), fromStream.document().text());
        assertEquals(2, fromString.document().sentences().size(), "« M. Roux » does not end a sentence");
    }

    @Test
    void oneInstanceServesSeveralThreadsWithIdenticalResults() throws Exception {
        Vigie vigie = SharedVigie.get();
        Document reference = vigie.process(TEXT, Source.named("ref.txt")).document();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                futures.add(pool.submit(() -> vigie.process(TEXT, Source.named("ref.txt"))));
            }
            for (Future<Result> f : futures) {
                Document d = f.get().document();
                assertEquals(sentenceSpans(reference), sentenceSpans(d));
                assertEquals(reference.entities(), d.entities());
                assertEquals(reference.temporalExpressions(), d.temporalExpressions());
                assertEquals(reference.claims(), d.claims());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> sentenceSpans(Document d) {
        return d.sentences().stream().map(Sentence::span).map(Object::toString).toList();
    }
}
