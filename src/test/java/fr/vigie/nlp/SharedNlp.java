package fr.vigie.nlp;

import fr.vigie.model.Document;
import fr.vigie.pipeline.ModelStore;

/** One CoreNLP stage for the whole test run: the French models take seconds to load. */
public final class SharedNlp {

    private static volatile CoreNlpStage stage;

    private SharedNlp() {
    }

    public static CoreNlpStage stage() {
        if (stage == null) {
            synchronized (SharedNlp.class) {
                if (stage == null) {
                    stage = CoreNlpStage.load(ModelStore.classpath());
                }
            }
        }
        return stage;
    }

    /** A document of {@code text} with sentences, tokens, POS and NER. */
    public static Document annotate(String text) {
        Document d = new Document("test", "test.txt", "text/plain", null, text, "fr", null);
        stage().process(d);
        return d;
    }
}
