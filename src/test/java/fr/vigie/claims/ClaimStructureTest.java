package fr.vigie.claims;

import fr.vigie.model.Claim;
import fr.vigie.model.Claim.ActionType;
import fr.vigie.model.Claim.ActorType;
import fr.vigie.model.Claim.Modality;
import fr.vigie.model.Document;
import fr.vigie.testing.TestDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.vigie.claims.ClaimTestSupport.claims;
import static fr.vigie.claims.ClaimTestSupport.describe;
import static fr.vigie.claims.ClaimTestSupport.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the extractor reads the structure of a sentence: the actor phrase (a unit of a body, the
 * place it belongs to), the distance from a verb to its object, foreign bodies.
 */
class ClaimStructureTest {

    @Test
    void aUnitOfABodyWithItsPlaceIsOneActor() {
        Claim c = only(claims(TestDocuments.of(
                "La brigade de gendarmerie de Rennes, saisie par le parquet, a utilisé un drone pour retrouver le fugitif.")));
        assertEquals("Gendarmerie nationale", c.actor().canonical());
        assertEquals("brigade de gendarmerie de Rennes", c.actor().text());
        assertNotNull(c.place());
        assertEquals("Rennes", c.place().canonical());
    }

    @Test
    void aModalFutureWithAnInsertionIsPlanned() {
        Claim c = only(claims(TestDocuments.of(
                "Le préfet indique que la compagnie de gendarmerie de Brest pourra, après accord du parquet, faire voler ses drones au-dessus du port.")));
        assertEquals(ActorType.GENDARMERIE, c.actor().type());
        assertEquals(Modality.PLANNED, c.modality());
    }

    @Test
    void insertionsBetweenTheVerbAndItsObjectDoNotCount() {
        Document d = TestDocuments.of("La ville de Rennes organise un festival chaque été. La commune a expérimenté, "
                + "pendant les dix jours du festival de musique du centre historique, à la demande de la police municipale, "
                + "le logiciel Cityvision sur six caméras.");
        Claim c = only(claims(d));
        assertEquals("Rennes", c.actor().canonical());
        assertEquals("Cityvision", c.tool().canonical());
        assertEquals(ActionType.EXPERIMENT, c.action().type());
    }

    @Test
    void aFarObjectWithoutInsertionIsNotTaken() {
        List<Claim> cs = claims(TestDocuments.of("La commune a expérimenté pendant les dix jours du grand festival de musique "
                + "organisé dans le centre historique chaque année par les associations du quartier le logiciel Cityvision."));
        assertTrue(cs.isEmpty(), describe(cs));
    }

    @Test
    void aSocialLandlordNamedThenReferredToIsTheActor() {
        Document d = TestDocuments.of("L'office public de l'habitat Logis Azur gère 9 000 logements. "
                + "En 2023, le bailleur a fait installer, dans les halls et les parkings de six résidences de la ville, "
                + "des caméras reliées à un logiciel de vidéosurveillance algorithmique.");
        TestDocuments.year(d, "En 2023", "2023");
        Claim c = only(claims(d));
        assertEquals("Logis Azur", c.actor().canonical());
        assertEquals(ActionType.DEPLOY, c.action().type());
        assertEquals("2023", c.time().value());
    }

    @Test
    void aCantonalPoliceWithItsAdjectiveIsForeign() {
        Claim c = only(claims(TestDocuments.of(
                "La police cantonale vaudoise a eu recours à un logiciel de reconnaissance faciale après les émeutes.")));
        assertEquals(ActorType.FOREIGN, c.actor().type());
    }

    @Test
    void aPoliceInAForeignCityIsForeign() {
        Claim c = only(claims(TestDocuments.of("La police de Genève a utilisé la reconnaissance faciale lors du sommet.")));
        assertEquals(ActorType.FOREIGN, c.actor().type());
    }

