package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.claims.ClaimRules.TriggerKind;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Word;

import java.util.List;
import java.util.Set;

import static fr.vigie.claims.rules.Grammar.adverb;
import static fr.vigie.claims.rules.Grammar.auxiliaryBefore;
import static fr.vigie.claims.rules.Grammar.participle;
import static fr.vigie.claims.rules.Grammar.text;
import fr.vigie.claims.slot.LegalSlot;

import static fr.vigie.claims.rules.Mention.isActorCandidate;

/** Triggers that state no usage: a capability ("permet de reconnaître"), a regulation, a participle used as an adjective. */
final class StatedUsage {

    private StatedUsage() {
    }

    /**
     * A bare participle right after a word that is neither the tool nor a clause boundary
     * qualifies that word ("les objets abandonnés"): no usage is stated.
     */
    static boolean adjectival(SentenceView v, TriggerHit t, List<Mention> tools) {
        if (t.trigger().kind() != TriggerKind.VERB || t.first() == 0 || auxiliaryBefore(v, t)) return false;
        if (!participle(text(v, t))) return false;
        Word prev = v.words.get(t.first() - 1);
        if (prev.isPunctuation()) return false;
        for (Mention m : tools) if (m.end() == t.first()) return false;
        return !Set.of("qui", "que", "et", "ou", "mais", "puis").contains(prev.norm());
    }

    static boolean capability(SentenceView v, TriggerHit t) {
        for (Hit<CueKind> c : v.cues) {
            if (c.value() == CueKind.CAPABILITY && c.endWord() <= t.first() && t.first() - c.endWord() <= 3
                    && !authorisationGiven(v, c)) {
                return true;
            }
            if (c.value() == CueKind.REGULATION && t.trigger().kind() == TriggerKind.NOUN && c.endWord() <= t.first()
                    && t.first() - c.endWord() <= 6) {
                return true;
            }
        }
        return false;
    }

    /**
     * "le préfet a autorisé la gendarmerie à faire voler des drones": an authorisation given, in a
     * past tense or by an individual act ("un arrêté préfectoral qui autorisait la gendarmerie à"),
     * to a named body states the usage; a text that "autorise à" in general does not.
     */
    private static boolean authorisationGiven(SentenceView v, Hit<CueKind> c) {
        String verb = v.words.get(c.firstWord()).norm();
        if (!verb.startsWith("autoris") && !verb.startsWith("habilit")) return false;
        int i = c.firstWord() - 1;
        while (i >= 0 && adverb(v.words.get(i))) i--;
        if ((i < 0 || !Set.of("a", "ont", "avait", "avaient", "avons").contains(v.words.get(i).norm()))
                && !LegalSlot.byAnAct(v.words, c.firstWord(), v.legal)) return false;
        for (Mention m : v.mentions) {
            if (m.first() >= c.firstWord() && m.end() <= c.endWord() && isActorCandidate(m)) return true;
        }
        return false;
    }
}
