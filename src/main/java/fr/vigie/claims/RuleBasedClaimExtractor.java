package fr.vigie.claims;

import fr.vigie.claims.rules.StoryWalk;
import fr.vigie.entities.GazetteerStage;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import fr.vigie.pipeline.ModelStore;

import java.util.List;

/**
 * Claims by rules over the sentence words, the domain entities of {@link GazetteerStage}
 * and the temporal expressions, with the rules of {@link ClaimRules}. For each usage
 * trigger with a tool (named, or referred to: "le logiciel", "son utilisation"), the actor
 * is the "par" agent, else the subject before the trigger, else the actor of the story
 * carried over from the sentences just before. Part-of-speech tags are an extra signal
 * only: the extractor works on text and entities alone. Thread-safe.
 *
 * <p>The rules themselves live in {@code fr.vigie.claims.rules}, one class a job: the walk
 * over the story's sentences ({@link StoryWalk}), trigger finding, actor and tool choice,
 * modality, legal basis, time, attribution, carry-over, claim assembly and dedup.
 */
public final class RuleBasedClaimExtractor implements ClaimExtractor {

    private final Lexicons lexicons;
    private final StoryWalk walk;

    public RuleBasedClaimExtractor(Lexicons lexicons, ClaimRules rules) {
        this.lexicons = lexicons;
        this.walk = new StoryWalk(lexicons, rules);
    }

    public static RuleBasedClaimExtractor load(ModelStore store) {
        return new RuleBasedClaimExtractor(Lexicons.load(store), ClaimRules.load(store));
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    @Override
    public List<Claim> extract(Document document) {
        return walk.extract(document);
    }
}
