package fr.vigie;

import fr.vigie.claims.ClaimCandidates;
import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimStage;
import fr.vigie.claims.RuleBasedClaimExtractor;
import fr.vigie.entities.GazetteerStage;
import fr.vigie.lexicon.Lexicons;
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

    /**
     * The stages over the models of {@code models}. Unless {@code fullNlp}, CoreNLP's tagger
     * and entity recogniser run only on the sentences where the claim rules read them
     * ({@link ClaimCandidates}): the claims and temporal expressions are the same, the
     * statistical entities of the other sentences are left out.
     */
    static Pipeline load(ModelStore models, boolean fullNlp) {
        Lexicons lexicons = Lexicons.load(models);
        ClaimRules rules = ClaimRules.load(models);
        return new Pipeline(List.of(
                // sentences, tokens, POS, statistical entities
                CoreNlpStage.load(models, fullNlp ? null : new ClaimCandidates(lexicons, rules)),
                new GazetteerStage(lexicons),    // tools, actors, places, laws (over the statistical entities)
                DocumentDateStage.load(models),  // a date stated in the text, when metadata gave none
                TemporalStage.load(models),      // temporal expressions, normalised
                new ClaimStage(new RuleBasedClaimExtractor(lexicons, rules))));  // claims
    }
}
