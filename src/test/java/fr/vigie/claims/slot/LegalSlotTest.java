package fr.vigie.claims.slot;

import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.claims.ClaimComposer;
import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.mention.Mention;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.LegalStatus;
import fr.vigie.model.Document;
import fr.vigie.pipeline.ModelStore;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The legal basis a nearby sentence gives the same usage, and only the same usage; sentences written for the test. */
class LegalSlotTest {

    private static final ClaimComposer COMPOSER = ClaimComposer.load(ModelStore.classpath());
    private static final Lexicons LEXICONS = Lexicons.load(ModelStore.classpath());
    private static final ClaimRules RULES = ClaimRules.load(ModelStore.classpath());

    private static Claim.Legal lent(String text, String actor, String tool) {
        var r = SharedVigie.get().process(text, new Source("legal.txt", null, "2025-03-04"));
        assertTrue(r.isOk());
        Document d = r.document();
        var reading = COMPOSER.read(d);
        var ctx = reading.context();
        Mention a = ctx.actors().stream().filter(m -> m.text().contains(actor)).findFirst().orElse(null);
        Mention t = ctx.tools().stream().filter(m -> m.text().contains(tool)).findFirst().orElse(null);
        assertNotNull(a, () -> "actors: " + ctx.actors());
        assertNotNull(t, () -> "tools: " + ctx.tools());
        return LegalSlot.ofSameUsage(d, LEXICONS,
                j -> RULES.legalCues().findAll(ctx.words().get(j), 0, ctx.words().get(j).size()),
                ctx.actors(), ctx.tools(), a, t, t.sentence());
    }

    @Test
    void theNextSentenceOnTheSameToolGivesItsBasis() {
        Claim.Legal l = lent("La commune de Vannes a déployé en mars le logiciel Veritas sur ses caméras. "
                + "Le logiciel Veritas fonctionne sans aucune autorisation de la préfecture, selon l'opposition.",
                "Vannes", "Veritas");
        assertNotNull(l);
        assertEquals(LegalStatus.ILLEGAL, l.status(), l::toString);
    }

    @Test
    void aSentenceOnAnotherActorOrAnotherToolGivesNothing() {
        assertNull(lent("La commune de Vannes a déployé en mars le logiciel Veritas sur ses caméras. "
                + "La gendarmerie utilise le logiciel Veritas sans aucune autorisation de la préfecture.", "Vannes", "Veritas"));
        assertNull(lent("La commune de Vannes a déployé en mars le logiciel Veritas sur ses caméras. "
                + "Les drones volent sans aucune autorisation de la préfecture.", "Vannes", "Veritas"));
    }
}
