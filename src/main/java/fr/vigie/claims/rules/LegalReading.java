package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimRules.LegalCue;
import fr.vigie.claims.slot.LegalSlot;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Entries.LawEntry;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Word;
import fr.vigie.lexicon.Words;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.LegalStatus;
import fr.vigie.model.Claim.Modality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.vigie.claims.rules.Mention.actorOf;
import static fr.vigie.claims.rules.Mention.isActorCandidate;

/** The legal status and basis of a usage: legal cues, the laws named, and a status lent by a nearby sentence on the same tool. */
final class LegalReading {

    private final Lexicons lexicons;
    private final Set<String> lackWords;

    LegalReading(Lexicons lexicons, ClaimRules rules) {
        this.lexicons = lexicons;
        lackWords = rules.words("lack");
    }

    /** How far a sentence that gives a tool a legal status lends it: within the story, not to another one. */
    private static final int LEGAL_LEND_SENTENCES = 8;

    /**
     * "sans aucun arrêté préfectoral", "en l'absence d'autorisation du juge": a legal basis
     * that the text says is missing makes the usage unlawful, for lack of a legal framework.
     */
    List<Hit<LegalCue>> withoutBasis(List<Word> words, List<Hit<LegalCue>> hits) {
        List<Hit<LegalCue>> out = new ArrayList<>(hits.size());
        for (Hit<LegalCue> h : hits) {
            boolean lacking = false;
            for (int i = Math.max(0, h.firstWord() - 3); i < h.firstWord(); i++) {
                lacking |= lackWords.contains(words.get(i).norm());
            }
            if (lacking && h.value().status() == LegalStatus.LEGAL) {
                out.add(new Hit<>(new LegalCue(LegalStatus.ILLEGAL, "NO_LEGAL_FRAMEWORK"), h.pattern(), h.firstWord(), h.endWord(),
                        h.start(), h.end()));
            } else {
                out.add(h);
            }
        }
        return out;
    }

