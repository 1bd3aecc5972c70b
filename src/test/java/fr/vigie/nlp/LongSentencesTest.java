package fr.vigie.nlp;

import fr.vigie.model.Document;
import fr.vigie.model.Sentence;
import fr.vigie.model.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongSentencesTest {

    private static boolean cut(Document d) {
        return d.warnings().stream().anyMatch(w -> w.code().equals("LONG_SENTENCE_CUT"));
    }

    @Test
    void aListWithoutFullStopIsCutBetweenItemsIntoBoundedSentences() {
        StringBuilder b = new StringBuilder("Les communes équipées de caméras sont ");
        for (int i = 0; i < 300; i++) {
            b.append(i % 2 == 0 ? "Vernon" : "Évreux").append(" quartier ").append(i).append(", ");
        }
        b.append("et Rouen");
        String text = b.toString();
        Document d = SharedNlp.annotate(text);
        assertTrue(cut(d), d.warnings().toString());
        assertTrue(d.sentences().size() >= 5, "sentences: " + d.sentences().size());
        int previousEnd = 0;
        for (Sentence s : d.sentences()) {
            assertTrue(s.endToken() - s.firstToken() <= LongSentences.MAX_TOKENS, s.toString());
            assertTrue(s.start() >= previousEnd, "sentences in order and apart: " + s);
            previousEnd = s.end();
        }
        for (Sentence s : d.sentences().subList(0, d.sentences().size() - 1)) {
            // every piece but the last ends after a comma of the list, not inside an item
            assertEquals(",", d.cut(s.end() - 1, s.end()), d.cut(s.start(), s.end()));
        }
        for (Token t : d.tokens()) {
            Sentence s = d.sentences().get(t.sentence());
            assertTrue(s.start() <= t.start() && t.end() <= s.end(), "token inside its sentence: " + t);
            assertEquals(t.word(), text.substring(t.start(), t.end()), "token offsets unchanged by the cut");
        }
        assertEquals(text.length(), d.sentences().get(d.sentences().size() - 1).end());
    }

    @Test
    void wordsWithNoPunctuationAtAllAreCutAtTheBound() {
        String text = "surveillance caméra drone ".repeat(400).trim();
        Document d = SharedNlp.annotate(text);
        assertTrue(cut(d));
        assertEquals(List.of(250, 250, 250, 250, 200),
                d.sentences().stream().map(s -> s.endToken() - s.firstToken()).toList());
    }

    @Test
    void lowerCaseSentencesAreNotJoinedPastTheBound() {
        // each statistical sentence starts in lower case, which the repair would otherwise join to the one before
        String text = "Le relevé commence ici. " + "la caméra numéro douze filme la rue du port. ".repeat(60);
        Document d = SharedNlp.annotate(text);
        for (Sentence s : d.sentences()) {
            assertTrue(s.endToken() - s.firstToken() <= LongSentences.MAX_TOKENS, s.toString());
        }
        assertTrue(d.sentences().size() >= 2);
    }

    @Test
    void anArticleIsNotCut() {
        Document d = SharedNlp.annotate("La police municipale de Vernon a installé douze caméras en mars 2021, "
                + "selon le maire, qui dit n'utiliser le logiciel d'analyse que pour retrouver des véhicules volés, "
                + "des scooters, des vélos ou des remorques, et jamais pour suivre des personnes. "
                + "L'association de défense des libertés dénonce une surveillance sans cadre légal.");
        assertEquals(2, d.sentences().size());
        assertTrue(!cut(d), d.warnings().toString());
    }
}
