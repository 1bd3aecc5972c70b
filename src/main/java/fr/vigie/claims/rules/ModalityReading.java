package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.claims.ClaimRules.TriggerKind;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.model.Claim.Modality;

import static fr.vigie.claims.rules.Gaps.reach;

/** The modality of a usage by the rules: negated, alleged, planned or asserted, from the cues and the verb's form. */
final class ModalityReading {

    private final ImpersonalClause impersonal;
    /** "aucun", "aucune" (claims/word-classes.tsv, negative-determiners). */
    private final java.util.Set<String> negativeDeterminers;

    ModalityReading(Lexicons lexicons, ClaimRules rules) {
        impersonal = new ImpersonalClause(lexicons, rules);
        negativeDeterminers = rules.words("negative-determiners");
    }

    Modality modality(SentenceView v, TriggerHit t) {
        boolean negated = false, alleged = false, planned = false;
        int negStart = -1;
        for (Hit<CueKind> c : v.cues) {
            int d = t.first() - c.endWord(); // words between the cue and the trigger
            switch (c.value()) {
                case NEGATION -> {
                    if (c.endWord() <= t.first() && d <= 4 && negStart < 0) negStart = c.firstWord();
                    else if (c.endWord() <= t.first() && d <= 4) negStart = Math.max(negStart, c.firstWord());
                }
                case CONDITIONAL -> {
                    if (c.endWord() <= t.first() && d <= 3) alleged = true;
                }
                case PLAN -> {
                    // "pourra, sur autorisation du préfet, faire voler": an insertion counts as one word
                    if (c.endWord() <= t.first() && reach(v, c.endWord(), t.first()) <= 4) planned = true;
                }
                case PLAN_ANY -> planned = true;
                case DENIAL -> {
                    if (c.endWord() <= t.first() && d <= 6 && t.trigger().kind() == TriggerKind.NOUN) negated = true;
                    // "dément avoir utilisé", "nie d'avoir eu recours": the denied past of a usage verb
                    if (c.endWord() <= t.first() && d <= 3 && t.trigger().kind() == TriggerKind.VERB) {
                        for (int i = c.endWord(); i < t.first(); i++) if (v.words.get(i).norm().equals("avoir")) negated = true;
                    }
                }
                case WITHOUT -> {
                    // "sans utiliser", "sans les utiliser"; not "sans même que son usage soit déclaré"
                    if (c.endWord() <= t.first() && d <= 1 && t.trigger().kind() == TriggerKind.VERB) negated = true;
                }
                default -> {
                }
            }
        }
        if (negStart >= 0) {
            boolean end = false, restriction = false;
            for (Hit<CueKind> c : v.cues) {
                if (c.firstWord() <= negStart || c.firstWord() > t.end() + 2) continue;
                if (c.value() == CueKind.NEGATION_END) end = true;
                if (c.value() == CueKind.RESTRICTION) restriction = true;
            }
            // "ne … que" after the verb, within a few words, is a restriction
            for (Hit<CueKind> c : v.cues) {
                if (c.value() == CueKind.RESTRICTION && c.firstWord() >= t.end() && c.firstWord() - t.end() <= 6) restriction = true;
            }
            // "aucun drone n'a été utilisé": the negative word before the verb
            boolean negativeSubject = false;
            for (int i = Math.max(0, negStart - 8); i < negStart; i++) {
                String n = v.words.get(i).norm();
                if (negativeDeterminers.contains(n) || n.equals("jamais") || n.equals("personne")) negativeSubject = true;
            }
            if ((end || negativeSubject) && !(restriction && !end)) negated = true;
        }
        if (!negated && t.trigger().kind() == TriggerKind.NOUN && t.first() > 0) {
            String prev = v.words.get(t.first() - 1).norm();
            if (negativeDeterminers.contains(prev) || prev.equals("pas")) negated = true;
        }
        String verb = v.words.get(t.first()).norm();
        if (t.trigger().kind() == TriggerKind.VERB) {
            if (verb.endsWith("rait") || verb.endsWith("raient")) alleged = true;
            if (verb.length() > 5 && (verb.endsWith("era") || verb.endsWith("eront") || verb.endsWith("erai")
                    || verb.endsWith("erons") || verb.endsWith("rra") || verb.endsWith("rront"))) {
                planned = true;
            }
        }
        if (t.trigger().kind() == TriggerKind.VERB && impersonal.impersonalBefore(v, t)) planned = true; // "il est proposé d'équiper"
        if (negated) return Modality.NEGATED;
        if (alleged) return Modality.ALLEGED;
        if (planned) return Modality.PLANNED;
        return Modality.ASSERTED;
    }
}
