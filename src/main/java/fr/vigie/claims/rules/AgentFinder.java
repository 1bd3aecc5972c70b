package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.lexicon.Lexicons;

import java.util.List;
import java.util.Set;

import static fr.vigie.claims.rules.Gaps.governedAt;
import static fr.vigie.claims.rules.Gaps.hardStopBetween;
import static fr.vigie.claims.rules.Gaps.onlyDeterminers;
import static fr.vigie.claims.rules.Gaps.triggerStartsAt;
import static fr.vigie.claims.rules.Mention.isActorCandidate;

/** The "par" agent of a passive or a nominalisation ("utilisé par la police municipale"). */
final class AgentFinder {

    private final Set<String> vendorParticiples;
    private final SubjectFinder subjects;

    AgentFinder(Lexicons lexicons, ClaimRules rules) {
        vendorParticiples = rules.words("vendor-participles");
        subjects = new SubjectFinder(lexicons, rules);
    }

    private static final int AGENT_WINDOW = 12;

    record AgentResult(List<Mention> actors, boolean blocked) {
    }

    /** "par X" after the trigger: the agent of a passive or of a nominalisation. */
    AgentResult agent(SentenceView v, TriggerHit t, int from) {
        for (int i = t.end(); i < Math.min(v.words.size(), from + AGENT_WINDOW); i++) {
            String n = v.words.get(i).norm();
            if (hardStopBetween(v.words, i, i + 1)) break;
            if (i > t.end() && triggerStartsAt(v, i) && !governedAt(v, i)) break;
            if (!n.equals("par")) continue;
            if (i > 0 && vendorParticiples.contains(v.words.get(i - 1).norm())) break; // "fourni par la société X": the vendor
            for (Mention m : v.mentions) {
                if (m.first() > i && m.first() - i <= 3 && onlyDeterminers(v.words, i + 1, m.first())) {
                    if (m.kind() == MentionKind.TOOL || m.kind() == MentionKind.LAW) break; // "fourni par Huawei"
                    if (isActorCandidate(m)) return new AgentResult(subjects.list(v, m, true), false);
                    return new AgentResult(List.of(), true); // "par la CNIL", "par Disclose": not a user
                }
            }
        }
        return new AgentResult(List.of(), false);
    }
}
