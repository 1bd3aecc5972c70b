package fr.vigie;

import fr.vigie.claims.ClaimStage;
import fr.vigie.entities.GazetteerStage;
import fr.vigie.nlp.CoreNlpStage;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.Pipeline;
import fr.vigie.time.DocumentDateStage;
import fr.vigie.time.TemporalStage;

import java.util.List;

/** The one place where Vigie's stages are wired, in order. */
final class StandardPipeline {

    private StandardPipeline() {
    }

    static Pipeline load(ModelStore models) {
        return new Pipeline(List.of(
                CoreNlpStage.load(models),       // sentences, tokens, POS, statistical entities
                GazetteerStage.load(models),     // tools, actors, places, laws (over the statistical entities)
                DocumentDateStage.load(models),  // a date stated in the text, when metadata gave none
                TemporalStage.load(models),      // temporal expressions, normalised
                ClaimStage.load(models)));       // claims
    }
}
