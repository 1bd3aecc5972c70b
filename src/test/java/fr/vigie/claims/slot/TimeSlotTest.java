package fr.vigie.claims.slot;

import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.Modality;
import fr.vigie.model.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A usage's time: its sentence's expression, else the dateline the text writes; sentences written for the test. */
class TimeSlotTest {

    private static Document doc(String text, String dateOption) {
        var r = SharedVigie.get().process(text, new Source("time.txt", null, dateOption));
        assertTrue(r.isOk());
        return r.document();
    }

    private static int sentenceWith(Document d, String words) {
        int at = d.text().indexOf(words);
        assertTrue(at >= 0);
        return d.sentenceAt(at);
    }

    @Test
    void theSentencesOwnDateComesFirst() {
        Document d = doc("date 2025-03-04\n\nLe club de Vannes a installé en 2023 un logiciel baptisé Argos.\n", null);
        int s = sentenceWith(d, "Le club");
        Claim.Time t = TimeSlot.of(d, s, d.text().indexOf("installé"), Modality.ASSERTED);
        assertNotNull(t);
        assertEquals("2023", t.value());
    }

    @Test
    void anUndatedStatedUsageTakesTheDatelineButADenialDoesNot() {
        Document d = doc("date 2025-03-04\n\nLe club de Vannes exploite un logiciel baptisé Argos. "
                + "La mairie n'utilise pas ce logiciel.\n", null);
        int s = sentenceWith(d, "Le club");
        Claim.Time t = TimeSlot.of(d, s, d.text().indexOf("exploite"), Modality.ASSERTED);
        assertNotNull(t);
        assertEquals("2025-03-04", t.value());
        assertEquals("date 2025-03-04", t.text());
        int n = sentenceWith(d, "La mairie");
        assertNull(TimeSlot.of(d, n, d.text().indexOf("utilise"), Modality.NEGATED));
        assertNull(TimeSlot.of(d, s, d.text().indexOf("exploite"), Modality.ALLEGED));
    }

    @Test
    void aUsageToldAsDoneBeforeTheArticleTakesNoDateline() {
        Document d = doc("date 2025-03-04\n\nLa CNIL a sanctionné le club de Vannes pour avoir utilisé un logiciel baptisé Argos. "
                + "Le syndicat est accusé de les avoir installées sans arrêté. "
                + "Le club de Lorient exploite un logiciel baptisé Argos.\n", null);
        int s = sentenceWith(d, "La CNIL");
        assertNull(TimeSlot.of(d, s, d.text().indexOf("utilisé"), Modality.ASSERTED));
        int p = sentenceWith(d, "Le syndicat");
        assertNull(TimeSlot.of(d, p, d.text().indexOf("installées"), Modality.ASSERTED));
        int l = sentenceWith(d, "Le club de Lorient");
        Claim.Time t = TimeSlot.of(d, l, d.text().indexOf("exploite"), Modality.ASSERTED);
        assertNotNull(t);
        assertEquals("2025-03-04", t.value());
        assertTrue(TimeSlot.toldAsDone(d, d.text().indexOf("utilisé")));
        assertFalse(TimeSlot.toldAsDone(d, d.text().indexOf("exploite")));
    }

    @Test
    void aDateTheTextDoesNotWriteIsNeverLent() {
        // the date comes from the caller (--date), not from the text: nothing to quote, no time
        Document d = doc("Le club de Vannes exploite un logiciel baptisé Argos.", "2025-03-04");
        assertEquals("2025-03-04", d.date().value());
        assertNull(TimeSlot.of(d, 0, d.text().indexOf("exploite"), Modality.ASSERTED));
    }

    @Test
    void anUndatedUsageTakesTheTimeTheStoryIsAt() {
        Document d = doc("date 2025-03-04\n\nEn mars 2022, la commune de Vannes a signé un marché avec la société Lumina. "
                + "Les agents de sa police municipale ont alors utilisé des drones au-dessus des plages.\n", null);
        int s = sentenceWith(d, "Les agents");
        Claim.Time t = TimeSlot.of(d, s, d.text().indexOf("utilisé"), Modality.ASSERTED);
        assertNotNull(t);
        assertEquals("2022-03", t.value());
        assertEquals("En mars 2022", t.text());
        // a plan is not in the past of the story
        Claim.Time plan = TimeSlot.of(d, s, d.text().indexOf("utilisé"), Modality.PLANNED);
        assertEquals("2025-03-04", plan.value());
    }

    @Test
    void theLastDateOfTheSentenceBeforeScopesTheNextUntilTheParagraphEnds() {
        Document d = doc("date 2025-03-04\n\nLe préfet a autorisé les vols par un arrêté du 12 juin 2024. "
                + "La gendarmerie a fait voler ses drones au-dessus du festival.\n\n"
                + "La police municipale de Vannes utilise aussi des drones.\n", null);
        int s = sentenceWith(d, "La gendarmerie");
        Claim.Time t = TimeSlot.of(d, s, d.text().indexOf("voler"), Modality.ASSERTED);
        assertNotNull(t);
        assertEquals("2024-06-12", t.value());
        int other = sentenceWith(d, "La police municipale");
        assertEquals("2025-03-04", TimeSlot.of(d, other, d.text().indexOf("utilise aussi"), Modality.ASSERTED).value());
    }
}
