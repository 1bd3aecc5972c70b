package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.claims.ClaimRules.TriggerKind;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.model.Entity;

import java.util.List;
import java.util.Set;

import static fr.vigie.claims.rules.Grammar.DETERMINERS;
import static fr.vigie.claims.rules.Grammar.auxiliaryBefore;
import static fr.vigie.claims.rules.Grammar.participle;
import static fr.vigie.claims.rules.Grammar.possessiveBefore;
import static fr.vigie.claims.rules.Grammar.text;
import static fr.vigie.claims.rules.Mention.actorOf;

/** What a sentence may take over from the sentences just before: the claim it continues, the story's actor, the interviewee. */
final class CarryOver {

    private final SubjectFinder subjects;
    private final Set<String> scopeOpeners;

    CarryOver(Lexicons lexicons, ClaimRules rules) {
        subjects = new SubjectFinder(lexicons, rules);
        scopeOpeners = rules.words("scope-openers");
    }

    /** How many sentences back an actor, a time or a tool may be carried over. */
    static final int CARRY_SENTENCES = 3;

    private static final Set<String> LAW_WORDS = Set.of("loi", "decret", "reglement", "texte", "amendement", "directive",
            "proposition", "article");

    /**
     * The claim a new sentence continues: among the claims of the last sentence that has any,
     * the one on the same tool, else the first one (the main clause).
     */
    static Draft storyDraft(List<Draft> drafts, List<Mention> tools) {
        if (drafts.isEmpty()) return null;
        int last = drafts.get(drafts.size() - 1).sentence();
        Draft first = null;
        for (Draft d : drafts) {
            if (d.sentence() != last) continue;
            if (first == null) first = d;
            for (Mention m : tools) {
                if (m.tool().canonical().equals(d.claim().tool().canonical())) return d;
            }
        }
        return first;
    }

    /** The last body named before the verb, in this sentence or in the two before. */
    static Mention lastActorBefore(SentenceView v, TriggerHit t, List<Mention> history) {
        Mention here = null;
        for (Mention m : v.mentions) {
            if (m.end() <= t.first() && m.kind() == MentionKind.ACTOR) here = m;
        }
        if (here != null) return here;
        Mention last = history.isEmpty() ? null : history.get(history.size() - 1);
        return last != null && v.sentence.index() - last.entity().sentence() <= 2 ? last : null;
    }

    /**
     * The actor last named in the two sentences before {@code v}, when the last sentence that
     * names actors names only that one (by canonical name): the story's actor is clear.
     */
    Mention storyActor(SentenceView v, List<Mention> history) {
        if (history.isEmpty()) return null;
        Mention last = history.get(history.size() - 1);
        int sentence = last.entity().sentence();
        if (sentence >= v.sentence.index() || v.sentence.index() - sentence > 2) return null;
        ActorEntry who = actorOf(last);
        for (int i = history.size() - 1; i >= 0 && history.get(i).entity().sentence() == sentence; i--) {
            ActorEntry other = actorOf(history.get(i));
            if (who == null || other == null || !other.canonical().equals(who.canonical())) return null;
        }
        if (scopedElsewhere(v, who)) return null;
        return last;
    }

    /**
     * "En France, les premières caméras piétons ont été testées en 2013": a sentence that opens
     * on a place other than the story's body ("En France,", "Partout en Europe,") speaks of
     * that place as a whole; its passive is no act of the story's body.
     */
    boolean scopedElsewhere(SentenceView v, ActorEntry who) {
        if (v.words.isEmpty() || !scopeOpeners.contains(v.words.get(0).norm())) return false;
        for (Mention m : v.mentions) {
            if (m.kind() != MentionKind.PLACE || m.first() > 4 || m.end() >= v.words.size()) continue;
            if (!v.words.get(m.end()).norm().equals(",")) continue;
            for (int i = 0; i < m.first(); i++) {
                String n = v.words.get(i).norm();
                if (!scopeOpeners.contains(n) && !DETERMINERS.contains(n)) return false;
            }
            return who == null || !m.place().canonical().equals(who.canonical());
        }
        return false;
    }

    /** The first actor named by a sentence that introduces an interview ("… répond à nos questions"), or null. */
    static Mention interviewee(SentenceView v) {
        boolean interview = false;
        for (Hit<CueKind> c : v.cues) interview |= c.value() == CueKind.INTERVIEW;
        if (!interview) return null;
        for (Mention m : v.mentions) {
            if (m.kind() == MentionKind.ACTOR && m.entity().origin() == Entity.Origin.GAZETTEER && !m.anaphoric()) return m;
        }
        return null;
    }

    /** Carry-over of the story's actor is for a usage verb without subject or a possessive noun, never for a law. */
    boolean mayCarry(SentenceView v, TriggerHit t, List<Mention> boundTools) {
        for (Mention m : v.mentions) {
            if (m.kind() == MentionKind.LAW || m.kind() == MentionKind.INSTITUTION || m.kind() == MentionKind.PERSON) {
                if (m.kind() == MentionKind.LAW) return false;
                if (m.end() <= t.first() && !subjects.governedByPreposition(v.words, m.first())) return false; // someone else is the subject
            }
        }
        for (int i = 0; i < t.first(); i++) {
            if (LAW_WORDS.contains(v.words.get(i).norm())) return false;
        }
        if (t.trigger().kind() == TriggerKind.NOUN) {
            return possessiveBefore(v, t) || boundTools.stream().anyMatch(Mention::anaphoric);
        }
        // a bare participle ("la reconnaissance faciale, utilisée en Chine…") describes, it does not narrate
        return !participle(text(v, t)) || auxiliaryBefore(v, t);
    }
}
