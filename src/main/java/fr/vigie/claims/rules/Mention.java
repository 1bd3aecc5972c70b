package fr.vigie.claims.rules;

import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Entries.PlaceEntry;
import fr.vigie.lexicon.Entries.ToolEntry;
import fr.vigie.model.Entity;

/** A named thing in a sentence, with its word range. */
record Mention(MentionKind kind, Entity entity, int first, int end, ToolEntry tool, ActorEntry actor,
             PlaceEntry place, boolean anaphoric) {
    int start() {
        return entity.start();
    }

    int stop() {
        return entity.end();
    }

    /** The actor a mention names: a listed or patterned actor, or a place acting as one. */
    static ActorEntry actorOf(Mention m) {
        if (m.actor() != null) return m.actor();
        return new ActorEntry(m.place().canonical(), m.place().actorType());
    }

    static boolean isActorCandidate(Mention m) {
        return m.kind() == MentionKind.ACTOR
                || (m.kind() == MentionKind.PLACE && m.place().actorType() != null);
    }
}
