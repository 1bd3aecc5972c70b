package fr.vigie;

import fr.vigie.bench.BenchCorpus;
import fr.vigie.claims.ClaimComposer;
import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.decision.PairModel;
import fr.vigie.claims.decision.PairTrainer;
import fr.vigie.claims.decision.TrainingSettings;
import fr.vigie.claims.mention.OpenVocabulary;
import fr.vigie.eval.TrainingSet;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.model.Document;
import fr.vigie.nlp.DependencyParser;
import fr.vigie.pipeline.ModelStore;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing is lost by parsing only the sentences whose pairs the decision can turn into a claim
 * (not stated by the rules, not of a tool whose actor the rules chose there, with an action
 * not only framed): with a pair model that reads the syntactic features, every sample and
 * every recombined article gives exactly the claims it gives when every sentence holding an
 * actor and a tool is parsed, and the gate does leave sentences out.
 */
class GatedParseTest {

    private static ClaimComposer gated;
    private static ClaimComposer everywhere;
    private static PairModel model;
    private static TrainingSet samples;

    @BeforeAll
    static void load() throws IOException {
        ModelStore store = ModelStore.classpath();
        Lexicons lexicons = Lexicons.load(store);
        ClaimRules rules = ClaimRules.load(store);
        OpenVocabulary vocabulary = OpenVocabulary.load(store);
        DependencyParser parser = DependencyParser.load(store);
        gated = new ClaimComposer(lexicons, rules, vocabulary, PairModel.load(store), parser, false, true);
        everywhere = new ClaimComposer(lexicons, rules, vocabulary, PairModel.load(store), parser, false, false);
        samples = TrainingSet.read(SharedVigie.get(), Path.of("samples"), null);
        // a model that reads the syntactic features, whatever the shipped setting
        List<PairTrainer.Labelled> docs = new ArrayList<>();
        for (TrainingSet.Item it : samples.items()) {
            if (it.result().isOk()) docs.add(new PairTrainer.Labelled(everywhere.read(it.result().document()).candidates(), it.gold()));
        }
        TrainingSettings settings = TrainingSettings.load(store);
        MaxentModel m = PairTrainer.train(docs, settings);
        assertNotNull(m);
        model = new PairModel(m, settings.threshold());
    }

    private static void assertSameClaims(String what, Document d) {
        assertEquals(everywhere.compose(everywhere.read(d), model), gated.compose(gated.read(d), model), what + ": claims");
    }

    @Test
    void everySampleGivesTheClaimsOfParsingEverySentence() {
        int claims = 0;
        long[] before = gated.parseCounts();
        long[] beforeAll = everywhere.parseCounts();
        for (TrainingSet.Item it : samples.items()) {
            assertTrue(it.result().isOk(), it.name());
            Document d = it.result().document();
            assertSameClaims(it.name(), d);
            claims += gated.compose(gated.read(d), model).size();
        }
        assertTrue(claims > 50, "the samples hold claims: " + claims);
        long parsed = gated.parseCounts()[1] - before[1];
        long parsedAll = everywhere.parseCounts()[1] - beforeAll[1];
        // the gate does leave sentences out, or this test would prove nothing
        assertTrue(parsed < parsedAll, parsed + " sentences parsed behind the gate, " + parsedAll + " without");
    }

    @Test
    void recombinedArticlesGiveTheClaimsOfParsingEverySentence() throws IOException {
        List<String> texts = BenchCorpus.generate(Path.of("samples"), 20, 4000, 7);
        for (int i = 0; i < texts.size(); i++) {
            Result r = SharedVigie.get().process(texts.get(i), new Source("recombined-" + i + ".txt", null, "2024-06-01"));
            assertTrue(r.isOk());
            assertSameClaims("recombined article " + i, r.document());
        }
    }
}
