package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.claims.ClaimRules.TriggerKind;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Word;
import fr.vigie.model.Claim;
import fr.vigie.model.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static fr.vigie.claims.rules.Gaps.hardStopBetween;
import static fr.vigie.claims.rules.Gaps.hasCoordinator;
import static fr.vigie.claims.rules.Gaps.onlyListGlue;
import static fr.vigie.claims.rules.Grammar.AUXILIARIES;
import static fr.vigie.claims.rules.Grammar.DETERMINERS;
import static fr.vigie.claims.rules.Grammar.PREPOSITIONS;
import static fr.vigie.claims.rules.Grammar.SUBJECT_PRONOUNS;
import static fr.vigie.claims.rules.Grammar.insideActor;
import static fr.vigie.claims.rules.Mention.isActorCandidate;

/** The subject of a trigger: the actor before it that no preposition governs, with the actors listed with it. */
final class SubjectFinder {

    private final Lexicons lexicons;
    private final Set<String> quantityNouns;

    SubjectFinder(Lexicons lexicons, ClaimRules rules) {
        this.lexicons = lexicons;
        quantityNouns = rules.words("quantity-nouns");
    }

    /** The subject before the trigger: the nearest actor that is not the complement of a preposition. */
    List<Mention> subject(SentenceView v, TriggerHit t) {
        Mention best = null;
        for (Mention m : v.mentions) {
            if (m.end() > t.first()) break;
            if (hardStopBetween(v.words, m.end(), t.first())) continue;
            if (m.kind() == MentionKind.PLACE && insideActor(v, m)) continue;
            if (m.kind() == MentionKind.TOOL || m.kind() == MentionKind.LAW) continue;
            if (governedByPreposition(v.words, m.first())) continue;
            if (m.first() > 0 && v.words.get(m.first() - 1).norm().equals("(")) continue; // "Istres (Bouches-du-Rhône)"
            best = m;
        }
        if (best != null && !isActorCandidate(best)) {
            Mention other = unlistedOrganisation(v, t, best);
            return other == null ? List.of() : List.of(other);
        }
        if (best == null) return List.of();
        if (best.kind() == MentionKind.PLACE && t.first() - best.end() > 6) return List.of();
        return list(v, best, false);
    }

    /**
     * An organisation the lexicons do not know (a club, a shop chain, a school), tagged ORG by
     * the statistical model, is the actor of a usage verb it is the subject of, typed OTHER:
     * directly ("Le club a installé…") or through a pronoun after a reporting verb ("Le club a
     * annoncé qu'il renonçait…"). Never for a usage noun, which a commentator can name.
     */
    private Mention unlistedOrganisation(SentenceView v, TriggerHit t, Mention m) {
        if (t.trigger().kind() != TriggerKind.VERB || m.entity().origin() != Entity.Origin.MODEL) return null;
        Claim.ActorType kind = appositionType(v, m);
        if (kind == null && !"ORG".equals(m.entity().type())) return null;
        if (kind == null) kind = Claim.ActorType.OTHER;
        if (t.first() - m.end() > 10) return null;
        boolean reporting = false;
        for (Hit<CueKind> c : v.cues) {
            if (c.value() == CueKind.REPORTING && c.firstWord() >= m.end() && c.endWord() <= t.first()) reporting = true;
        }
        if (reporting) {
            boolean pronoun = false;
            for (int i = Math.max(m.end(), t.first() - 4); i < t.first(); i++) {
                if (SUBJECT_PRONOUNS.contains(v.words.get(i).norm())) pronoun = true;
            }
            if (!pronoun) return null;
        }
        String name = m.entity().text();
        return new Mention(MentionKind.ACTOR, m.entity(), m.first(), m.end(), null,
                new ActorEntry(name, kind), null, false);
    }

    /**
     * "La société de sécurité chargée du festival, Breizh Sûreté, a installé …": a name set off
     * after a noun phrase headed by a kind of organisation (named-actors.tsv) is that kind of body.
     */
    private Claim.ActorType appositionType(SentenceView v, Mention m) {
        if (m.first() < 3 || !v.words.get(m.first() - 1).norm().equals(",")) return null;
        if (m.end() >= v.words.size() || !v.words.get(m.end()).norm().equals(",")) return null;
        for (int j = Math.max(0, m.first() - 12); j < m.first() - 1; j++) {
            if (j > 0 && !Set.of("la", "le", "l", "'", "les", "un", "une").contains(v.words.get(j - 1).norm())) continue;
            var head = lexicons.namedHeads().longestAt(v.words, j, m.first() - 1);
            if (head != null && head.firstWord() == j) return head.value().type();
        }
        return null;
    }

