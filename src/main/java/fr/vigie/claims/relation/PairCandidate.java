package fr.vigie.claims.relation;

import fr.vigie.claims.mention.Mention;

import java.util.List;

/**
 * An actor and a tool that one sentence ({@code sentence}, the tool's) may tie into a claim,
 * with the features the decision reads. The actor may be named in that sentence, in one of
 * the two before, or be the actor the whole story is about.
 */
public record PairCandidate(Mention actor, Mention tool, int sentence, Link link, List<String> features) {

    /** How the actor reaches the tool's sentence. */
    public enum Link { SAME_SENTENCE, PREVIOUS_SENTENCE, TOPIC }

    public PairCandidate {
        features = List.copyOf(features);
    }
}
