package fr.vigie.claims.rules;

import fr.vigie.model.Claim;

/** A claim under construction, with what dedup and carry-over need to know. */
record Draft(Claim claim, int sentence, boolean carriedActor, Mention actorMention) {

    Draft with(Claim newClaim) {
        return new Draft(newClaim, sentence, carriedActor, actorMention);
    }
}
