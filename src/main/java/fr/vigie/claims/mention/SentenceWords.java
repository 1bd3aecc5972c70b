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
}
