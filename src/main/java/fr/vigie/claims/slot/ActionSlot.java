package fr.vigie.claims.slot;

import fr.vigie.claims.ClaimRules.Trigger;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.model.Claim;
import fr.vigie.model.Document;

/** What was done: the usage trigger of {@code claims/triggers.tsv} nearest to the tool in its sentence. */
public final class ActionSlot {

    private ActionSlot() {
    }

    /** The action of a trigger hit, or null when the sentence has no trigger. */
    public static Claim.Action of(Document doc, Hit<Trigger> trigger) {
        if (trigger == null) return null;
        return new Claim.Action(doc.cut(trigger.start(), trigger.end()), trigger.value().lemma(), trigger.value().type(),
                trigger.start(), trigger.end());
    }
}
