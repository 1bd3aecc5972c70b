package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.Modality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static fr.vigie.claims.rules.Grammar.insideActor;
import static fr.vigie.claims.rules.Mention.actorOf;
import static fr.vigie.claims.rules.Mention.isActorCandidate;

/** "C'est le cas de Nice, Roanne et Perpignan": the claims of the sentence before, copied to the bodies a LIKEWISE cue names. */
final class LikewiseCopies {

    private final SubjectFinder subjects;

    LikewiseCopies(Lexicons lexicons, ClaimRules rules) {
        subjects = new SubjectFinder(lexicons, rules);
    }

    /**
     * "Plusieurs villes utilisent le logiciel X. C'est le cas de Nice, Roanne et Perpignan.": each
     * body named after a LIKEWISE cue, in a sentence with no usage of its own, did what the
     * sentence just before says; its claims are copied to them, with this sentence as evidence.
     */
    List<Draft> likewise(String text, SentenceView v, List<Draft> drafts, List<Draft> vagueDrafts) {
        int cue = -1;
        for (Hit<CueKind> c : v.cues) if (c.value() == CueKind.LIKEWISE && cue < 0) cue = c.endWord();
        if (cue < 0) return List.of();
        List<Draft> before = new ArrayList<>();
        for (List<Draft> list : List.of(drafts, vagueDrafts)) {
            for (Draft d : list) if (d.sentence() == v.sentence.index() - 1 && d.claim().modality() != Modality.NEGATED) before.add(d);
        }
        if (before.isEmpty()) return List.of();
        Mention first = null;
        for (Mention m : v.mentions) {
            if (m.first() >= cue && m.first() - cue <= 2 && isActorCandidate(m) && !(m.kind() == MentionKind.PLACE && insideActor(v, m))) {
                first = m;
                break;
            }
        }
        if (first == null) return List.of();
        List<Mention> actors = subjects.list(v, first, true);
        Claim.Evidence evidence = new Claim.Evidence(v.sentence.index(), v.sentence.start(), v.sentence.end(),
                text.substring(v.sentence.start(), v.sentence.end()));
        List<Draft> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Draft d : before) {
            Claim c = d.claim();
            if (!seen.add(c.tool().canonical() + "\u0000" + c.action().type())) continue;
            for (Mention a : actors) {
                ActorEntry who = actorOf(a);
                Claim.Actor actor = new Claim.Actor(text.substring(a.start(), a.stop()), who.canonical(), who.type(), a.start(), a.stop());
                double confidence = Math.round(Math.max(0.05, c.confidence() - 0.15) * 100) / 100.0;
                out.add(new Draft(new Claim(null, actor, c.action(), c.tool(), c.time(), null, c.legal(), c.modality(),
                        c.attribution(), evidence, confidence), v.sentence.index(), false, a));
            }
        }
        return out;
    }
}
