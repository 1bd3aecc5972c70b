package fr.vigie.claims.mention;

import fr.vigie.lexicon.Word;
import fr.vigie.lexicon.Words;
import fr.vigie.model.Document;
import fr.vigie.model.Sentence;

import java.util.ArrayList;
import java.util.List;

/** The words of each sentence of a document ({@link Words}), split once for all the claim parts. */
public final class SentenceWords {

    private final List<List<Word>> bySentence;

    private SentenceWords(List<List<Word>> bySentence) {
        this.bySentence = bySentence;
    }

    public static SentenceWords of(Document doc) {
        List<List<Word>> out = new ArrayList<>(doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            out.add(Words.of(doc.text(), s.start(), s.end()));
        }
        return new SentenceWords(out);
    }

    public List<Word> get(int sentence) {
        return bySentence.get(sentence);
    }

    public int size() {
        return bySentence.size();
    }

    /**
     * Whether a sentence asks: its last word, before closing quotation marks and brackets, is
     * "?" ("Vos services l'utilisent-ils ?", "« Les drones filment-ils les visages ? »").
     */
    public static boolean isQuestion(List<Word> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            String n = words.get(i).norm();
            if (n.equals("\"") || n.equals(")") || n.equals("\u00bb") || n.equals("\u201d")) continue;
            return n.equals("?");
        }
        return false;
    }
}
