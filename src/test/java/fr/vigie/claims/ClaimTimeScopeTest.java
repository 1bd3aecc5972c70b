package fr.vigie.claims;

import fr.vigie.SharedVigie;
import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import fr.vigie.model.DocumentDate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.vigie.claims.ClaimTestSupport.describe;
import static fr.vigie.claims.ClaimTestSupport.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A claim's time comes from its clause or from the story just before, never from a far date. */
class ClaimTimeScopeTest {

    private static Document run(String text, String date) {
        Document d = new Document("scope", "scope.txt", "text/plain", null, text, "fr",
                new DocumentDate(date, DocumentDate.Origin.OPTION));
        SharedVigie.get().pipeline().process(d);
        return d;
    }

    @Test
    void aPassiveUsageContinuesTheStoryOfTheBodyNamedBeforeAndTakesItsDate() {
        Document d = run("""
                Au petit matin du 3 mars 2022, les gendarmes interpellent deux hommes dans un garage. Ils saisissent \
                six téléphones. Ces appareils ont ensuite été exploités à l'aide du logiciel GrayKey.""", "2025-01-20");
        List<Claim> cs = d.claims();
        Claim c = find(cs, "Gendarmerie nationale", "GrayKey");
        assertEquals("2022", c.time().interval().begin().substring(0, 4), describe(cs));
        assertEquals(1, cs.size(), describe(cs));
    }

    @Test
    void aDatedOpeningScopesTheClauseItOpens() {
        Document d = run("""
                L'enquête débute le 12 mars 2024 à Besançon. Les enquêteurs de l'office antistupéfiants identifient le \
                conducteur. Le 18 mars, sur autorisation du parquet, une balise GPS est posée sous le véhicule.""", "2026-01-23");
        List<Claim> cs = d.claims();
        Claim c = find(cs, "Police nationale", "Balise GPS");
        assertEquals("2024-03-18", c.time().value(), describe(cs));
    }

    @Test
    void aPlanTakesItsFutureDate() {
        Document d = run("""
                En 2021, la mairie de Toulon a installé des caméras augmentées. La préfecture du Var prévoit de \
                déployer la reconnaissance faciale en 2027.""", "2024-06-10");
        List<Claim> cs = d.claims();
        Claim plan = find(cs, "Préfecture (Var)", "Reconnaissance faciale");
        assertEquals(Claim.Modality.PLANNED, plan.modality(), describe(cs));
        assertEquals("2027", plan.time().value(), describe(cs));
    }

    @Test
    void anotherBodyDoesNotTakeTheDateOfTheSentenceBefore() {
        Document d = run("""
                Le syndicat mixte des transports a installé des caméras augmentées le 4 mai 2022. L'exploitant du \
                parking a déployé la lecture automatique des plaques d'immatriculation.""", "2024-06-10");
        List<Claim> cs = d.claims();
        Claim other = find(cs, "exploitant du parking", "Lecture automatique de plaques d'immatriculation");
        assertEquals(null, other.time(), describe(cs));
    }
}
