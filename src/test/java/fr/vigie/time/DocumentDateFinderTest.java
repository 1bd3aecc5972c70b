package fr.vigie.time;

import fr.vigie.pipeline.ModelStore;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentDateFinderTest {

    private static final DocumentDateFinder FINDER = DocumentDateFinder.load(ModelStore.classpath());

    @Test
    void publicationCues() {
        assertEquals(Optional.of("2023-11-14"), FINDER.find("Vidéosurveillance : la Cnil enquête\nPublié le 14 novembre 2023\n\nLa Cnil a ouvert…"));
        assertEquals(Optional.of("2024-03-03"), FINDER.find("Mis à jour le 3 mars 2024 à 10h12\nLe conseil municipal a voté…"));
        assertEquals(Optional.of("2022-11-10"), FINDER.find("Question écrite N° 3705\n\nQuestion soumise le 10 novembre 2022\n\nM. X interroge…"));
        assertEquals(Optional.of("2023-06-05"), FINDER.find("Paris, le 5 juin 2023 (AFP) – La préfecture de police a autorisé…"));
        assertEquals(Optional.of("2024-01-09"), FINDER.find("Publié le 09/01/2024 à 18h00\nLes drones…"));
        assertEquals(Optional.of("2024-12-01"), FINDER.find("Publié le 1er décembre 2024\nTexte"));
    }

    @Test
    void publicationWinsOverUpdate() {
        assertEquals(Optional.of("2023-11-14"),
                FINDER.find("Mis à jour le 16 novembre 2023\nPublié le 14 novembre 2023\nLe texte."));
    }

    @Test
    void noGuessFromTheBody() {
        assertEquals(Optional.empty(), FINDER.find("Le 14 novembre 2023, la Cnil a ouvert une enquête sur la commune."));
        assertEquals(Optional.empty(), FINDER.find("La loi du 19 mai 2023 autorise l'expérimentation jusqu'au 31 mars 2025."));
        assertEquals(Optional.empty(), FINDER.find("Publié le 14 novembre\nSans année, la date ne suffit pas."));
        assertEquals(Optional.empty(), FINDER.find("Texte sans date."));
    }

    @Test
    void invalidDatesAreIgnored() {
        assertEquals(Optional.empty(), FINDER.find("Publié le 31 février 2023\nTexte"));
    }

    @Test
    void datelineOnlyAtTheHead() {
        String body = "x".repeat(DocumentDateFinder.HEAD + 10);
        assertEquals(Optional.empty(), FINDER.find(body + "\nLyon, le 5 juin 2023 (AFP) – texte"));
    }
}
