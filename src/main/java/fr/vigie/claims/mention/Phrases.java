package fr.vigie.claims.mention;

import fr.vigie.claims.mention.Mention.Determiner;
import fr.vigie.lexicon.Word;

import java.util.List;
import java.util.Set;

/**
 * Word-level readings shared by the mention finders: the determiner before a head, a proper
 * name after it, a describing complement. Closed classes of French grammar (determiners,
 * prepositions, pronouns), not domain knowledge.
 */
final class Phrases {

    private Phrases() {
    }

    static final Set<String> DEFINITE = Set.of("le", "la", "les", "l");
    static final Set<String> DEMONSTRATIVE = Set.of("ce", "cet", "cette", "ces");
    static final Set<String> POSSESSIVE = Set.of("son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes");
    static final Set<String> INDEFINITE = Set.of("un", "une", "des", "plusieurs", "certains", "certaines", "quelques", "nombreux", "nombreuses", "de", "d");
    static final Set<String> NAME_LINKS = Set.of("de", "du", "des", "d", "'", "-", "la", "le", "les", "l", "sur", "en", "et");
    static final Set<String> OF = Set.of("de", "du", "des", "d");
    /** Words after which a tool phrase stops: relatives, prepositions of circumstance, verbs of being. */
    static final Set<String> STOP = Set.of("qui", "que", "qu", "dont", "ou", "pour", "afin", "dans", "sur", "sous", "avec",
            "sans", "chez", "entre", "par", "est", "sont", "a", "ont", "ete", "sera", "seront", "etait", "etaient", "se",
            "s", "ne", "n", "y", "en", "et", "lors", "depuis", "pendant", "contre", "vers", "selon", "comme", "mais",
            "aupres", "apres", "avant", "des", "il", "elle", "ils", "elles", "on", "ce", "cette", "ces", "leur", "leurs",
            "son", "sa", "ses", "au", "aux", "le", "la", "les", "l", "un", "une", "jusqu", "plus", "moins", "tres",
            "aussi", "deja", "encore", "desormais", "notamment", "ainsi", "alors", "donc", "si");
    static final Set<String> LIST_INTRO = Set.of("comme", "dont", "notamment", "parmi", "tels", "telles", "tel", "telle", ":");
    static final Set<String> LIST_GLUE = Set.of(",", "et", "ou", "ainsi", "que", "encore", "voire", "enfin");

    static boolean isNameWord(Word w) {
        if (!w.capitalized()) {
            return false;
        }
        // a capitalised grammar word opening a sentence is no name
        return !DEFINITE.contains(w.norm()) && !DEMONSTRATIVE.contains(w.norm()) && !POSSESSIVE.contains(w.norm())
                && !Set.of("un", "une", "des", "en", "a", "au", "aux", "et", "ou", "il", "elle", "ils", "elles", "selon",
                "depuis", "pour", "dans", "sur", "mais", "d", "l", "de", "du").contains(w.norm());
    }

    static boolean isQuoteOpen(Word w) {
        String n = w.norm();
        return n.equals("\u00AB") || n.equals("\u201C") || n.equals("\"");
    }

    static boolean isQuoteClose(Word w) {
        String n = w.norm();
        return n.equals("\u00BB") || n.equals("\u201D") || n.equals("\"");
    }

    /** The end of a proper name starting at {@code i} ("Saint-Jean-de-Luz", "Côte d'Azur"), or {@code i} when none. */
    static int nameEnd(List<Word> words, int i, int to) {
        if (i >= to || !isNameWord(words.get(i))) {
            return i;
        }
        int end = i + 1;
        int j = end;
        while (j < to) {
            Word w = words.get(j);
            if (isNameWord(w) || (w.norm().equals("-") && j + 1 < to && adjacent(words.get(j - 1), w))) {
                j++;
                if (isNameWord(w)) end = j;
                continue;
            }
            if (NAME_LINKS.contains(w.norm()) && !w.norm().equals("et") && j + 1 < to && isNameWord(words.get(j + 1))
                    && (w.norm().equals("'") || w.norm().equals("-") || j - end <= 1)) {
                j++;
                continue;
            }
            break;
        }
        return end;
    }

