package fr.vigie.claims.rules;

import fr.vigie.lexicon.Word;
import fr.vigie.model.TemporalExpression;

import java.util.List;

import static fr.vigie.claims.rules.Grammar.DETERMINERS;
import static fr.vigie.claims.rules.Grammar.LIST_GLUE;
import static fr.vigie.claims.rules.Grammar.QUOTE_OPEN;

/** What lies between two word positions of a sentence: distances, stops, list glue, other triggers. */
final class Gaps {

    private Gaps() {
    }

    /** The longest insertion set off by commas that does not count in the distance to the object. */
    private static final int INSERTION = 20;

    /**
     * The distance from a verb to its object: words between, not counting elisions, temporal
     * expressions ("a testé du 2 au 12 novembre 2024 le logiciel") and insertions set off by
     * commas right after the verb ("a installé, dans les halls des immeubles, des caméras").
     */
    static int reach(SentenceView v, int from, int to) {
        int n = 0;
        int i = from;
        boolean leading = true;
        while (i < to) {
            String norm = v.words.get(i).norm();
            if (leading && norm.equals(",")) {
                int close = -1;
                for (int j = i + 1; j < to && j - i <= INSERTION; j++) {
                    String w = v.words.get(j).norm();
                    if (w.equals(",")) {
                        close = j;
                        break;
                    }
                    if (isTriggerWord(v, j) || QUOTE_OPEN.contains(w)) break;
                }
                if (close > 0) {
                    i = close + 1;
                    n++;
                    continue;
                }
            }
            leading = false;
            if (!norm.equals("'") && !inTime(v, v.words.get(i))) n++;
            i++;
        }
        return n;
    }

    private static boolean inTime(SentenceView v, Word w) {
        for (TemporalExpression te : v.times) {
            if (w.start() >= te.start() && w.end() <= te.end()) return true;
        }
        return false;
    }

    /** Words between two positions, the apostrophes of elisions ("l'", "d'") not counted. */
    static int span(SentenceView v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (!v.words.get(i).norm().equals("'")) n++;
        return n;
    }

    private static boolean isTriggerWord(SentenceView v, int i) {
        for (TriggerHit t : v.triggers) if (i >= t.first() && i < t.end()) return true;
        return false;
    }

    static boolean triggerBetween(SentenceView v, int from, int to, TriggerHit self) {
        for (TriggerHit o : v.triggers) {
            if (o != self && !o.governed() && o.first() >= from && o.first() < to) return true;
        }
        return false;
    }

    static boolean hardStopBetween(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            String n = words.get(i).norm();
            if (n.equals(";") || n.equals(":") || n.equals(".") || n.equals("?") || n.equals("!")) return true;
        }
        return false;
    }

    static boolean onlyListGlue(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) if (!LIST_GLUE.contains(words.get(i).norm())) return false;
        return true;
    }

    static boolean hasCoordinator(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            String n = words.get(i).norm();
            if (n.equals("et") || n.equals("ou") || n.equals(",")) return true;
        }
        return false;
    }

    static boolean governedAt(SentenceView v, int i) {
        for (TriggerHit t : v.triggers) if (t.first() == i && t.governed()) return true;
        return false;
    }

    static boolean triggerStartsAt(SentenceView v, int i) {
        for (TriggerHit t : v.triggers) if (t.first() == i) return true;
        return false;
    }

    static boolean onlyDeterminers(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) if (!DETERMINERS.contains(words.get(i).norm())) return false;
        return true;
    }

    static boolean cleanBetween(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            String n = v.words.get(i).norm();
            if (n.equals("et") || n.equals("ou") || n.equals(",") || n.equals(";") || isTriggerWord(v, i)) return false;
        }
        return true;
    }

    static int wordAt(List<Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) if (words.get(i).end() > offset) return i;
        return words.size() - 1;
    }
}
