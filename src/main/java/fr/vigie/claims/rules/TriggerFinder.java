package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimRules.Trigger;
import fr.vigie.claims.ClaimRules.TriggerKind;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Word;
import fr.vigie.lexicon.Words;
import fr.vigie.model.Document;
import fr.vigie.model.TemporalExpression;
import fr.vigie.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static fr.vigie.claims.rules.Grammar.adverb;
import static fr.vigie.claims.rules.Mention.isActorCandidate;

/**
 * Finds the usage triggers of a sentence ("utilise", "l'installation", "à l'aide de"), drops
 * the verb forms that are nouns there, and folds a governed trigger into its governor ("a
 * renoncé à utiliser"). Public only for what {@link fr.vigie.claims.ClaimCandidates} must
 * read the same way.
 */
public final class TriggerFinder {

    private final ClaimRules rules;

    TriggerFinder(Lexicons lexicons, ClaimRules rules) {
        this.rules = rules;
    }

    private static final Set<String> GOVERNING_GLUE = Set.of("de", "d", "'", "a", "l", "la", "le", "les", "des", "du", "au", "aux",
            "un", "une", "en", "sa", "son", "ses", "leur", "leurs", "cette", "ce", "cet", "ces");

    /** Triggers outside named mentions, a governed trigger folded into its governor. */
    List<TriggerHit> triggers(Document doc, SentenceView v) {
        List<TriggerHit> raw = new ArrayList<>();
        for (Hit<Trigger> h : rules.triggers().findLongest(v.words, 0, v.words.size())) {
            boolean inside = false;
            for (Mention m : v.mentions) {
                if (m.kind() != MentionKind.PERSON && h.firstWord() >= m.first() && h.firstWord() < m.end()) {
                    inside = true;
                    break;
                }
            }
            if (inside) continue;
            if (attributeOfTool(rules, v.words, h, v.of(MentionKind.TOOL).stream().anyMatch(m -> m.end() == h.firstWord()))) {
                continue; // "des drones équipés de caméras", "des caméras utilisant l'IA": what the tool carries or runs
            }
            if (h.value().kind() == TriggerKind.VERB && taggedAsNoun(doc, v, h) && !betweenSubjectAndObject(v, h)) continue;
            if (h.value().kind() == TriggerKind.VERB && h.endWord() - h.firstWord() == 1 && h.firstWord() > 0
                    && NOUN_DETERMINERS.contains(v.words.get(h.firstWord() - 1).norm()) && !taggedAsVerb(doc, v, h)) {
                continue; // "une équipe", "son test": a noun, not the verb
            }
            raw.add(new TriggerHit(h.value(), h.firstWord(), h.endWord(), h.start(), h.end(), false, false));
        }
        List<TriggerHit> out = new ArrayList<>();
        for (TriggerHit t : raw) {
            if (!out.isEmpty()) {
                TriggerHit prev = out.get(out.size() - 1);
                if (!prev.governed() && prev.trigger().kind() != TriggerKind.INSTRUMENT && t.first() - prev.end() <= 6
                        && onlyGlue(v, prev.end(), t.first())) {
                    // "a renoncé à utiliser", "teste l'utilisation": the first governs
                    out.set(out.size() - 1, new TriggerHit(prev.trigger(), prev.first(), prev.end(), prev.start(), prev.stop(), true, false));
                    out.add(new TriggerHit(t.trigger(), t.first(), t.end(), t.start(), t.stop(), false, true));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * A participle of a verb that furnishes something ({@code furnishing-lemmas}: "équipés",
     * "dotée", "munis") right after a tool and before "de": "des drones équipés de caméras" says
     * what the tool carries, an attribute of the tool, not that anyone deployed it. Followed by
     * "par" further on, it stays a passive ("des véhicules équipés de caméras par la ville").
     */
    public static boolean attributeOfTool(ClaimRules rules, List<Word> words, Hit<Trigger> h, boolean afterTool) {
        return furnishesTool(rules, words, h, afterTool) || describesTool(words, h, afterTool);
    }

    /**
     * A present participle right after a tool has the tool for its subject: "la
     * vidéosurveillance exploitant l'IA", "des caméras utilisant la reconnaissance faciale" say
     * what the tool runs, not that anyone used anything.
     */
    static boolean describesTool(List<Word> words, Hit<Trigger> h, boolean afterTool) {
        if (!afterTool || h.value().kind() != TriggerKind.VERB || h.endWord() - h.firstWord() != 1) return false;
        return words.get(h.firstWord()).norm().endsWith("ant");
    }

    public static boolean furnishesTool(ClaimRules rules, List<Word> words, Hit<Trigger> h, boolean afterTool) {
        if (!afterTool || h.value().kind() != TriggerKind.VERB || h.endWord() - h.firstWord() != 1) return false;
        if (!rules.words("furnishing-lemmas").contains(Words.fold(h.value().lemma()))) return false;
        if (!Grammar.participle(words.get(h.firstWord()).lower())) return false; // "équipés", not the present "équipe"
        int next = h.endWord();
        if (next >= words.size() || !(words.get(next).norm().equals("de") || words.get(next).norm().equals("d"))) return false;
        for (int i = next; i < Math.min(words.size(), next + 8); i++) {
            if (words.get(i).norm().equals("par")) return false;
        }
        return true;
    }

    private static final Set<String> OBJECT_DETERMINERS = Set.of("le", "la", "les", "l", "des", "du", "un", "une", "ses", "son",
            "sa", "leur", "leurs", "ce", "cet", "cette", "ces");

    /**
     * "la gendarmerie nationale équipe ses véhicules": a verb form that is also a noun, right
     * after an actor and before a determiner, is the verb whatever the tagger says.
     */
    private static boolean betweenSubjectAndObject(SentenceView v, Hit<Trigger> h) {
        int j = h.endWord();
        while (j < v.words.size() && adverb(v.words.get(j))) j++; // "équipe progressivement ses véhicules"
        if (j >= v.words.size() || !OBJECT_DETERMINERS.contains(v.words.get(j).norm())) return false;
        int i = h.firstWord();
        while (i > 0 && adverb(v.words.get(i - 1))) i--;
        for (Mention m : v.mentions) {
            if (m.end() == i && isActorCandidate(m)) return true;
        }
        return false;
    }

    /** Small words, adverbs in -ment and temporal expressions only: "a suspendu mercredi l'utilisation". */
    private static boolean onlyGlue(SentenceView v, int from, int to) {
        int content = 0;
        for (int i = from; i < to; i++) {
            Word w = v.words.get(i);
            if (GOVERNING_GLUE.contains(w.norm())) continue;
            if (w.norm().endsWith("ment") && w.norm().length() > 6) {
                content++;
                continue;
            }
            boolean inTime = false;
            for (TemporalExpression te : v.times) {
                if (w.start() >= te.start() && w.end() <= te.end()) inTime = true;
            }
            if (!inTime) return false;
        }
        return content <= 1;
    }

    /** Determiners before which a one-word verb trigger is a noun unless the tagger reads a verb ("une équipe", "son test"). */
    public static final Set<String> NOUN_DETERMINERS = Set.of("un", "une", "cette", "cet", "ce", "sa", "son", "ses", "leur",
            "leurs", "des", "ces", "notre", "votre", "chaque");

    /** A one-word trigger whose word is also a noun: only there does the tagger's reading matter. */
    public static boolean isNounHomograph(ClaimRules rules, List<Word> words, Hit<Trigger> h) {
        return h.endWord() - h.firstWord() == 1 && rules.words("noun-homographs").contains(words.get(h.firstWord()).norm());
    }

    private static boolean taggedAsVerb(Document doc, SentenceView v, Hit<Trigger> h) {
        if (doc.tokens().isEmpty() || v.sentence.endToken() <= v.sentence.firstToken()) return false;
        for (Token t : doc.tokensOf(v.sentence)) {
            if (t.start() == h.start() && t.pos() != null) return t.pos().equals("VERB") || t.pos().equals("AUX");
        }
        return false;
    }

    /**
     * POS as an extra signal: a one-word verb trigger that French also uses as a noun
     * ({@code noun-homographs} in word-classes.tsv: "l'exploitant", "les employés") is
     * dropped when the tagger reads it as a noun. Any other verb trigger is a verb whatever
     * the tagger says, so the tagger runs only where it can decide something.
     */
    private boolean taggedAsNoun(Document doc, SentenceView v, Hit<Trigger> h) {
        List<Token> tokens = doc.tokens();
        if (tokens.isEmpty() || v.sentence.endToken() <= v.sentence.firstToken()) return false;
        if (!isNounHomograph(rules, v.words, h)) return false;
        for (Token t : doc.tokensOf(v.sentence)) {
            if (t.start() == h.start() && t.pos() != null) {
                return t.pos().equals("NOUN");
            }
        }
        return false;
    }
}
