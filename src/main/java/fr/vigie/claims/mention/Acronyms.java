package fr.vigie.claims.mention;

import fr.vigie.claims.mention.Mention.Kind;
import fr.vigie.claims.mention.Mention.Origin;
import fr.vigie.lexicon.Word;
import fr.vigie.model.Document;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bodies named once in full with their acronym in brackets and then by the acronym alone: "la
 * direction interdépartementale de la police nationale (DIPN) … La DIPN les fait voler", "le
 * groupement de gendarmerie (GGD 44) … le GGD 44". The later acronym is the same actor, with the
 * full name's canonical name and type, and refers back to the sentence that defined it. One
 * instance per document, fed sentence by sentence.
 */
final class Acronyms {

    /** An acronym: capitals (and digits, '&', '-'), two to ten characters, a capital first. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&\\-]{1,9}");

    /** Words an acronym may take after it inside the brackets: "(DIR Ouest)", "(GGD 44)". */
    private static final int MAX_WORDS = 3;

    /** Words of the full name after the actor's phrase and before the brackets. */
    private static final int MAX_NAME_REST = 6;

    private static final Set<String> NAME_LINKS = Set.of("de", "du", "des", "la", "le", "l", "d", "'", "’", "-", "et");
    private static final Pattern NAME_ADJECTIVE = Pattern.compile(
            "\\p{Ll}+(?:ale|ales|al|aux|ique|iques|aire|aires|elle|elles|ienne|iennes|ien|iens|aise|aises|ais|oise|oises|ois)");

    /** A word that goes on a body's full name: a link word, a capitalised word, an adjective of place or kind. */
    private static boolean nameRest(Document doc, Word w) {
        String t = text(doc, w);
        return NAME_LINKS.contains(w.norm()) || (w.capitalized() && !t.equals("(")) || NAME_ADJECTIVE.matcher(t).matches();
    }

    private record Definition(Mention body, String acronym) { }

    /** By the acronym's words joined with a space, as written. */
    private final Map<String, Definition> known = new HashMap<>();
    private final Set<String> counts;

    Acronyms(Set<String> counts) {
        this.counts = counts;
    }

    /** Learns the acronyms that the actors of this sentence give in brackets right after their name. */
    void learn(Document doc, List<Word> ws, List<Mention> actors) {
        for (Mention m : actors) {
            // a town or a list item before the brackets is a part of the name, not the body: "la
            // Compagnie des transports du Grand Besançon (CTGB)"
            if (m.refersBack() || m.origin() == Origin.PLACE || m.origin() == Origin.LIST) continue;
            int open = m.endWord();
            // the rest of the full name may stand between: "le groupement de gendarmerie départementale
            // de la Loire-Atlantique (GGD 44)"
            while (open < ws.size() && open < m.endWord() + MAX_NAME_REST && nameRest(doc, ws.get(open))) open++;
            if (open >= ws.size() || !text(doc, ws.get(open)).equals("(")) continue;
            int close = open + 1;
            while (close < ws.size() && close <= open + MAX_WORDS && !text(doc, ws.get(close)).equals(")")) close++;
            if (close >= ws.size() || close == open + 1 || !text(doc, ws.get(close)).equals(")")) continue;
            if (!ACRONYM.matcher(text(doc, ws.get(open + 1))).matches()) continue;
            String acronym = doc.text().substring(ws.get(open + 1).start(), ws.get(close - 1).end());
            known.putIfAbsent(acronym, new Definition(m, acronym));
        }
    }

    /** The acronyms of this sentence already learnt, as actors, where no other mention stands. */
    void mark(Document doc, List<Word> ws, int s, List<Mention> here) {
        if (known.isEmpty()) return;
        for (int i = 0; i < ws.size(); i++) {
            if (!ws.get(i).capitalized()) continue;
            for (Definition d : known.values()) {
                int end = matchEnd(doc, ws, i, d.acronym());
                if (end < 0) continue;
                // the definition itself, in its brackets
                if (d.body().sentence() == s && i > 0 && text(doc, ws.get(i - 1)).equals("(")) continue;
                int start = ws.get(i).start(), stop = ws.get(end - 1).end();
                if (!Phrases.free(here, start, stop)) continue;
                Mention b = d.body();
                here.add(new Mention(Kind.ACTOR, Origin.ANAPHOR, d.acronym(), b.canonical(), start, stop, s, i, end,
                        b.actorType(), null, null, null, Phrases.determinerBefore(ws, i, counts), false, b.sentence()));
                i = end - 1;
                break;
            }
        }
    }

    /** The end word of the acronym's words written at word {@code i}, or -1. */
    private static int matchEnd(Document doc, List<Word> ws, int i, String acronym) {
        String[] parts = acronym.split("\\s+");
        if (i + parts.length > ws.size()) return -1;
        int j = i;
        for (String p : parts) {
            // a word of several tokens ("A&B") is compared on the text it covers
            int k = j;
            StringBuilder got = new StringBuilder();
            while (k < ws.size() && got.length() < p.length()) {
                if (k > j && ws.get(k).start() != ws.get(k - 1).end()) break;
                got.append(text(doc, ws.get(k)));
                k++;
            }
            if (!got.toString().equals(p)) return -1;
            j = k;
        }
        return j;
    }

    private static String text(Document doc, Word w) {
        return doc.text().substring(w.start(), w.end());
    }
}
