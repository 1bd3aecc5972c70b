package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.entities.GazetteerStage;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Word;
import fr.vigie.model.Claim;
import fr.vigie.model.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static fr.vigie.claims.rules.Grammar.passive;
import static fr.vigie.claims.rules.Mention.isActorCandidate;

/**
 * Bodies that no lexicon names, read from a noun phrase headed by a kind of body ("Le
 * syndicat mixte des transports a installé", "La société d'économie mixte qui gère le port").
 */
final class BodyNounPhrases {

    private final Lexicons lexicons;
    private final ClaimRules rules;
    private final Set<String> storyPlurals;
    private final SubjectFinder subjects;

    BodyNounPhrases(Lexicons lexicons, ClaimRules rules) {
        this.lexicons = lexicons;
        this.rules = rules;
        storyPlurals = rules.words("story-plurals");
        subjects = new SubjectFinder(lexicons, rules);
    }

    /**
     * "La société d'économie mixte qui gère le port a installé …": a sentence that opens on a
     * definite noun phrase headed by a kind of body of several words (named-actors.tsv), with no
     * name after it, has that body as the subject of its verb. One-word kinds ("la société")
     * refer back to a body named before (anaphora.tsv) and are not taken here.
     */
    Mention kindOfBodyOpening(String text, SentenceView v, TriggerHit t) {
        if (v.words.size() < 3 || !Set.of("la", "le", "l").contains(v.words.get(0).norm())) return null;
        int first = v.words.get(1).norm().equals("'") ? 2 : 1;
        var head = lexicons.namedHeads().longestAt(v.words, first, t.first());
        if (head == null || head.firstWord() != first || head.endWord() - head.firstWord() < 2) return null;
        if (head.endWord() < v.words.size() && v.words.get(head.endWord()).capitalized()) return null; // a name follows
        for (Mention m : v.mentions) {
            if (m.first() < t.first() && m.first() >= head.endWord() && isActorCandidate(m)
                    && !subjects.governedByPreposition(v.words, m.first()) && !v.words.get(m.first() - 1).norm().equals("(")) {
                return null; // another body is the subject
            }
        }
        int start = v.words.get(first).start();
        int end = v.words.get(head.endWord() - 1).end();
        String name = text.substring(start, end);
        Entity e = new Entity(name, GazetteerStage.ACTOR, start, end, v.sentence.index(), name, Entity.Origin.GAZETTEER);
        return new Mention(MentionKind.ACTOR, e, first, head.endWord(), null, new ActorEntry(name, head.value().type()), null, false);
    }

