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
 * status counts when no cue says one. What the sentence of this usage says; failing that,
 * what a nearby sentence says of the same usage ({@link #ofSameUsage}): one that names this
 * tool and no other actor. The law of another usage is never lent.
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
    /** Sentences before or after a usage that may state its legal basis. */
    private static final int NEAR = 3;

    /**
     * The legal basis a nearby sentence gives the same usage, when the usage's own sentence
     * gives none: a sentence within {@link #NEAR} that names the same tool (or refers back to it),
     * names no actor but this one, and whose cues or laws say a status. "La commune teste le
     * logiciel Veritas. Cette expérimentation du logiciel est autorisée par un arrêté
     * préfectoral." Null when none does.
     */
    public static Claim.Legal ofSameUsage(Document doc, Lexicons lexicons, java.util.function.IntFunction<List<Hit<LegalCue>>> cues,
                                          List<fr.vigie.claims.mention.Mention> actors,
                                          List<fr.vigie.claims.mention.Mention> tools,
                                          fr.vigie.claims.mention.Mention actor, fr.vigie.claims.mention.Mention tool, int sentence) {
        for (int d = 1; d <= NEAR; d++) {
            for (int j : new int[] {sentence - d, sentence + d}) {
                if (j < 0 || j >= doc.sentences().size()) continue;
                boolean sameTool = false;
                for (var t : tools) {
                    if (t.sentence() == j && t.canonical().equals(tool.canonical())) sameTool = true;
                }
                if (!sameTool) continue;
                boolean other = false;
                for (var a : actors) {
                    if (a.sentence() == j && !a.canonical().equals(actor.canonical())) other = true;
                }
                if (other) continue;
                Claim.Legal l = of(doc, lexicons, cues.apply(j), j);
                if (l.status() != LegalStatus.UNKNOWN) return l;
            }
        }
        return null;
    }
}