    @Test
    void aForeignCountryOpeningTheSentenceMakesItsPoliceForeign() {
        Claim c = only(claims(TestDocuments.of(
                "En Belgique, la police locale a renoncé l'an dernier à la reconnaissance faciale dans les gares.")));
        assertEquals(ActorType.FOREIGN, c.actor().type());
        assertEquals("police locale", c.actor().text());
        assertEquals(ActionType.STOP, c.action().type());
    }

    @Test
    void theEndOfAHyphenatedNameIsNoPlace() {
        List<Claim> cs = claims(TestDocuments.of(
                "La zone Bruxelles-Nord a testé la reconnaissance faciale aux abords de la gare.")); 
        assertTrue(cs.stream().noneMatch(c -> c.actor().canonical().equals("Nord")), describe(cs));
    }

    @Test
    void firefightersAreALocalBody() {
        Claim c = only(claims(TestDocuments.of(
                "Le service départemental d'incendie et de secours a testé deux drones thermiques cet été.")));
        assertEquals("SDIS", c.actor().canonical());
    }

    @Test
    void anAuthorisationGivenToABodyStatesItsUsage() {
        Claim c = only(claims(TestDocuments.of(
                "Le 2 mai, le préfet de la Gironde a autorisé la gendarmerie à faire voler des drones au-dessus du marché.")));
        assertEquals("Gendarmerie nationale", c.actor().canonical());
        assertEquals(Claim.LegalStatus.LEGAL, c.legal().status());
    }

    @Test
    void aTextThatAuthorisesInGeneralStatesNoUsage() {
        List<Claim> cs = claims(TestDocuments.of("Le décret autorise la gendarmerie à faire voler des drones lors des manifestations."));
        assertTrue(cs.isEmpty(), describe(cs));
    }

    @Test
    void aNameInAppositionToAKindOfCompanyIsThatCompany() {
        Document d = TestDocuments.of("La société de gardiennage chargée du salon, Armor Vigilance Services, a installé douze caméras "
                + "reliées à un logiciel de vidéosurveillance algorithmique.");
        TestDocuments.modelEntity(d, "Armor Vigilance Services", "MISC");
        Claim c = only(claims(d));
        assertEquals("Armor Vigilance Services", c.actor().text());
        assertEquals(ActorType.PRIVATE, c.actor().type());
    }

    @Test
    void aNameWithoutAKindBeforeItIsNobody() {
        Document d = TestDocuments.of("Selon le rapport, Printemps Numérique a installé douze caméras "
                + "reliées à un logiciel de vidéosurveillance algorithmique.");
        TestDocuments.modelEntity(d, "Printemps Numérique", "MISC");
        List<Claim> cs = claims(d);
        assertTrue(cs.isEmpty(), describe(cs));
    }

    @Test
    void aToolOfAnUnknownMakerIsNotTheToolNamedBefore() {
        List<Claim> cs = claims(TestDocuments.of("La police municipale de Nice utilise Cityvision depuis deux ans. "
                + "La mairie de Rennes dispose d'une licence du logiciel d'Optiveille depuis 2020."));
        assertTrue(cs.stream().noneMatch(c -> c.actor().canonical().equals("Rennes")), describe(cs));
    }

