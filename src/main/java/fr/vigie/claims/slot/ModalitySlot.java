package fr.vigie.claims.slot;

import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.claims.ClaimRules.Trigger;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Word;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.Modality;

import java.util.List;

/**
 * How the text states a usage: negated ("n'a jamais utilisé", "dément avoir…"), alleged (the
 * journalistic conditional), planned ("envisage de", "va déployer", a future), reported (a
 * source or a reporting verb), or asserted; and who says so. Read from the cues of
 * {@code claims/modality-cues.tsv} in the evidence sentence, the ones around the trigger first.
 */
public final class ModalitySlot {

    /** Words between "ne" and its "pas/jamais" around a trigger. */
    private static final int NEGATION_SPAN = 4;

    /** Words between a plan cue and the usage verb it governs ("va très bientôt déployer"). */
    private static final int PLAN_SPAN = 4;

    /** Words between a usage named as a noun and the future that follows it ("le déploiement des drones sera"). */
    private static final int PLAN_AFTER_NOUN = 10;

    private ModalitySlot() {
    }

    public record Reading(Modality modality, Claim.Attribution attribution) { }

    public static Reading of(String text, List<Word> words, List<Hit<CueKind>> cues, Hit<Trigger> trigger) {
        int at = trigger == null ? words.size() : trigger.firstWord();
        boolean negated = false, conditional = false, plan = false, reported = false, denial = false;
        Hit<CueKind> source = null;
        for (Hit<CueKind> c : cues) {
            switch (c.value()) {
                case NEGATION -> {
                    if (c.firstWord() < at && at - c.endWord() <= NEGATION_SPAN && endOfNegation(cues, c, at)) negated = true;
                }
                case DENIAL -> denial |= c.firstWord() < at;
                case CONDITIONAL -> conditional |= Math.abs(c.firstWord() - at) <= 3;
                case PLAN -> plan |= trigger == null || planOf(words, c, trigger);
                case PLAN_ANY -> plan = true;
                case SOURCE -> {
                    reported = true;
                    if (source == null) source = c;
                }
                case REPORTING -> reported = true;
                default -> { }
            }
        }
        Claim.Attribution attribution = null;
        if (source != null) {
            int j = source.endWord();
            int end = j;
            while (end < words.size() && end < j + 6 && !words.get(end).isPunctuation()) end++;
            if (end > j) {
                String who = text.substring(words.get(j).start(), words.get(end - 1).end());
                attribution = new Claim.Attribution(text.substring(source.start(), words.get(end - 1).end()), who);
            }
        }
        Modality m = negated || denial ? Modality.NEGATED : conditional ? Modality.ALLEGED : plan ? Modality.PLANNED
                : reported ? Modality.REPORTED : Modality.ASSERTED;
        return new Reading(m, attribution);
    }

    /**
     * The reading for a tool named with a negative determiner ({@code negative-determiners} of
     * {@code claims/word-classes.tsv}) in the same sentence: "Il n'y aura aucune reconnaissance
     * faciale", "aucun drone n'a volé" deny the usage whatever the verb.
     */
    public static Reading withNegativeDeterminer(Reading r, List<Word> words, int toolFirstWord,
                                                 java.util.Set<String> negativeDeterminers) {
        if (toolFirstWord <= 0 || toolFirstWord > words.size()) return r;
        if (negativeDeterminers.contains(words.get(toolFirstWord - 1).norm())) return new Reading(Modality.NEGATED, r.attribution());
        return r;
    }

    /**
     * Whether the usage is only framed, not stated: what an actor may or can do ("permettant aux
     * policiers de recourir aux drones"), or a rule on a usage named as a noun ("l'encadrement de
     * l'usage des drones par les forces de l'ordre"). Not a claim (SPEC §3).
     */
    public static boolean framedOnly(List<Hit<CueKind>> cues, Hit<Trigger> trigger) {
        return framedOnly(cues, trigger, null, List.of(), -1);
    }

    /**
     * As {@link #framedOnly(List, Hit)}, except that an individual act's authorisation of the
     * pair's actor is no frame: in "un arrêté préfectoral qui autorisait la gendarmerie à utiliser
     * des drones" the gendarmerie's usage is stated (the actor at word {@code actorFirst}, within
     * the authorising cue).
     */
    public static boolean framedOnly(List<Hit<CueKind>> cues, Hit<Trigger> trigger, List<Word> words,
                                     List<Hit<fr.vigie.claims.ClaimRules.LegalCue>> legal, int actorFirst) {
        if (trigger == null) return false;
        for (Hit<CueKind> c : cues) {
            int gap = trigger.firstWord() - c.endWord();
            if (c.value() == CueKind.CAPABILITY && gap >= 0 && gap <= 3) {
                if (words != null && actorFirst > c.firstWord() && actorFirst < c.endWord()
                        && LegalSlot.byAnAct(words, c.firstWord(), legal)) continue;
                return true;
            }
            if (c.value() == CueKind.REGULATION && trigger.value().kind() == fr.vigie.claims.ClaimRules.TriggerKind.NOUN
                    && gap >= 0 && gap <= 6) return true;
        }
        return false;
    }

    /**
     * Whether a plan cue governs the usage trigger: a few words before it ("envisage de
     * déployer", "va bientôt installer", "devrait être équipée"), or, for a usage named as a
     * noun, a few words after it ("l'installation des caméras sera achevée"). A plan of another
     * clause ("un logiciel qui pourrait être intégré", "des évènements auxquels on pourrait
     * s'attendre") is not this usage's.
     */
    private static boolean planOf(List<Word> words, Hit<CueKind> c, Hit<Trigger> trigger) {
        if (c.firstWord() < trigger.firstWord()) return trigger.firstWord() - c.endWord() <= PLAN_SPAN;
        if (trigger.value().kind() != fr.vigie.claims.ClaimRules.TriggerKind.NOUN || c.firstWord() < trigger.endWord()
                || c.firstWord() - trigger.endWord() > PLAN_AFTER_NOUN) return false;
        // the future must be the noun phrase's own verb: none before it, no other clause between
        for (int i = trigger.endWord(); i < c.firstWord(); i++) {
            if (NOT_THE_NOUNS_VERB.contains(words.get(i).norm())) return false;
        }
        return true;
    }

    /** Words that put a plan cue in another clause than a usage noun's: a verb before it, a relative, a break. */
    private static final java.util.Set<String> NOT_THE_NOUNS_VERB = java.util.Set.of("a", "ont", "est", "sont", "ete",
            "etait", "etaient", "avait", "avaient", "fut", "qui", "que", "qu", "dont", "auxquels", "auxquelles", "lequel",
            "laquelle", "lesquels", "lesquelles", ";", ":", ".", "?", "!");

    private static boolean endOfNegation(List<Hit<CueKind>> cues, Hit<CueKind> ne, int at) {
        for (Hit<CueKind> c : cues) {
            if (c.value() == CueKind.NEGATION_END && c.firstWord() > ne.firstWord() && c.firstWord() <= at + 2) return true;
        }
        return false;
    }
}
