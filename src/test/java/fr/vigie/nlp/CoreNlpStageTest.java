package fr.vigie.nlp;

import fr.vigie.model.Document;
import fr.vigie.model.Entity;
import fr.vigie.model.Sentence;
import fr.vigie.model.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreNlpStageTest {

    private static List<String> sentences(Document d) {
        return d.sentences().stream().map(s -> d.cut(s.start(), s.end())).toList();
    }

    @Test
    void abbreviationsInitialsAndLawNumbersDoNotEndSentences() {
        Document d = SharedNlp.annotate("M. Durand, adjoint au maire, l'a confirmé. Selon Mme Leroy et J. Morel, "
                + "la commune applique la loi n° 2023-380 depuis l'an dernier. Le conseil votera en mars.");
        assertEquals(List.of("M. Durand, adjoint au maire, l'a confirmé.",
                "Selon Mme Leroy et J. Morel, la commune applique la loi n° 2023-380 depuis l'an dernier.",
                "Le conseil votera en mars."), sentences(d));
    }

    @Test
    void aQuotationIsNotCutInTwo() {
        Document d = SharedNlp.annotate("Le préfet a tranché : « Les drones voleront cet été. Nous n'avons pas le "
                + "choix. » La mairie s'y oppose.");
        assertEquals(List.of("Le préfet a tranché : « Les drones voleront cet été. Nous n'avons pas le choix. »",
                "La mairie s'y oppose."), sentences(d));
    }

    @Test
    void paragraphsAndHeadingsAreSentencesOfTheirOwn() {
        Document d = SharedNlp.annotate("Vidéosurveillance : la ville s'équipe\n\nLa commune a acheté dix caméras "
                + "en 2022. Elles seront installées au printemps.");
        assertEquals("Vidéosurveillance : la ville s'équipe", sentences(d).get(0));
        assertEquals(3, d.sentences().size());
    }

    @Test
    void offsetsCutTheTextExactlyEvenAcrossContractions() {
        String text = "Le maire du Havre a défendu l'usage des caméras au « cœur » de la ville.";
        Document d = SharedNlp.annotate(text);
        for (Token t : d.tokens()) {
            assertTrue(t.start() >= 0 && t.end() <= text.length() && t.start() < t.end(), t.toString());
        }
        Sentence s = d.sentences().get(0);
        assertEquals(text, d.cut(s.start(), s.end()));
        // "du" is split by the multi-word-token stage into two tokens sharing its offsets
        long du = d.tokens().stream().filter(t -> d.cut(t.start(), t.end()).equals("du")).count();
        assertEquals(2, du);
        assertTrue(d.tokens().stream().anyMatch(t -> "VERB".equals(t.pos()) || "AUX".equals(t.pos())));
    }

    @Test
    void entitySpansDropElisionsQuotesAndTitles() {
        String text = "M. Gérald Darmanin a répondu à l'Assemblée nationale, selon «Libération».";
        Document d = SharedNlp.annotate(text);
        for (Entity e : d.entities()) {
            assertEquals(e.text(), text.substring(e.start(), e.end()));
            assertFalse(e.text().startsWith("l'") || e.text().startsWith("«") || e.text().equals("M"), e.toString());
        }
        assertTrue(d.entities().stream().anyMatch(e -> e.type().equals("PER") && e.text().equals("Gérald Darmanin")),
                d.entities().toString());
    }
}
