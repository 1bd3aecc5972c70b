package fr.vigie.claims.decision;

import fr.vigie.SharedVigie;
import fr.vigie.eval.TrainingSet;
import fr.vigie.pipeline.ModelStore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped pair model is the one {@code vigie train samples} makes, byte for byte. */
class PairModelTest {

    private static TrainingSet set;

    @org.junit.jupiter.api.BeforeAll
    static void read() throws IOException {
        set = TrainingSet.read(SharedVigie.get(), Path.of("samples"), null);
    }

    @Test
    void theShippedModelIsTheTrainedOne() throws IOException {
        ModelStore store = ModelStore.classpath();
        assertTrue(store.exists(PairModel.MODEL), PairModel.MODEL + " is not shipped");
        var model = set.train(TrainingSettings.load(store), i -> true);
        assertNotNull(model);
        byte[] shipped;
        try (InputStream in = store.open(PairModel.MODEL)) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(shipped, PairTrainer.bytes(model),
                "models/" + PairModel.MODEL + " is not what the samples give: run ./vigie train samples");
    }

    @Test
    void trainingTwiceGivesTheSameBytes() {
        TrainingSettings s = TrainingSettings.load(ModelStore.classpath());
        assertArrayEquals(PairTrainer.bytes(set.train(s, i -> i % 2 == 0)), PairTrainer.bytes(set.train(s, i -> i % 2 == 0)));
    }
}