    Claim.Legal legal(String text, SentenceView v, TriggerHit t) {
        List<Claim.Reference> refs = new ArrayList<>();
        LawEntry implied = null;
        Mention impliedMention = null;
        for (Mention m : v.mentions) {
            if (m.kind() != MentionKind.LAW) continue;
            refs.add(new Claim.Reference(text.substring(m.start(), m.stop()), m.entity().canonical()));
            LawEntry e = lawEntry(m);
            if (e != null && e.status() != null && implied == null) {
                implied = e;
                impliedMention = m;
            }
        }
        Hit<LegalCue> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Hit<LegalCue> h : v.legal) {
            int d = h.firstWord() >= t.end() ? h.firstWord() - t.end() : Math.max(0, t.first() - h.endWord());
            if (d < bestDistance) {
                bestDistance = d;
                best = h;
            }
        }
        Hit<LegalCue> court = LegalSlot.courtOrder(v.legal);
        if (court != null) best = court;
        if (best != null) {
            Set<String> grounds = new LinkedHashSet<>();
            for (Hit<LegalCue> h : v.legal) {
                if (h.value().status() == best.value().status() && h.value().ground() != null) grounds.add(h.value().ground());
            }
            if (implied != null && implied.status() == best.value().status() && implied.ground() != null) grounds.add(implied.ground());
            return new Claim.Legal(best.value().status(), List.copyOf(grounds), text.substring(best.start(), best.end()),
                    List.copyOf(refs));
        }
        if (implied != null) {
            return new Claim.Legal(implied.status(), implied.ground() == null ? List.of() : List.of(implied.ground()),
                    text.substring(impliedMention.start(), impliedMention.stop()), List.copyOf(refs));
        }
        return refs.isEmpty() ? Claim.Legal.UNKNOWN : new Claim.Legal(LegalStatus.UNKNOWN, List.of(), null, List.copyOf(refs));
    }

    private LawEntry lawEntry(Mention m) {
        List<Word> ws = Words.of(m.entity().text());
        var match = lexicons.laws().longestAt(ws, 0, ws.size());
        if (match != null && match.value().canonical().equals(m.entity().canonical())) return match.value();
        for (Lexicons.LawPattern p : lexicons.lawPatterns()) {
            if (p.entry().canonical().equals(m.entity().canonical())) return p.entry();
        }
        return null;
    }

    /** Whether a sentence names actors, none of them the claim's. */
    private static boolean aboutOtherActors(SentenceView v, Claim c) {
        boolean any = false;
        for (Mention m : v.of(MentionKind.ACTOR)) {
            if (!isActorCandidate(m)) continue;
            any = true;
            ActorEntry who = actorOf(m);
            if (who != null && who.canonical().equals(c.actor().canonical())) return false;
        }
        return any;
    }

    /**
     * A sentence that gives a legal status and names a tool without stating a usage ("Briefcam
     * n'était pas un outil légal") lends that status to the claims on the same tool whose
     * status is still unknown; the legal text quotes that sentence.
     */
    static void propagateLegal(String text, List<SentenceView> views, Map<Integer, List<Mention>> toolsBySentence, List<Draft> drafts) {
        Set<Integer> claimSentences = new LinkedHashSet<>();
        for (Draft d : drafts) claimSentences.add(d.sentence());
        List<SentenceView> lenders = new ArrayList<>();
        for (SentenceView v : views) {
            if (v.question || v.legal.isEmpty() || claimSentences.contains(v.sentence.index())) continue;
            if (!toolsBySentence.getOrDefault(v.sentence.index(), List.of()).isEmpty()) lenders.add(v);
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Claim c = d.claim();
            if (c.legal().status() != LegalStatus.UNKNOWN || c.modality() == Modality.NEGATED) continue; // no usage, no status to lend
            // the nearest sentence on the same tool lends its status (the earlier one when two are as near)
            SentenceView best = null;
            for (SentenceView v : lenders) {
                boolean sameTool = false;
                for (Mention m : toolsBySentence.get(v.sentence.index())) sameTool |= m.tool().canonical().equals(c.tool().canonical());
                if (!sameTool || Math.abs(v.sentence.index() - d.sentence()) > LEGAL_LEND_SENTENCES) continue;
                // "La gendarmerie peut, elle, utiliser des drones sur autorisation du préfet": a sentence about
                // other bodies gives their status, not this claim's
                if (aboutOtherActors(v, c)) continue;
                if (best == null || Math.abs(v.sentence.index() - d.sentence()) < Math.abs(best.sentence.index() - d.sentence())) best = v;
            }
            if (best == null) {
                // "Les gendarmes pourront faire voler leurs drones. Un arrêté du préfet les y autorise …": the next
                // sentence, naming no tool and stating no usage, gives the legal basis of the usage just stated
                int next = d.sentence() + 1;
                if (next < views.size()) {
                    SentenceView v = views.get(next);
                    // … but not a sentence about another usage ("Le préfet a autorisé l'usage de caméras par la
                    // gendarmerie"): a trigger of its own says it speaks of something else
                    if (!v.question && !v.legal.isEmpty() && !claimSentences.contains(next)
                            && toolsBySentence.getOrDefault(next, List.of()).isEmpty() && v.triggers.isEmpty()) {
                        best = v;
                    }
                }
            }
            if (best == null) continue;
            Hit<LegalCue> court = LegalSlot.courtOrder(best.legal);
            Hit<LegalCue> cue = court != null ? court : best.legal.get(0);
            Claim.Legal l = new Claim.Legal(cue.value().status(),
                    cue.value().ground() == null ? List.of() : List.of(cue.value().ground()), text.substring(cue.start(), cue.end()),
                    c.legal().references());
            drafts.set(i, d.with(c.withLegal(l)));
        }
    }
}
