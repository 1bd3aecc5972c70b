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

    /** The ground of a court's order (legal-cues.tsv), which outranks the other cues of its sentence. */
    public static final String COURT_ORDER = "COURT_ORDER";

    /**
     * The grounds of an individual act (legal-cues.tsv): a prefect's order, a magistrate's or the
     * CNIL's authorisation, a requisition. Such an act that "autorise X à utiliser" states a
     * usage by X, where a law that does says only what may be done.
     */
    public static final java.util.Set<String> ACT_GROUNDS = java.util.Set.of("PREFECTORAL", "PREFECTORAL_AUTHORIZATION",
            "MAGISTRATE_AUTHORIZATION", "JUDICIAL_REQUISITION", "CNIL_AUTHORIZATION");

    /** Words between an individual act and the "autorise à" it governs ("un arrêté préfectoral qui autorisait"). */
    private static final int ACT_SPAN = 8;

    private LegalSlot() {
    }

    /** A court's order among the cues of a sentence, which outranks the others; null when none. */
    public static Hit<LegalCue> courtOrder(List<Hit<LegalCue>> cues) {
        for (Hit<LegalCue> c : cues) {
            // a court struck this usage down: what the struck act allowed no longer counts
            if (COURT_ORDER.equals(c.value().ground()) && c.value().status() == LegalStatus.ILLEGAL) return c;
        }
        return null;
    }

    /**
     * Whether an authorising cue ("autorisait … à", "habilite … à") is governed by an individual
     * act named just before it: "un arrêté préfectoral qui autorisait la gendarmerie à utiliser
     * des drones" states the gendarmerie's usage.
     */
    public static boolean byAnAct(List<fr.vigie.lexicon.Word> words, int cueFirst, List<Hit<LegalCue>> legal) {
        String verb = words.get(cueFirst).norm();
        if (!verb.startsWith("autoris") && !verb.startsWith("habilit")) return false;
        for (Hit<LegalCue> h : legal) {
            if (h.value().status() == LegalStatus.LEGAL && h.value().ground() != null && ACT_GROUNDS.contains(h.value().ground())
                    && h.endWord() <= cueFirst && cueFirst - h.endWord() <= ACT_SPAN) return true;
        }
        return false;
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
        Hit<LegalCue> court = courtOrder(cues);
        if (court != null) {
            status = court.value().status();
            text = doc.cut(court.start(), court.end());
        }
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