    static boolean adjacent(Word a, Word b) {
        return a.end() == b.start();
    }

    /** The determiner just before word {@code i} (skipping one word of {@code counts} or a number). */
    static Determiner determinerBefore(List<Word> words, int i, Set<String> counts) {
        int j = i - 1;
        if (j >= 0 && (counts.contains(words.get(j).norm()) || isNumber(words.get(j)))) {
            if (j - 1 < 0 || !isDeterminer(words.get(j - 1))) return Determiner.NUMBER;
            j--;
        }
        if (j < 0) return Determiner.NONE;
        String n = words.get(j).norm();
        if (n.equals("'") && j > 0) n = words.get(j - 1).norm();
        if (DEFINITE.contains(n)) return Determiner.DEFINITE;
        if (DEMONSTRATIVE.contains(n)) return Determiner.DEMONSTRATIVE;
        if (POSSESSIVE.contains(n)) return Determiner.POSSESSIVE;
        if (INDEFINITE.contains(n)) return Determiner.INDEFINITE;
        if (n.equals("du") || n.equals("au") || n.equals("aux")) return Determiner.DEFINITE;
        return Determiner.NONE;
    }

    /**
     * Where a counted phrase starts before the head at {@code first}: "57 caméras", "trois drones",
     * "une cinquantaine de nouvelles caméras", "plus de mille magasins". An article alone ("un
     * logiciel") is no count.
     */
    static int quantityStart(List<Word> ws, int first, Set<String> counts) {
        int i = first;
        while (i > 0) {
            Word w = ws.get(i - 1);
            String n = w.norm();
            if (isYear(w) && isDeterminer(ws.get(i))) break; // "acheté en 2023 un logiciel": a year, not a count
            if (counts.contains(n) || isNumber(w)) {
                i--;
            } else if ((n.equals("de") || n.equals("d") || n.equals("'")) && i - 2 >= 0
                    && (counts.contains(ws.get(i - 2).norm()) || ws.get(i - 2).norm().equals("'"))) {
                i--;
            } else {
                break;
            }
        }
        while (i < first && !(counts.contains(ws.get(i).norm()) || isNumber(ws.get(i)))) i++;
        if (i == first - 1 && (ws.get(i).norm().equals("un") || ws.get(i).norm().equals("une"))) i = first;
        return i;
    }

    static boolean isDeterminer(Word w) {
        String n = w.norm();
        return DEFINITE.contains(n) || DEMONSTRATIVE.contains(n) || POSSESSIVE.contains(n) || INDEFINITE.contains(n)
                || n.equals("'") || n.equals("du") || n.equals("au") || n.equals("aux");
    }

    /** A year written in digits ("2023", "1998"). */
    static boolean isYear(Word w) {
        String n = w.norm();
        return n.length() == 4 && (n.startsWith("19") || n.startsWith("20")) && n.chars().allMatch(Character::isDigit);
    }

    static boolean isNumber(Word w) {
        String n = w.norm();
        return !n.isEmpty() && Character.isDigit(n.charAt(0));
    }

    static boolean isWord(Word w) {
        return !w.isPunctuation();
    }

    /** Text of the document between two word indexes of a sentence. */
    static String cut(String text, List<Word> words, int first, int end) {
        return text.substring(words.get(first).start(), words.get(end - 1).end());
    }

    /** The phrase with its first letter in capitals, as a canonical name for a body named by its head. */
    static String capitalised(String s) {
        if (s.isEmpty()) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static boolean pluralWord(Word w) {
        String n = w.norm();
        return n.length() > 3 && (n.endsWith("s") || n.endsWith("x"));
    }

    /** Whether no mention found so far overlaps {@code [start, end)}. */
    static boolean free(List<Mention> ms, int start, int end) {
        for (Mention m : ms) {
            if (m.overlaps(start, end)) return false;
        }
        return true;
    }
}
