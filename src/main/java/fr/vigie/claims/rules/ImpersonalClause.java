package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.lexicon.Lexicons;

import java.util.Set;

import static fr.vigie.claims.rules.Gaps.hardStopBetween;
import static fr.vigie.claims.rules.Grammar.AUXILIARIES;

/** The impersonal "il est proposé de", "il a été décidé d'": an "il" that is nobody and nothing. */
final class ImpersonalClause {

    private final Set<String> impersonalHeads;

    ImpersonalClause(Lexicons lexicons, ClaimRules rules) {
        impersonalHeads = rules.words("impersonal-heads");
    }

    /**
     * The word after an impersonal "il est proposé de", "il a été décidé d'", "il n'est pas
     * question de" that starts at {@code i}, or -1: such an "il" is nobody and nothing.
     */
    int impersonalEnd(SentenceView v, int i) {
        if (i >= v.words.size() || !v.words.get(i).norm().equals("il")) return -1;
        int j = i + 1;
        while (j < v.words.size() && j - i <= 5 && (AUXILIARIES.contains(v.words.get(j).norm())
                || Set.of("n", "ne", "'", "pas", "donc", "aussi", "egalement", "desormais").contains(v.words.get(j).norm()))) {
            j++;
        }
        if (j == i + 1 || j + 1 >= v.words.size() || !impersonalHeads.contains(v.words.get(j).norm())) return -1;
        String de = v.words.get(j + 1).norm();
        if (!de.equals("de") && !de.equals("d")) return -1;
        return de.equals("d") ? j + 3 : j + 2;
    }

    /** The verb follows an impersonal "il est proposé de" (with other verbs listed after: "de renoncer … et de ne pas acquérir"). */
    boolean impersonalBefore(SentenceView v, TriggerHit t) {
        for (int i = 0; i < t.first(); i++) {
            int end = impersonalEnd(v, i);
            if (end >= 0 && end <= t.first() && !hardStopBetween(v.words, end, t.first()) && t.first() - end <= 12) return true;
        }
        return false;
    }
}
