package fr.vigie.claims;

import fr.vigie.model.Document;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.Requirement;
import fr.vigie.pipeline.Stage;

import java.util.EnumSet;
import java.util.Set;

/** The claims stage: runs a {@link ClaimExtractor} and stores its claims in the document. Thread-safe. */
public final class ClaimStage implements Stage {

    private final ClaimExtractor extractor;

    public ClaimStage(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    /** The claims stage with the lexicons, rules and decision model of {@code store}. */
    public static ClaimStage load(ModelStore store) {
        return new ClaimStage(ClaimComposer.load(store));
    }

    public ClaimExtractor extractor() {
        return extractor;
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.SENTENCES, Requirement.TOKENS, Requirement.POS, Requirement.DOMAIN_ENTITIES,
                Requirement.TEMPORAL_EXPRESSIONS);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.of(Requirement.CLAIMS);
    }

    @Override
    public void process(Document document) {
        document.setClaims(extractor.extract(document));
    }
}
