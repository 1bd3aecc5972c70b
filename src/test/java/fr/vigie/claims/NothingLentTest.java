package fr.vigie.claims;

import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.LegalStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Legal status and attribution come from what the text says of this usage, not of another one. */
class NothingLentTest {

    private static List<Claim> claims(String text) {
        var r = SharedVigie.get().process(text, new Source("lent.txt", null, "2025-03-04"));
        assertTrue(r.isOk());
        return r.document().claims();
    }

    private static Claim on(List<Claim> cs, String actor, String tool) {
        return cs.stream().filter(c -> c.actor().canonical().equals(actor) && c.tool().canonical().equals(tool))
                .findFirst().orElse(null);
    }

    @Test
    void anotherUsageAuthorisedInTheNextSentenceLendsNothing() {
        List<Claim> cs = claims("La police municipale de Nîmes utilise depuis 2021 des drones, a indiqué la mairie. "
                + "Le préfet a autorisé hier l'usage de caméras par la gendarmerie.");
        Claim c = on(cs, "Police municipale de Nîmes", "Drones");
        assertNotNull(c, cs::toString);
        assertEquals(LegalStatus.UNKNOWN, c.legal().status(), c::toString);
        assertNotNull(c.attribution(), c::toString);
        assertEquals("la mairie", c.attribution().source());
    }

    @Test
    void theStatusOfOtherBodiesIsNotThisClaims() {
        List<Claim> cs = claims("La police municipale de Vannes a fait voler un drone au-dessus du port en juillet. "
                + "La gendarmerie peut, elle, utiliser des drones sur autorisation du préfet.");
        Claim c = on(cs, "Police municipale de Vannes", "Drones");
        assertNotNull(c, cs::toString);
        assertEquals(LegalStatus.UNKNOWN, c.legal().status(), c::toString);
    }

    @Test
    void aLegalBasisOfTheSameUsageInTheNextSentenceIsLentAndShown() {
        List<Claim> cs = claims("Les gendarmes de l'Ardèche font voler leurs drones au-dessus des gorges cet été. "
                + "Un arrêté du préfet les y autorise.");
        Claim c = cs.stream().filter(x -> x.tool().canonical().equals("Drones")).findFirst().orElse(null);
        assertNotNull(c, cs::toString);
        assertEquals(LegalStatus.LEGAL, c.legal().status(), c::toString);
        assertTrue(c.support().stream().anyMatch(s -> s.sentence() == 1 && s.parts().contains("legal")), c::toString);
    }
}