    /** Words of a verb group between a subject and its verb: auxiliaries, negation, clitics, adverbs. */
    private static final Set<String> VERB_GROUP = Set.of("n", "ne", "'", "pas", "jamais", "plus", "y", "en", "l", "les", "se",
            "s", "deja", "aussi", "egalement", "desormais", "ensuite", "bientot", "recemment", "notamment", "toujours",
            "encore", "alors", "meme", "va", "vont", "allait", "allaient", "doit", "doivent", "devrait", "devraient",
            "compte", "comptent", "prevoit", "prevoient", "envisage", "envisagent", "souhaite", "souhaitent", "veut",
            "veulent", "de", "d", "a", "fait", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront",
            "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "ete", "eu", "avoir", "etre");

    private static final Set<String> CLAUSE_WORDS = Set.of("que", "qu", "qui", "dont", "ou", "quand", "lorsque", "si",
            "comme", ",", ";", ":", "(", ")", "«", "»", "\"", "selon", "apres", "avant");

    /**
     * "Le syndicat mixte des transports a installé…", "En 2022, la régie a testé…", "… a
     * indiqué que les services du Rhône, du Nord et de Haute-Garonne utilisent…": a noun
     * phrase that opens the clause of a usage verb, headed by a body noun of body-heads.tsv
     * and holding no other actor or tool, is its actor, named as written, typed by its last
     * body noun; a list of places after the head gives one body per place.
     */
    List<Mention> bodyNounSubject(String text, SentenceView v, TriggerHit t) {
        if (passive(v, t)) return List.of();
        int g = t.first();
        while (g > 0 && VERB_GROUP.contains(v.words.get(g - 1).norm()) || g > 0 && v.words.get(g - 1).norm().endsWith("ment")) g--;
        for (Hit<CueKind> c : v.cues) {
            // "Le bailleur affirme avoir installé…": the subject ends before the reporting or denying verb
            if ((c.value() == CueKind.REPORTING || c.value() == CueKind.DENIAL || c.value() == CueKind.PLAN)
                    && c.firstWord() > 0 && c.firstWord() < g && c.endWord() >= g - 2) {
                g = c.firstWord();
            }
        }
        // "…, du Nord et de Haute-Garonne": the places listed after the first one, each with its preposition
        List<int[]> items = new ArrayList<>();
        boolean closed = false;
        for (int j = g; ; ) {
            Mention place = null;
            for (Mention m : v.mentions) if (m.kind() == MentionKind.PLACE && m.end() == j) place = m;
            if (place == null) break;
            int c = connectorBefore(v.words, place.first());
            if (c < 1) break;
            String sep = v.words.get(c - 1).norm();
            if (!sep.equals(",") && !sep.equals("et")) break;
            int from = sep.equals("et") && c >= 2 && v.words.get(c - 2).norm().equals(",") ? c - 2 : c - 1;
            closed |= sep.equals("et");
            items.add(0, new int[]{c, place.end()});
            j = from;
            g = from;
        }
        if (!items.isEmpty() && !closed) return List.of();
        if (g <= 1) return List.of();
        int d = -1;
        for (int i = g - 2; i >= 0; i--) {
            String n = v.words.get(i).norm();
            if (CLAUSE_WORDS.contains(n)) {
                if (!n.equals(",") && !n.equals("que") && !n.equals("qu")) return List.of();
                break;
            }
            if (Set.of("le", "la", "les", "l").contains(n)
                    && (i == 0 || Set.of(",", "que", "qu").contains(v.words.get(i - 1).norm()))) {
                d = i;
            }
        }
        if (d < 0 || g - d > 9) return List.of();
        int head = v.words.get(d).norm().equals("l") && d + 1 < g && v.words.get(d + 1).norm().equals("'") ? d + 2 : d + 1;
        for (int i = 0; i < d; i++) {
            // "Selon l'hôpital, la direction…" is fine; an opening that is itself a clause ("Quand …,") is not
            if (Set.of("qui", "quand", "si", "lorsque").contains(v.words.get(i).norm())) return List.of();
        }
        Claim.ActorType type = null;
        int headEnd = -1;
        for (Hit<Claim.ActorType> h : rules.bodyHeads().findLongest(v.words, head, g)) {
            if (h.firstWord() == head) headEnd = h.endWord();
            type = h.value();
        }
        if (headEnd < 0 || type == null) return List.of();
        if (v.words.get(d).norm().equals("les") && headEnd == g && items.isEmpty()
                && !storyPlurals.contains(v.words.get(headEnd - 1).norm())) {
            return List.of(); // "les entreprises utilisent …": a kind, not a body
        }
        int last = items.isEmpty() ? g : items.get(items.size() - 1)[1];
        for (Mention m : v.mentions) {
            if (m.first() < last && m.end() > d && m.kind() != MentionKind.PLACE) return List.of(); // a named body or tool inside
        }
        for (int i = head; i < g; i++) {
            Word w = v.words.get(i);
            if (CLAUSE_WORDS.contains(w.norm()) || Character.isDigit(w.norm().charAt(0))) return List.of();
        }
        List<Mention> out = new ArrayList<>();
        out.add(bodyMention(text, v, head, g, null, type));
        String headText = text.substring(v.words.get(head).start(), v.words.get(headEnd - 1).end());
        for (int[] item : items) out.add(bodyMention(text, v, item[0], item[1], headText, type));
        return out;
    }

    private static Mention bodyMention(String text, SentenceView v, int from, int to, String headText, Claim.ActorType type) {
        int start = v.words.get(from).start();
        int end = v.words.get(to - 1).end();
        String written = text.substring(start, end);
        String name = headText == null ? written : headText + " " + written;
        Entity e = new Entity(written, GazetteerStage.ACTOR, start, end, v.sentence.index(), name, Entity.Origin.GAZETTEER);
        return new Mention(MentionKind.ACTOR, e, from, to, null, new ActorEntry(name, type), null, false);
    }

    /** The first word of "de", "du", "des", "d'", "de la", "de l'" right before word {@code i}, or -1. */
    private static int connectorBefore(List<Word> words, int i) {
        if (i >= 1 && Set.of("du", "des", "de").contains(words.get(i - 1).norm())) return i - 1;
        if (i >= 2 && words.get(i - 1).norm().equals("'") && words.get(i - 2).norm().equals("d")) return i - 2;
        if (i >= 2 && words.get(i - 1).norm().equals("la") && words.get(i - 2).norm().equals("de")) return i - 2;
        if (i >= 3 && words.get(i - 1).norm().equals("'") && words.get(i - 2).norm().equals("l")
                && words.get(i - 3).norm().equals("de")) return i - 3;
        return -1;
    }
}
