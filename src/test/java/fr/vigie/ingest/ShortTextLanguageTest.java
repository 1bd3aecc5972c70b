package fr.vigie.ingest;

import fr.vigie.Source;
import fr.vigie.model.Document;
import fr.vigie.pipeline.ModelStore;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Below the length where the identifier can be trusted, the language is said to be uncertain. */
class ShortTextLanguageTest {

    private static final Ingester INGESTER = Ingester.load(ModelStore.classpath(), 1_000_000);

    private static Document ingest(String text) throws Exception {
        return INGESTER.ingestText(text, Source.named("kurz.txt"));
    }

    private static boolean warned(Document d, String code) {
        return d.warnings().stream().anyMatch(w -> w.code().equals(code));
    }

    @Test
    void twoGermanSentencesAreNotCalledFrench() throws Exception {
        Document d = ingest("Die Polizei setzt seit Montag Drohnen ein. Der Bürgermeister ist dagegen.");
        assertNull(d.language(), "no language asserted");
        assertTrue(warned(d, "LANGUAGE_UNCERTAIN"), d.warnings().toString());
        assertTrue(d.warnings().get(0).message().contains("'de'"), d.warnings().toString());
    }

    @Test
    void aLongerGermanTextIsNotFrench() throws Exception {
        Document d = ingest("Die Polizei der Stadt setzt seit Montag Drohnen über dem Bahnhof ein, um die Menge zu "
                + "beobachten. Der Bürgermeister ist dagegen und verlangt eine Prüfung durch den Datenschutzbeauftragten "
                + "des Landes, bevor weitere Flüge genehmigt werden.");
        assertEquals("de", d.language());
        assertTrue(warned(d, "LANGUAGE_NOT_FRENCH"));
    }

    @Test
    void aLongEnoughFrenchTextIsFrenchWithoutWarning() throws Exception {
        Document d = ingest("La police municipale de Nîmes utilise depuis 2021 des caméras augmentées dans le centre "
                + "historique, a confirmé l'adjoint chargé de la sécurité lors du dernier conseil municipal.");
        assertEquals("fr", d.language());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void aShortFrenchTextIsUncertainTooWithFrenchAsTheGuess() throws Exception {
        Document d = ingest("Vidéosurveillance : la mairie de Vernon a installé des caméras dans le centre.");
        assertNull(d.language());
        assertTrue(warned(d, "LANGUAGE_UNCERTAIN"), d.warnings().toString());
        assertTrue(d.warnings().get(0).message().contains("'fr'"), d.warnings().toString());
        assertTrue(!warned(d, "LANGUAGE_NOT_FRENCH"), "never 'not French' on a guess: " + d.warnings());
    }
}
