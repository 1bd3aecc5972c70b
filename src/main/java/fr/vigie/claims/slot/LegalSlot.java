package fr.vigie.claims.slot;

import fr.vigie.claims.ClaimRules.LegalCue;
import fr.vigie.entities.GazetteerStage;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Entries.LawEntry;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.LegalStatus;
import fr.vigie.model.Document;
import fr.vigie.model.Entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Under what legal basis: the legal cues of {@code claims/legal-cues.tsv} in the evidence
 * sentence, and the laws it names ({@code lexicons/legal-references.tsv}), whose implied
 * status counts when no cue says one. Only what the sentence of this usage says: another
 * sentence's law is not lent to it.
 */
public final class LegalSlot {

    private LegalSlot() {
    }

    public static Claim.Legal of(Document doc, Lexicons lexicons, List<Hit<LegalCue>> cues, int sentence) {
        List<Claim.Reference> refs = new ArrayList<>();
        LegalStatus implied = null;
        String impliedGround = null;
        for (Entity e : doc.entities()) {
            if (e.sentence() != sentence || !e.type().equals(GazetteerStage.LAW) || e.canonical() == null) continue;
            refs.add(new Claim.Reference(e.text(), e.canonical()));
            for (var m : lexicons.laws().find(fr.vigie.lexicon.Words.of(e.text()))) {
                LawEntry law = m.value();
                if (implied == null && law.status() != null) {
                    implied = law.status();
                    impliedGround = law.ground();
                }
            }
        }
        LegalStatus status = null;
        List<String> grounds = new ArrayList<>();
        String text = null;
        for (Hit<LegalCue> c : cues) {
            if (status == null) {
                status = c.value().status();
                text = doc.cut(c.start(), c.end());
            }
            if (c.value().status() == status && c.value().ground() != null && !grounds.contains(c.value().ground())) {
                grounds.add(c.value().ground());
            }
        }
        if (status == null && implied != null) {
            status = implied;
            if (impliedGround != null) grounds.add(impliedGround);
        }
        if (status == null && refs.isEmpty()) return Claim.Legal.UNKNOWN;
        return new Claim.Legal(status == null ? LegalStatus.UNKNOWN : status, grounds, text, refs);
    }
}
