package fr.vigie.claims.relation;

import fr.vigie.claims.mention.Mention;

import java.util.List;

/**
 * An actor and a tool that one sentence ({@code sentence}, the one that would state the usage)
 * may tie into a claim, with the features the decision reads. The sentence is the tool's, and
 * the actor is named there, in one of the two before, or is the actor the whole story is about;
 * or it is the actor's, stating a usage of a tool named in one of the two sentences before.
 */
public record PairCandidate(Mention actor, Mention tool, int sentence, Link link, List<String> features) {

    /** How the actor reaches the tool's sentence. */
    public enum Link { SAME_SENTENCE, PREVIOUS_SENTENCE, TOPIC, PREVIOUS_TOOL }

    public PairCandidate {
        features = List.copyOf(features);
    }
}
