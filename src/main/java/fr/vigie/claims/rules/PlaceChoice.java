package fr.vigie.claims.rules;

import fr.vigie.model.Claim;

import java.util.Set;

import static fr.vigie.claims.rules.Grammar.insideActor;

/** The place of a claim: inside the actor's name, the actor itself, or the nearest place after a locative. */
final class PlaceChoice {

    private PlaceChoice() {
    }

    static Claim.Place place(String text, SentenceView v, Mention actor, TriggerHit t) {
        for (Mention m : v.mentions) {
            if (m.kind() == MentionKind.PLACE && m.first() >= actor.first() && m.end() <= actor.end() && actor.kind() == MentionKind.ACTOR
                    && m != actor) {
                return new Claim.Place(text.substring(m.start(), m.stop()), m.place().canonical(), m.start(), m.stop());
            }
        }
        if (actor.kind() == MentionKind.PLACE && actor.place().kind() != fr.vigie.lexicon.Entries.PlaceKind.COUNTRY) {
            return new Claim.Place(text.substring(actor.start(), actor.stop()), actor.place().canonical(), actor.start(), actor.stop());
        }
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : v.mentions) {
            if (m.kind() != MentionKind.PLACE || insideActor(v, m) || m == actor) continue;
            if (m.first() == 0) continue;
            String prev = v.words.get(m.first() - 1).norm();
            if (!Set.of("a", "en", "dans", "au", "aux", "sur", "de", "d", "'").contains(prev)) continue;
            int d = Math.abs(m.first() - t.first());
            if (d < bestDistance) {
                bestDistance = d;
                best = m;
            }
        }
        return best == null ? null : new Claim.Place(text.substring(best.start(), best.stop()), best.place().canonical(),
                best.start(), best.stop());
    }
}
