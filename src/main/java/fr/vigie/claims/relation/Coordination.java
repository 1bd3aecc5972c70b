package fr.vigie.claims.relation;

import fr.vigie.claims.mention.Mention;
import fr.vigie.lexicon.Word;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Actors coordinated in one list of a sentence: mentions separated only by commas, "et",
 * "ou", "ainsi que" and the determiners and prepositions that repeat before each item ("la
 * ville de Vannes, celle de Lorient et la métropole", "la ville et son agglomération"). A closed class of French grammar.
 */
public final class Coordination {

    private static final Set<String> GLUE = Set.of(",", "et", "ou", "ainsi", "que", "de", "d", "'", "du", "des", "la",
            "le", "les", "l", "ni", "aussi", "bien", "comme", "encore", "celle", "celui", "ceux", "celles", "son", "sa", "ses",
            "leur", "leurs", "un", "une");

    private Coordination() {
    }

    /** Whether {@code b} is in the list that holds {@code a}, through the actors of the sentence's candidates. */
    public static boolean listed(List<Word> words, Mention a, Mention b, List<PairCandidate> candidates) {
        List<Mention> actors = new ArrayList<>();
        for (PairCandidate c : candidates) {
            Mention m = c.actor();
            if (m.sentence() == a.sentence() && actors.stream().noneMatch(x -> x == m)) actors.add(m);
        }
        return listed(words, a, b, actors);
    }

    /** Whether {@code b} is in the list that holds {@code a}, among the given actors of their sentence. */
    public static boolean listed(List<Word> words, Mention a, Mention b, Collection<Mention> sentenceActors) {
        List<Mention> actors = new ArrayList<>(sentenceActors);
        actors.sort(Comparator.comparingInt(Mention::firstWord));
        int ia = actors.indexOf(a);
        int ib = actors.indexOf(b);
        if (ia < 0 || ib < 0) return false;
        int from = Math.min(ia, ib);
        int to = Math.max(ia, ib);
        for (int k = from; k < to; k++) {
            if (!glued(words, actors.get(k), actors.get(k + 1))) return false;
        }
        return true;
    }

    private static boolean glued(List<Word> words, Mention left, Mention right) {
        if (right.firstWord() < left.endWord()) return false;
        boolean separator = right.firstWord() == left.endWord();
        for (int i = left.endWord(); i < right.firstWord(); i++) {
            String n = words.get(i).norm();
            if (!GLUE.contains(n)) return false;
            separator |= n.equals(",") || n.equals("et") || n.equals("ou") || n.equals("ni");
        }
        return separator;
    }

    /** Whether "et" or "ou" stands between two mentions: a comma alone ("Selon la préfecture, la police…") makes no list. */
    public static boolean conjoined(List<Word> words, Mention a, Mention b) {
        int from = Math.min(a.endWord(), b.endWord());
        int to = Math.max(a.firstWord(), b.firstWord());
        for (int i = from; i < to && i < words.size(); i++) {
            String n = words.get(i).norm();
            if (n.equals("et") || n.equals("ou")) return true;
        }
        return false;
    }
}
