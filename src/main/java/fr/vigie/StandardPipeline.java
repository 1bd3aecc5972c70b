package fr.vigie;

import fr.vigie.nlp.CoreNlpStage;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.Pipeline;

import java.util.List;

/** The one place where Vigie's stages are wired, in order. */
final class StandardPipeline {

    private StandardPipeline() {
    }

    static Pipeline load(ModelStore models) {
        return new Pipeline(List.of(
                CoreNlpStage.load(models)));
    }
}
