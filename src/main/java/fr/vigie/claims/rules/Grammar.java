package fr.vigie.claims.rules;

import fr.vigie.lexicon.Word;

import java.util.Set;

/** Small French word classes and tests over a sentence: prepositions, determiners, auxiliaries, passive, participle, quotes. */
final class Grammar {

    private Grammar() {
    }

    static final Set<String> PREPOSITIONS = Set.of("de", "d", "du", "a", "au", "aux", "pour", "contre", "avec", "sur",
            "selon", "aupres", "chez", "envers", "vers", "dans", "en", "entre", "sans", "sous", "parmi", "par", "apres", "avant",
            "concernant", "visant", "lors", "depuis", "face");

    static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l", "'", "un", "une", "des", "du", "de", "d", "ce",
            "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "au", "aux", "plusieurs", "certaines", "certains",
            "nombreuses", "nombreux", "toutes", "tous", "-", "\"");

    static final Set<String> LIST_GLUE = Set.of(",", "et", "ou", "ainsi", "que", "le", "la", "les", "l", "'", "des", "du",
            "de", "d", "sa", "son", "ses", "leur", "leurs", "puis");

    static final Set<String> QUOTE_OPEN = Set.of("\u00AB", "\u201C");

    static final Set<String> QUOTE_CLOSE = Set.of("\u00BB", "\u201D");

    static boolean adverb(Word w) {
        return w.norm().endsWith("ment") && w.norm().length() > 6;
    }

    static boolean possessiveBefore(SentenceView v, TriggerHit t) {
        if (t.first() == 0) return false;
        String w = v.words.get(t.first() - 1).norm();
        return Set.of("son", "sa", "ses", "leur", "leurs").contains(w);
    }

    /** A verb trigger after a form of "être" (or a participle right after its subject): passive voice. */
    static boolean passive(SentenceView v, TriggerHit t) {
        for (int i = Math.max(0, t.first() - 3); i < t.first(); i++) {
            String n = v.words.get(i).norm();
            if (Set.of("est", "sont", "etait", "etaient", "ete", "sera", "seront", "serait", "seraient", "soit", "soient",
                    "fut", "furent", "etre").contains(n)) {
                return true;
            }
        }
        return false;
    }

    static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "elle", "ils", "elles");

    static boolean insideActor(SentenceView v, Mention place) {
        for (Mention m : v.mentions) {
            if (m.kind() == MentionKind.ACTOR && m.first() <= place.first() && place.end() <= m.end()) return true;
        }
        return false;
    }

    /** "attendre que la technologie soit installée": a usage wished, feared or awaited, not narrated. */
    static boolean subjunctive(SentenceView v, TriggerHit t) {
        for (int i = Math.max(0, t.first() - 3); i < t.first(); i++) {
            String n = v.words.get(i).norm();
            if (n.equals("soit") || n.equals("soient") || n.equals("ait") || n.equals("aient")) return true;
        }
        return false;
    }

    static String text(SentenceView v, TriggerHit t) {
        return v.surface.substring(t.start() - v.sentence.start(), v.words.get(t.first()).end() - v.sentence.start());
    }

    static boolean participle(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        // "-is", "-ise" only for the participles of acquérir and mettre: "utilise" is a present tense
        return w.endsWith("é") || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées")
                || Set.of("acquis", "acquise", "acquises", "mis", "mise", "mises").contains(w)
                || w.endsWith("u") || w.endsWith("ue") || w.endsWith("us") || w.endsWith("ues");
    }

    static final Set<String> AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "aura", "auront", "aurait",
            "auraient", "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "ete", "etre", "avoir",
            "ai", "as", "avons", "avez", "eu", "soit", "soient", "fut", "furent");

    static boolean auxiliaryBefore(SentenceView v, TriggerHit t) {
        for (int i = Math.max(0, t.first() - 3); i < t.first(); i++) {
            if (AUXILIARIES.contains(v.words.get(i).norm())) return true;
        }
        return false;
    }

    static boolean insideQuote(SentenceView v, TriggerHit t) {
        boolean open = false;
        for (int i = 0; i < t.first(); i++) {
            String raw = v.words.get(i).norm();
            if (raw.equals("\"")) open = !open;
            else if (QUOTE_OPEN.contains(raw)) open = true;
            else if (QUOTE_CLOSE.contains(raw)) open = false;
        }
        return open;
    }
}