    @Test
    void theNamedToolIsStillReferredTo() {
        List<Claim> cs = claims(TestDocuments.of("La police municipale de Nice a acheté Cityvision en 2021. "
                + "La mairie de Rennes dispose d'une licence du logiciel depuis 2022."));
        assertEquals("Cityvision", cs.stream().filter(c -> c.actor().canonical().equals("Rennes")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(cs))).tool().canonical());
    }

    @Test
    void aSystemAgainstDronesIsNoDrone() {
        Claim c = only(claims(TestDocuments.of(
                "Le ministère de la Justice a acheté un système de détection et de neutralisation des drones pour la maison d'arrêt.")));
        assertEquals(Claim.ToolCategory.OTHER, c.tool().category());
        assertEquals(ActionType.ACQUIRE, c.action().type());
    }

    @Test
    void aKindOfBodyOpeningTheSentenceIsItsSubject() {
        Claim c = only(claims(TestDocuments.of("La société d'économie mixte qui gère le port de plaisance (Finistère) met en service, "
                + "dès lundi, un système de lecture automatique des plaques d'immatriculation.")));
        assertEquals("société d'économie mixte", c.actor().text());
        assertEquals(ActorType.PRIVATE, c.actor().type());
        assertEquals(ActionType.DEPLOY, c.action().type());
    }

    @Test
    void aKindOfBodyWithADescriptionIsNotTheOneNamedBefore() {
        List<Claim> cs = claims(TestDocuments.of("Arvor Transports exploite le réseau de bus de Quimper depuis 2019. "
                + "À Brest, l'exploitant du tramway a renoncé en 2023 à la reconnaissance faciale."));
        assertTrue(cs.stream().noneMatch(c -> c.actor().canonical().startsWith("Arvor")), describe(cs));
    }

    @Test
    void aPlanInThePluperfectIsPlanned() {
        Claim c = only(claims(TestDocuments.of(
                "La commune de Vannes avait envisagé de s'équiper de caméras à détection automatique pour le port.")));
        assertEquals(Modality.PLANNED, c.modality());
    }

    @Test
    void aLegalStatusIsNotLentToAnotherStory() {
        StringBuilder b = new StringBuilder("Pour nous, la vidéosurveillance algorithmique est illégale. ");
        for (int i = 0; i < 9; i++) b.append("Le festival a accueilli des milliers de visiteurs le jour ").append(i + 1).append(". ");
        b.append("La commune de Vannes a déployé la vidéosurveillance algorithmique dans le port.");
        Claim c = only(claims(TestDocuments.of(b.toString())));
        assertEquals(Claim.LegalStatus.UNKNOWN, c.legal().status());
    }

    @Test
    void anUndatedNewsClaimTakesTheDateline() {
        Document d = TestDocuments.of("Publié le 3 mars 2025. Le conseil départemental du Gard a approuvé l'achat de six drones. "
                + "La préfecture du Gard n'a jamais utilisé la reconnaissance faciale.", "2025-03-03");
        TestDocuments.time(d, "le 3 mars 2025", "DATE", "2025-03-03", "2025-03-03", "2025-03-03");
        List<Claim> cs = claims(d);
        Claim bought = cs.stream().filter(c -> c.action().type() == ActionType.ACQUIRE).findFirst()
                .orElseThrow(() -> new AssertionError(describe(cs)));
        assertNotNull(bought.time(), describe(cs));
        assertEquals("2025-03-03", bought.time().value());
        Claim denied = cs.stream().filter(c -> c.modality() == Modality.NEGATED).findFirst()
                .orElseThrow(() -> new AssertionError(describe(cs)));
        assertEquals(null, denied.time(), describe(cs));
    }

    @Test
    void aPastOpeningDoesNotDateAPlanNorMergeWithIt() {
        Document d = TestDocuments.of("En 2022, les gendarmes du Gard ont utilisé un drone au-dessus des massifs. "
                + "Les gendarmes du Gard pourront faire voler leurs drones au-dessus des massifs.");
        TestDocuments.year(d, "En 2022", "2022");
        List<Claim> cs = claims(d);
        assertEquals(2, cs.size(), describe(cs));
        Claim plan = cs.stream().filter(c -> c.modality() == Modality.PLANNED).findFirst()
                .orElseThrow(() -> new AssertionError(describe(cs)));
        assertEquals(null, plan.time(), describe(cs));
    }

    @Test
    void aNameInsideTheComplementOfTheSubjectIsNotTheSubject() {
        Claim c = only(claims(TestDocuments.of(
                "En Belgique, la police locale de la zone Bruxelles-Ouest avait renoncé en 2023 à la reconnaissance faciale.")));
        assertEquals(ActorType.FOREIGN, c.actor().type());
        assertEquals("police locale", c.actor().text());
    }

    @Test
    void anImpersonalProposalIsTheBodysPlan() {
        List<Claim> cs = claims(TestDocuments.of("La commune de Vannes dispose de 40 caméras. "
                + "Il est proposé d'équiper les entrées de ville de caméras LAPI, puis de renoncer au logiciel Cityvision."));
        Claim lapi = cs.stream().filter(c -> c.tool().category() == Claim.ToolCategory.LICENSE_PLATE_RECOGNITION).findFirst()
                .orElseThrow(() -> new AssertionError(describe(cs)));
        assertEquals("Vannes", lapi.actor().canonical());
        assertEquals(Modality.PLANNED, lapi.modality());
        assertTrue(cs.stream().noneMatch(c -> c.tool().text().equalsIgnoreCase("il")), describe(cs));
    }

    @Test
    void aComplementBeforeACommaIsNoItemOfTheSubjectList() {
        Claim c = only(claims(TestDocuments.of("D'après un ancien agent du centre de supervision urbain, la ville de Vannes "
                + "aurait activé la reconnaissance faciale sur deux caméras de la gare.")));
        assertEquals("Vannes", c.actor().canonical());
        assertEquals(ActionType.USE, c.action().type());
        assertEquals(Modality.ALLEGED, c.modality());
    }

    @Test
    void theNextSentenceOpeningOnASinceAndAPronounDatesTheClaim() {
        Document d = TestDocuments.of("Le système PARAFE est exploité par la police aux frontières. "
                + "Depuis 2019, il compare le visage du voyageur à la photo de son passeport.");
        TestDocuments.year(d, "Depuis 2019", "2019");
        Claim c = only(claims(d));
        assertNotNull(c.time(), describe(List.of(c)));
        assertEquals("2019", c.time().interval().begin());
    }

    @Test
    void aHandfulOfAUnitsMembersIsThatUnit() {
        Document d = TestDocuments.of("Il y a six ans, une poignée d'enquêteurs de la brigade de recherches de Rennes se sont mis "
                + "à tester, sur leurs propres ordinateurs, un logiciel d'analyse vidéo.");
        TestDocuments.time(d, "Il y a six ans", "DATE", "2019", "2019", "2019");
        Claim c = only(claims(d));
        assertEquals("Gendarmerie nationale", c.actor().canonical());
        assertEquals(ActionType.EXPERIMENT, c.action().type());
        assertNotNull(c.time(), describe(List.of(c)));
        assertEquals("2019", c.time().value());
    }

    @Test
    void aLackOfLegalBasisMakesTheUsageIllegal() {
        Claim c = only(claims(TestDocuments.of("La commune de Vannes a déployé la vidéosurveillance algorithmique en 2022. "
                + "Le contrôle relève un défaut de base légale pour la vidéosurveillance algorithmique.")));
        assertEquals(Claim.LegalStatus.ILLEGAL, c.legal().status());
    }

    @Test
    void aMissingLegalBasisIsUnlawful() {
        Claim c = only(claims(TestDocuments.of(
                "En 2023, la brigade de gendarmerie de Brest avait utilisé un drone pendant deux jours, sans aucun arrêté préfectoral.")));
        assertEquals(Claim.LegalStatus.ILLEGAL, c.legal().status());
    }

    @Test
    void theNextSentenceGivesTheLegalBasis() {
        Claim c = only(claims(TestDocuments.of("Les gendarmes du Gard pourront faire voler leurs drones au-dessus des massifs. "
                + "Un arrêté du préfet, signé le 2 juin, les y autorise jusqu'au 30 septembre.")));
        assertEquals(Claim.LegalStatus.LEGAL, c.legal().status());
    }

    @Test
    void theBodyAReproachIsAddressedToIsTheActor() {
        Claim c = only(claims(TestDocuments.of("La police municipale de Nice utilise Cityvision depuis 2021. "
                + "En 2023, un rapport avait reproché aux carabiniers italiens d'y avoir eu recours sans base légale.")).stream()
                .filter(x -> x.actor().type() == ActorType.FOREIGN).toList());
        assertEquals("Cityvision", c.tool().canonical());
        assertEquals(Claim.LegalStatus.ILLEGAL, c.legal().status());
    }
}