    /** True when a preposition comes before the mention (through its determiners, or a common noun: "de la zone X"). */
    boolean governedByPreposition(List<Word> words, int first) {
        int i = first - 1;
        if (i > 1 && commonNoun(words.get(i))) {
            int j = i - 1;
            while (j >= 0 && DETERMINERS.contains(words.get(j).norm()) && !PREPOSITIONS.contains(words.get(j).norm())) j--;
            if (j >= 0 && j < i - 1 && Set.of("de", "d", "du", "des").contains(words.get(j).norm())) return true;
        }
        while (i >= 0 && (DETERMINERS.contains(words.get(i).norm()) && !PREPOSITIONS.contains(words.get(i).norm()))) i--;
        if (i < 0) return false;
        String n = words.get(i).norm();
        if ((n.equals("de") || n.equals("d")) && i > 0 && quantityNouns.contains(words.get(i - 1).norm())) {
            return false; // "une poignée d'enquêteurs", "la plupart des communes": the quantity's complement is the subject
        }
        if (n.equals("des")) {
            // "Des polices municipales utilisent…" at the start of a clause is a determiner
            if (i == 0) return false;
            String p = words.get(i - 1).norm();
            return !(Set.of(",", ";", ":", "\"", "et", "ou", "que", "qu", "'").contains(p));
        }
        return PREPOSITIONS.contains(n);
    }

    /** The mention opens on a definite article that no preposition precedes: "…, la ville a activé". */
    private static boolean definiteStart(List<Word> words, int first) {
        int i = Set.of("la", "le", "les", "l").contains(words.get(first).norm()) ? first : first - 1; // "la ville" as a whole
        if (i >= 0 && i < first && words.get(i).norm().equals("'")) i--;
        if (i < 0 || !Set.of("la", "le", "les", "l").contains(words.get(i).norm())) return false;
        return i == 0 || !PREPOSITIONS.contains(words.get(i - 1).norm());
    }

    /** A lower-case word of letters that is no small word: "zone" of "de la zone Bruxelles-Nord". */
    private static boolean commonNoun(Word w) {
        String n = w.norm();
        return !w.capitalized() && n.length() > 2 && n.chars().allMatch(Character::isLetter) && !DETERMINERS.contains(n)
                && !PREPOSITIONS.contains(n) && !AUXILIARIES.contains(n) && !Set.of("qui", "que", "dont", "et", "ou").contains(n);
    }

    /** The mention and the actors listed with it ("Nice, Roanne et Perpignan"). */
    List<Mention> list(SentenceView v, Mention m, boolean forward) {
        List<Mention> actors = new ArrayList<>(v.mentions.stream().filter(Mention::isActorCandidate)
                .filter(x -> !(x.kind() == MentionKind.PLACE && insideActor(v, x))).toList());
        int idx = actors.indexOf(m);
        List<Mention> out = new ArrayList<>();
        out.add(m);
        for (int k = idx - 1; k >= 0; k--) {
            Mention p = actors.get(k);
            Mention next = out.get(0);
            if (next.first() - p.end() <= 3 && onlyListGlue(v.words, p.end(), next.first())
                    && hasCoordinator(v.words, p.end(), next.first()) && (p.kind() == m.kind() || endsWithPlace(v, p, m))
                    && (forward || !governedByPreposition(v.words, p.first()) || !definiteStart(v.words, m.first()))) {
                // "D'après un agent du centre de supervision, la ville a …": a complement before a comma is no item of the list
                out.add(0, p);
            } else {
                break;
            }
        }
        for (int k = idx + 1; k < actors.size(); k++) {
            Mention n = actors.get(k);
            Mention prev = out.get(out.size() - 1);
            if (n.first() - prev.end() <= 3 && onlyListGlue(v.words, prev.end(), n.first())
                    && hasCoordinator(v.words, prev.end(), n.first()) && n.kind() == m.kind()) {
                out.add(n);
            } else {
                break;
            }
        }
        return out;
    }

    /**
     * "la police nationale de Lyon, Grenoble et Valence": an actor of a place opens a list of
     * places, the first item of which it is.
     */
    private static boolean endsWithPlace(SentenceView v, Mention actor, Mention place) {
        if (actor.kind() != MentionKind.ACTOR || place.kind() != MentionKind.PLACE) return false;
        for (Mention x : v.mentions) {
            if (x.kind() == MentionKind.PLACE && x.end() == actor.end() && x.first() > actor.first()) return true;
        }
        return false;
    }
}
