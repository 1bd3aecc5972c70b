package fr.vigie.claims;

import fr.vigie.model.Claim;
import fr.vigie.model.Claim.ActionType;
import fr.vigie.model.Claim.ActorType;
import fr.vigie.model.Claim.LegalStatus;
import fr.vigie.model.Claim.Modality;
import fr.vigie.model.Claim.ToolCategory;
import fr.vigie.model.Document;
import fr.vigie.testing.TestDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.vigie.claims.ClaimTestSupport.claims;
import static fr.vigie.claims.ClaimTestSupport.describe;
import static fr.vigie.claims.ClaimTestSupport.find;
import static fr.vigie.claims.ClaimTestSupport.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences in press style, each asserting the claim a careful reader would list. */
class RuleBasedClaimExtractorTest {

    @Test
    void activeVerbWithProductAndSince() {
        Document d = TestDocuments.of("La police nationale utilise depuis 2015 le logiciel Vidéo Synopsis de la société BriefCam.");
        TestDocuments.year(d, "depuis 2015", "2015");
        Claim c = only(claims(d));
        assertEquals("Police nationale", c.actor().canonical());
        assertEquals(ActorType.NATIONAL_POLICE, c.actor().type());
        assertEquals("BriefCam Video Synopsis", c.tool().canonical());
        assertEquals("BriefCam", c.tool().vendor());
        assertEquals(ToolCategory.VIDEO_ANALYTICS, c.tool().category());
        assertEquals(ActionType.USE, c.action().type());
        assertEquals("utiliser", c.action().lemma());
        assertEquals(Modality.ASSERTED, c.modality());
        assertEquals("2015", c.time().value());
        assertEquals("2015", c.time().interval().begin());
        assertNull(c.time().interval().end());
        assertEquals("c1", c.id());
        assertEquals(0, c.evidence().sentence());
    }

    @Test
    void conditionalAfterSourceIsAlleged() {
        Document d = TestDocuments.of("Selon Mediapart, les gendarmes auraient utilisé des drones lors des manifestations de 2023.");
        TestDocuments.year(d, "2023", "2023");
        Claim c = only(claims(d));
        assertEquals("Gendarmerie nationale", c.actor().canonical());
        assertEquals(ActorType.GENDARMERIE, c.actor().type());
        assertEquals(ToolCategory.DRONE, c.tool().category());
        assertEquals(Modality.ALLEGED, c.modality());
        assertNotNull(c.attribution());
        assertEquals("Mediapart", c.attribution().source());
        assertEquals("2023", c.time().value());
    }

    @Test
    void townAsActorExperimentsWithPlace() {
        Document d = TestDocuments.of("En 2019, la ville de Nice a expérimenté la reconnaissance faciale lors du carnaval.");
        TestDocuments.year(d, "En 2019", "2019");
        Claim c = only(claims(d));
        assertEquals("Nice", c.actor().canonical());
        assertEquals(ActorType.LOCAL_AUTHORITY, c.actor().type());
        assertEquals(ActionType.EXPERIMENT, c.action().type());
        assertEquals("Reconnaissance faciale", c.tool().canonical());
        assertEquals(ToolCategory.FACIAL_RECOGNITION, c.tool().category());
        assertEquals("Nice", c.place().canonical());
        assertEquals("2019", c.time().value());
    }

    @Test
    void aListOfTownsGivesOneClaimEach() {
        Document d = TestDocuments.of("Nice, Roanne et Perpignan ont testé des caméras augmentées.");
        List<Claim> cs = claims(d);
        assertEquals(3, cs.size(), describe(cs));
        for (String town : List.of("Nice", "Roanne", "Perpignan")) {
            Claim c = find(cs, town, "Vidéosurveillance algorithmique");
            assertEquals(ActionType.EXPERIMENT, c.action().type());
            assertEquals(ToolCategory.VIDEO_ANALYTICS, c.tool().category());
        }
    }

    @Test
    void passiveWithAgentAndProductOfVendor() {
        Document d = TestDocuments.of("Le logiciel Cityvision de Wintics a été acheté en 2022 par la RATP.");
        TestDocuments.year(d, "en 2022", "2022");
        Claim c = only(claims(d));
        assertEquals("RATP", c.actor().canonical());
        assertEquals(ActorType.PRIVATE, c.actor().type());
        assertEquals("Cityvision", c.tool().canonical());
        assertEquals("Wintics", c.tool().vendor());
        assertEquals(ActionType.ACQUIRE, c.action().type());
        assertEquals("2022", c.time().value());
    }

    @Test
    void nominalisationWithParAgent() {
        Document d = TestDocuments.of("Les députés dénoncent l'utilisation de la reconnaissance faciale par la police aux frontières.");
        Claim c = only(claims(d));
        assertEquals("Police nationale", c.actor().canonical());
        assertEquals("police aux frontières", c.actor().text());
        assertEquals(ActionType.USE, c.action().type());
        assertEquals(ToolCategory.FACIAL_RECOGNITION, c.tool().category());
    }

    @Test
    void equipSomebodyWithSomething() {
        Document d = TestDocuments.of("En 2020, la préfecture de police a équipé ses agents de drones.");
        TestDocuments.year(d, "En 2020", "2020");
        Claim c = only(claims(d));
        assertEquals("Préfecture de police", c.actor().canonical());
        assertEquals(ActorType.NATIONAL_POLICE, c.actor().type());
        assertEquals(ActionType.DEPLOY, c.action().type());
        assertEquals(ToolCategory.DRONE, c.tool().category());
        assertEquals("2020", c.time().value());
    }

    @Test
    void endowedWithTechnologyOfAVendor() {
        Document d = TestDocuments.of("En 2021, la commune de Valenciennes s'est dotée de caméras intelligentes fournies par Huawei.");
        TestDocuments.year(d, "En 2021", "2021");
        Claim c = only(claims(d));
        assertEquals("Valenciennes", c.actor().canonical());
        assertEquals(ActionType.ACQUIRE, c.action().type());
        assertEquals("Vidéosurveillance algorithmique", c.tool().canonical());
        assertEquals("Huawei", c.tool().vendor());
    }

    @Test
    void negationIsKept() {
        Document d = TestDocuments.of("Le ministère de l'Intérieur n'a jamais utilisé la reconnaissance faciale.");
        Claim c = only(claims(d));
        assertEquals("Ministère de l'Intérieur", c.actor().canonical());
        assertEquals(ActorType.STATE, c.actor().type());
        assertEquals(Modality.NEGATED, c.modality());
    }

    @Test
    void restrictionIsNotANegationAndJudicialFrameIsLegal() {
        Document d = TestDocuments.of("La police nationale dispose du logiciel Briefcam. "
                + "Selon l'inspection, le logiciel n'a été utilisé que dans un cadre judiciaire par les enquêteurs de police.");
        List<Claim> cs = claims(d);
        Claim used = cs.stream().filter(c -> c.evidence().sentence() == 1).findFirst()
                .orElseThrow(() -> new AssertionError(describe(cs)));
        assertEquals("Police nationale", used.actor().canonical());
        assertEquals("BriefCam Video Synopsis", used.tool().canonical());
        assertNotEquals(Modality.NEGATED, used.modality());
        assertEquals(Modality.REPORTED, used.modality());
        assertEquals(LegalStatus.LEGAL, used.legal().status());
        assertTrue(used.legal().grounds().contains("JUDICIAL_REQUISITION"), used.legal().grounds().toString());
    }

    @Test
    void theBodyAPrefectAuthorisesIsTheUserNotThePrefect() {
        // the departments' national police has been named "direction départementale de la police nationale" since 2024
        Document d = TestDocuments.of("Par un arrêté, le préfet du Var autorise la direction départementale de la police "
                + "nationale à utiliser deux drones au-dessus du port.");
        Claim c = only(claims(d));
        assertEquals("Police nationale", c.actor().canonical());
        assertEquals("direction départementale de la police nationale", c.actor().text());
        assertEquals(LegalStatus.LEGAL, c.legal().status());
    }

    @Test
    void aSentenceScopedToAnotherPlaceCarriesNoActor() {
        // "En France, …" speaks of the country as a whole: no act of the town the story is about
        Document d = TestDocuments.of("La ville de Nice a acheté des caméras piétons en 2022. "
                + "En France, les premières caméras piétons ont été testées en 2013.");
        List<Claim> cs = claims(d);
        assertEquals(1, cs.size(), describe(cs));
        assertEquals(0, cs.get(0).evidence().sentence());
        // the story's own place does not scope it away
        Document e = TestDocuments.of("La gendarmerie a acheté deux drones en mars. "
                + "En Bretagne, la gendarmerie a ensuite déployé les drones sur les plages.");
        assertEquals(2, claims(e).size(), describe(claims(e)));
    }

    @Test
    void storyCarriesActorAndToolToTheNextSentence() {
        Document d = TestDocuments.of("En 2015, la gendarmerie achète le logiciel Briefcam. "
                + "Deux ans plus tard, l'application est déployée plus largement.");
        TestDocuments.year(d, "En 2015", "2015");
        TestDocuments.year(d, "Deux ans plus tard", "2017");
        List<Claim> cs = claims(d);
        assertEquals(2, cs.size(), describe(cs));
        Claim bought = cs.get(0);
        assertEquals(ActionType.ACQUIRE, bought.action().type());
        assertEquals("2015", bought.time().value());
        Claim deployed = cs.get(1);
        assertEquals("Gendarmerie nationale", deployed.actor().canonical());
        assertEquals("BriefCam Video Synopsis", deployed.tool().canonical());
        assertEquals("l'application", deployed.tool().text());
        assertEquals(ActionType.DEPLOY, deployed.action().type());
        assertEquals("2017", deployed.time().value());
        assertEquals(1, deployed.evidence().sentence());
        assertTrue(deployed.confidence() < bought.confidence());
    }

    @Test
    void bareDepuisStartsFromTheLastDateOfTheSentenceBefore() {
        Document d = TestDocuments.of("La mairie a acheté le logiciel Briefcam en 2019, puis l'a installé au poste central "
                + "au printemps 2020. Depuis, les policiers municipaux l'utilisent chaque semaine.");
        TestDocuments.year(d, "en 2019", "2019");
        TestDocuments.time(d, "au printemps 2020", "DATE", "2020-SP", "2020-03", "2020-05");
        List<Claim> cs = claims(d);
        Claim used = null;
        for (Claim c : cs) if (c.evidence().sentence() == 1) used = c;
        assertNotNull(used, describe(cs));
        assertEquals(ActionType.USE, used.action().type());
        assertEquals("2020-03", used.time().interval().begin());
        assertNull(used.time().interval().end());
    }

    @Test
    void afterYearsOfUseTheUsageBeganThatLongBefore() {
        Document d = TestDocuments.of("Après trois ans d'essais, la commune de Dole abandonne le logiciel Briefcam.", "2024-05-10");
        TestDocuments.time(d, "trois ans", "DURATION", "P3Y", null, null);
        Claim c = only(claims(d));
        assertEquals(ActionType.STOP, c.action().type());
        assertEquals("2021", c.time().interval().begin());
    }

    @Test
    void aDurationNotAfterApresDatesNothing() {
        Document d = TestDocuments.of("Pendant trois ans, la commune de Dole a utilisé le logiciel Briefcam.", "2024-05-10");
        TestDocuments.time(d, "trois ans", "DURATION", "P3Y", null, null);
        Claim c = only(claims(d));
        assertTrue(c.time() == null || c.time().interval() == null || !"2021".equals(c.time().interval().begin()),
                describe(List.of(c)));
    }

    @Test
    void aStopIsDatedByWhenTheUsageBegan() {
        Document d = TestDocuments.of("La commune de Dole a suspendu le 3 février l'usage du logiciel Briefcam, "
                + "installé au poste de police municipale depuis mai 2021.", "2024-02-10");
        TestDocuments.time(d, "le 3 février", "DATE", "2024-02-03", "2024-02-03", "2024-02-03");
        TestDocuments.time(d, "depuis mai 2021", "DATE", "2021-05", "2021-05", null);
        List<Claim> cs = claims(d);
        Claim c = null;
        for (Claim x : cs) if (x.action().type() == ActionType.STOP) c = x;
        assertNotNull(c, describe(cs));
        assertEquals("2021-05", c.time().interval().begin(), describe(cs));
    }

    @Test
    void aUsageUntilADateToComeRunsFromTheDocumentDate() {
        Document d = TestDocuments.of("La gendarmerie pourra utiliser des drones au-dessus du port jusqu'au 15 mars.", "2024-02-20");
        TestDocuments.time(d, "jusqu'au 15 mars", "DATE", "2024-03-15", null, "2024-03-15");
        Claim c = only(claims(d));
        assertEquals("2024-02-20", c.time().interval().begin(), describe(List.of(c)));
        assertEquals("2024-03-15", c.time().interval().end());
    }

    @Test
    void aUsageUntilAPastDateKeepsAnOpenStart() {
        Document d = TestDocuments.of("La gendarmerie a utilisé des drones au-dessus du port jusqu'au 15 mars 2022.", "2024-02-20");
        TestDocuments.time(d, "jusqu'au 15 mars 2022", "DATE", "2022-03-15", null, "2022-03-15");
        Claim c = only(claims(d));
        assertNull(c.time().interval().begin(), describe(List.of(c)));
    }

    @Test
    void aPlanIsNotDatedByThePastYearItWasAnnounced() {
        Document d = TestDocuments.of("La commune de Dole envisage de déployer des drones, comme elle l'annonçait en 2022.", "2024-02-20");
        TestDocuments.year(d, "en 2022", "2022");
        Claim c = only(claims(d));
        assertEquals(Modality.PLANNED, c.modality());
        assertTrue(c.time() == null || !"2022".equals(c.time().interval().begin()), describe(List.of(c)));
    }

    @Test
    void plansAreMarked() {
        Claim region = only(claims(TestDocuments.of("La région Île-de-France envisage de déployer des caméras augmentées dans les gares.")));
        assertEquals("Île-de-France", region.actor().canonical());
        assertEquals(ActorType.LOCAL_AUTHORITY, region.actor().type());
        assertEquals(Modality.PLANNED, region.modality());
        assertEquals(ActionType.DEPLOY, region.action().type());
        Claim sncf = only(claims(TestDocuments.of("La SNCF va déployer des drones sur ses voies.")));
        assertEquals("SNCF", sncf.actor().canonical());
        assertEquals(Modality.PLANNED, sncf.modality());
        Claim future = only(claims(TestDocuments.of("La gendarmerie utilisera la lecture automatique des plaques d'immatriculation.")));
        assertEquals(Modality.PLANNED, future.modality());
        assertEquals(ToolCategory.LICENSE_PLATE_RECOGNITION, future.tool().category());
    }

    @Test
    void undeclaredUseIsIllegal() {
        Document d = TestDocuments.of("D'après Disclose, la police nationale aurait utilisé Briefcam sans jamais le déclarer à la CNIL.");
        Claim c = only(claims(d));
        assertEquals(Modality.ALLEGED, c.modality());
        assertEquals(LegalStatus.ILLEGAL, c.legal().status());
        assertEquals(List.of("NOT_DECLARED_TO_CNIL"), c.legal().grounds());
        assertEquals("Disclose", c.attribution().source());
    }

    @Test
    void olympicsExperimentIsExperimental() {
        Document d = TestDocuments.of("La préfecture de police a expérimenté la vidéosurveillance algorithmique lors de concerts, "
                + "dans le cadre de la loi relative aux jeux Olympiques et Paralympiques.");
        Claim c = only(claims(d));
        assertEquals(ActionType.EXPERIMENT, c.action().type());
        assertEquals(LegalStatus.EXPERIMENTAL, c.legal().status());
        assertTrue(c.legal().grounds().contains("OLYMPICS_EXPERIMENT_LAW"));
        assertEquals("loi n° 2023-380 du 19 mai 2023", c.legal().references().get(0).canonical());
    }

    @Test
    void stopGovernsTheUsageItStops() {
        Claim c = only(claims(TestDocuments.of("La mairie de Perpignan a suspendu l'utilisation de ses drones.")));
        assertEquals("Perpignan", c.actor().canonical());
        assertEquals(ActionType.STOP, c.action().type());
        assertEquals(ToolCategory.DRONE, c.tool().category());
    }

    @Test
    void renewal() {
        Document d = TestDocuments.of("La police municipale de Nice a renouvelé sa licence Two-I en 2023.");
        TestDocuments.year(d, "en 2023", "2023");
        Claim c = only(claims(d));
        assertEquals("Police municipale de Nice", c.actor().canonical());
        assertEquals(ActorType.MUNICIPAL_POLICE, c.actor().type());
        assertEquals(ActionType.RENEW, c.action().type());
        assertEquals("Two-I", c.tool().canonical());
        assertEquals("Nice", c.place().canonical());
    }

    @Test
    void reportedByAnAdmission() {
        Document d = TestDocuments.of("Le ministère de l'Intérieur a reconnu que des policiers avaient utilisé la reconnaissance faciale en 2020.");
        TestDocuments.year(d, "en 2020", "2020");
        Claim c = only(claims(d));
        assertEquals("Police nationale", c.actor().canonical());
        assertEquals(Modality.REPORTED, c.modality());
        assertEquals("Ministère de l'Intérieur", canonicalSource(c));
        assertEquals("2020", c.time().value());
    }

    private static String canonicalSource(Claim c) {
        return c.attribution().source().replace("Le ministère de l'Intérieur", "Ministère de l'Intérieur")
                .replace("ministère de l'Intérieur", "Ministère de l'Intérieur");
    }

    @Test
    void platesAudioAndForeignStates() {
        Document lapi = TestDocuments.of("Depuis 2019, les gendarmes exploitent des lecteurs automatiques de plaques d'immatriculation sur l'autoroute.");
        TestDocuments.year(lapi, "Depuis 2019", "2019");
        Claim l = only(claims(lapi));
        assertEquals(ToolCategory.LICENSE_PLATE_RECOGNITION, l.tool().category());
        assertEquals("2019", l.time().interval().begin());
        Claim audio = only(claims(TestDocuments.of("La ville de Saint-Étienne a installé des capteurs sonores dans un quartier.")));
        assertEquals("Saint-Étienne", audio.actor().canonical());
        assertEquals(ToolCategory.AUDIO_SURVEILLANCE, audio.tool().category());
        assertEquals(ActionType.DEPLOY, audio.action().type());
        Claim china = only(claims(TestDocuments.of("La Chine utilise massivement la reconnaissance faciale.")));
        assertEquals(ActorType.FOREIGN, china.actor().type());
    }

    @Test
    void legalStatusStatedLaterReachesTheClaimOnThatTool() {
        Document d = TestDocuments.of("La police nationale a acheté Briefcam en 2015. Briefcam n'était pas un outil légal, selon un député.");
        Claim c = only(claims(d));
        assertEquals(LegalStatus.ILLEGAL, c.legal().status());
        assertEquals(0, c.evidence().sentence());
    }

    @Test
    void sameStatementTwiceIsOneClaim() {
        Document d = TestDocuments.of("Les gendarmes utilisent des drones. Les gendarmes utilisent aussi des drones la nuit.");
        assertEquals(1, claims(d).size());
    }

    @Test
    void rolesReferToTheTownOfTheStory() {
        Document d = TestDocuments.of("À Roanne, le débat est vif. Acheté en 2020 par la commune, le logiciel BriefCam "
                + "est utilisé par les policiers municipaux.");
        List<Claim> cs = claims(d);
        Claim bought = find(cs, "Roanne", "BriefCam Video Synopsis");
        assertEquals(ActionType.ACQUIRE, bought.action().type());
        assertEquals("la commune", bought.actor().text());
        Claim used = find(cs, "Police municipale de Roanne", "BriefCam Video Synopsis");
        assertEquals(ActorType.MUNICIPAL_POLICE, used.actor().type());
        assertEquals(ActionType.USE, used.action().type());
    }

    @Test
    void anUnlistedTownAfterALocalHead() {
        Claim c = only(claims(TestDocuments.of("La commune de Moirans-en-Montagne a installé des caméras augmentées.")));
        assertEquals("Moirans-en-Montagne", c.actor().canonical());
        assertEquals(ActorType.LOCAL_AUTHORITY, c.actor().type());
    }

    @Test
    void aRoleWithNothingToReferToIsNotAnActor() {
        assertTrue(claims(TestDocuments.of("La mairie a installé des caméras augmentées.")).isEmpty());
    }

    @Test
    void foreignPoliceIsNeverTheFrenchOne() {
        Claim it = only(claims(TestDocuments.of("La police italienne utilise des drones à la frontière.")));
        assertEquals(ActorType.FOREIGN, it.actor().type());
        assertEquals("Police (Italie)", it.actor().canonical());
        Claim ca = only(claims(TestDocuments.of("La Gendarmerie royale du Canada a utilisé Clearview AI en 2019.")));
        assertEquals("Gendarmerie royale du Canada", ca.actor().canonical());
        assertEquals(ActorType.FOREIGN, ca.actor().type());
    }

    @Test
    void anIntercommunalityNamedAfterItsTown() {
        Claim c = only(claims(TestDocuments.of("Vitré Communauté a renouvelé sa licence BriefCam.")));
        assertEquals("Vitré Communauté", c.actor().canonical());
        assertEquals(ActorType.LOCAL_AUTHORITY, c.actor().type());
        assertEquals(ActionType.RENEW, c.action().type());
    }

    @Test
    void aStopGovernsAcrossADateAndTheTownIsNotItsDepartment() {
        Document d = TestDocuments.of("La commune d'Istres (Bouches-du-Rhône) a suspendu mercredi l'utilisation des drones par sa police municipale.");
        TestDocuments.time(d, "mercredi", "DATE", "2024-08-14", "2024-08-14", "2024-08-14");
        List<Claim> cs = claims(d);
        Claim stop = find(cs, "Istres", "Drones");
        assertEquals(ActionType.STOP, stop.action().type());
        assertTrue(cs.stream().noneMatch(c -> c.actor().canonical().equals("Bouches-du-Rhône")), describe(cs));
    }

    @Test
    void theTimeOfTheUsageNotOfTheReport() {
        Document a = TestDocuments.of("Depuis 2021, selon un rapport interne, la police municipale de Lille utilise des caméras augmentées.");
        TestDocuments.year(a, "Depuis 2021", "2021");
        assertEquals("2021", only(claims(a)).time().interval().begin());

        Document b = TestDocuments.of("Le 14 novembre, Mediapart révélait que la gendarmerie utilisait des drones depuis 2019.");
        TestDocuments.time(b, "Le 14 novembre", "DATE", "2023-11-14", "2023-11-14", "2023-11-14");
        TestDocuments.year(b, "depuis 2019", "2019");
        assertEquals("2019", only(claims(b)).time().value());

        Document c = TestDocuments.of("Le 14 novembre, Mediapart révélait que la gendarmerie utilisait des drones.");
        TestDocuments.time(c, "Le 14 novembre", "DATE", "2023-11-14", "2023-11-14", "2023-11-14");
        Claim onlyReportDate = only(claims(c));
        assertNull(onlyReportDate.time(), String.valueOf(onlyReportDate.time()));
        assertEquals(Modality.REPORTED, onlyReportDate.modality());
    }

    @Test
    void legalGroundsInOtherWords() {
        Claim undeclared = only(claims(TestDocuments.of("La police de Rouen aurait utilisé BriefCam pendant six ans sans le déclarer.")));
        assertEquals(LegalStatus.ILLEGAL, undeclared.legal().status());
        assertEquals(List.of("NOT_DECLARED_TO_CNIL"), undeclared.legal().grounds());
        Claim noText = only(claims(TestDocuments.of("En 2021, les gendarmes avaient fait voler un drone, sans qu'aucun texte ne l'autorise.")));
        assertEquals(LegalStatus.ILLEGAL, noText.legal().status());
        assertEquals(List.of("NO_LEGAL_FRAMEWORK"), noText.legal().grounds());
    }

    @Test
    void anOrganisationTheLexiconsDoNotKnowActsWhenItIsTheSubject() {
        Document d = TestDocuments.of("Marbrex a annoncé mardi qu'elle renonçait à installer la reconnaissance faciale au stade.");
        TestDocuments.modelEntity(d, "Marbrex", "ORG");
        Claim c = only(claims(d));
        assertEquals("Marbrex", c.actor().canonical());
        assertEquals(ActorType.OTHER, c.actor().type());
        assertEquals(ActionType.STOP, c.action().type());

        Document critic = TestDocuments.of("Le syndicat Alliance dénonce l'usage de la reconnaissance faciale.");
        TestDocuments.modelEntity(critic, "Alliance", "ORG");
        assertTrue(claims(critic).isEmpty());
    }

    @Test
    void aCompanyNamedAfterItsHeadIsAPrivateActor() {
        Claim c = only(claims(TestDocuments.of(
                "Le groupe Fromentel a suspendu l'utilisation d'un logiciel de détection des vols dans ses magasins.")));
        assertEquals("groupe Fromentel", c.actor().canonical());
        assertEquals(ActorType.PRIVATE, c.actor().type());
        assertEquals("Vidéosurveillance algorithmique", c.tool().canonical());
        assertEquals(ActionType.STOP, c.action().type());

        Claim venue = only(claims(TestDocuments.of(
                "La salle de concert Le Quai 12 a testé la reconnaissance faciale à l'entrée des abonnés.")));
        assertEquals("salle de concert Le Quai 12", venue.actor().canonical());
        assertEquals(ActorType.PRIVATE, venue.actor().type());

        Claim operator = only(claims(TestDocuments.of("Velarys Transports exploite depuis 2019 un outil d'analyse vidéo dans ses bus.")));
        assertEquals("Velarys Transports", operator.actor().canonical());
        assertEquals(ActorType.PRIVATE, operator.actor().type());
    }

    @Test
    void theVendorOfAProductIsNotItsUser() {
        // "la société Videtics" names the vendor; "fourni par la société X" is the vendor's act
        assertTrue(claims(TestDocuments.of("Le logiciel de détection utilisé à l'entrée est développé par la société Marvex.")).isEmpty());
        Claim c = only(claims(TestDocuments.of("Le centre commercial Les Arcades utilise un logiciel de la société Videtics.")));
        assertEquals("centre commercial Les Arcades", c.actor().canonical());
        assertEquals("Videtics", c.tool().canonical());
    }

    @Test
    void theCompanyIsReferredToByItsRoleAndByAPronoun() {
        List<Claim> cs = claims(TestDocuments.of("L'enseigne Bazarine compte 40 magasins dans l'Ouest. "
                + "L'entreprise a installé des caméras intelligentes dans ses rayons l'an dernier. "
                + "Elle a ensuite testé la reconnaissance faciale aux caisses."));
        assertEquals(2, cs.size(), describe(cs));
        assertEquals("enseigne Bazarine", find(cs, "enseigne Bazarine", "Vidéosurveillance algorithmique").actor().canonical());
        assertEquals(ActorType.PRIVATE, find(cs, "enseigne Bazarine", "Reconnaissance faciale").actor().type());
    }

    @Test
    void aPronounWithNoActorBeforeItGivesNoClaim() {
        assertTrue(claims(TestDocuments.of("Il a testé la reconnaissance faciale.")).isEmpty());
    }

    @Test
    void placesListedAfterAnActorOfAPlaceAreActorsOfTheSameKind() {
        List<Claim> cs = claims(TestDocuments.of(
                "Les polices municipales de Grasse, de Fréjus et d'Antibes utilisent des drones depuis l'été."));
        assertEquals(3, cs.size(), describe(cs));
        Claim antibes = find(cs, "Police municipale d'Antibes", "Drones");
        assertEquals(ActorType.MUNICIPAL_POLICE, antibes.actor().type());
        find(cs, "Police municipale de Fréjus", "Drones");
    }

    @Test
    void aDepartmentalPoliceDirectionIsTheNationalPoliceWithItsPlace() {
        Claim c = only(claims(TestDocuments.of("La DDSP de la Sarthe dispose depuis 2021 du logiciel BriefCam.")));
        assertEquals(ActorType.NATIONAL_POLICE, c.actor().type());
        assertEquals("Police nationale (Sarthe)", c.actor().canonical());
        assertNotNull(c.place());
        assertEquals("Sarthe", c.place().canonical());
        assertEquals(ActionType.USE, c.action().type());

        Claim acronym = only(claims(TestDocuments.of(
                "La direction départementale de la sécurité publique (DDSP) de la Sarthe a acquis en 2017 une licence BriefCam.")));
        assertEquals("Police nationale (Sarthe)", acronym.actor().canonical());

        Claim negated = only(claims(TestDocuments.of("La direction interdépartementale du Var ne disposait pas de drones.")));
        assertEquals(Modality.NEGATED, negated.modality());
    }

    @Test
    void aRoleNameTakesPrecedenceOverTheModelsPlace() {
        Document d = TestDocuments.of("Toulouse Métropole a voté son budget. La Métropole installera des caméras LAPI en 2026.");
        TestDocuments.modelEntity(d, "La Métropole", "LOC");
        Claim c = only(claims(d));
        assertEquals("Toulouse Métropole", c.actor().canonical());
        assertEquals(Modality.PLANNED, c.modality());
    }

    @Test
    void aTimeThatOpensASentenceScopesTheStoryThatFollows() {
        Document d = TestDocuments.of("En 2019, la commune de Vendôme signe avec un éditeur. "
                + "Ses policiers municipaux utilisent alors la vidéosurveillance algorithmique aux abords de la gare.");
        TestDocuments.year(d, "En 2019", "2019");
        Claim c = only(claims(d));
        assertNotNull(c.time(), describe(List.of(c)));
        assertEquals("2019", c.time().value());

        Document far = TestDocuments.of("En 2019, la commune de Vendôme signe avec un éditeur. Le marché est public. "
                + "Il a été contesté. Ses policiers municipaux utilisent la vidéosurveillance algorithmique.");
        TestDocuments.year(far, "En 2019", "2019");
        Claim late = only(claims(far));
        assertNull(late.time(), describe(List.of(late)));
    }

    @Test
    void whatANamedActorWillBeAbleToDoIsAPlan() {
        Claim c = only(claims(TestDocuments.of("Dès demain, les gendarmes pourront déployer deux drones au-dessus des gorges.")));
        assertEquals(Modality.PLANNED, c.modality());
        assertEquals(ActorType.GENDARMERIE, c.actor().type());
    }

    @Test
    void remotelyPilotedAircraftAreDronesAndTheirFlightIsAUse() {
        List<Claim> cs = claims(TestDocuments.of("La gendarmerie déploie des aéronefs télépilotés dans le département. "
                + "En mars 2023, des drones avaient déjà survolé une manifestation."));
        assertEquals(2, cs.size(), describe(cs));
        Claim flight = cs.get(1);
        assertEquals("survoler", flight.action().lemma());
        assertEquals("Gendarmerie nationale", flight.actor().canonical());
        assertEquals(ToolCategory.DRONE, flight.tool().category());
    }

    @Test
    void aKindOfToolNamedAgainIsTheToolOfTheStory() {
        List<Claim> cs = claims(TestDocuments.of("Le groupe Fromentel a installé un logiciel de détection des vols dans ses magasins. "
                + "Son concurrent, le groupe Maraîchal, assure n'avoir jamais utilisé ce type d'outil."));
        Claim denied = find(cs, "groupe Maraîchal", "Vidéosurveillance algorithmique");
        assertEquals(Modality.NEGATED, denied.modality());
        assertEquals("ce type d'outil", denied.tool().text());
    }

    @Test
    void prefectoralAuthorisationAndMissingTextInOtherWords() {
        Claim allowed = only(claims(TestDocuments.of("Les gendarmes font voler des drones sur autorisation du préfet.")));
        assertEquals(LegalStatus.LEGAL, allowed.legal().status());
        assertEquals(List.of("PREFECTORAL"), allowed.legal().grounds());

        Claim unlawful = only(claims(TestDocuments.of("La police municipale utilisait des drones, faute de texte l'y autorisant.")));
        assertEquals(LegalStatus.ILLEGAL, unlawful.legal().status());
        assertEquals(List.of("NO_LEGAL_FRAMEWORK"), unlawful.legal().grounds());

        Claim annulled = only(claims(TestDocuments.of(
                "La commune de Vendôme a testé la reconnaissance faciale à l'école, mais le tribunal annule la délibération.")));
        assertEquals(LegalStatus.ILLEGAL, annulled.legal().status());
        assertEquals(List.of("COURT_ORDER"), annulled.legal().grounds());
    }

    @Test
    void theSourceOfAnAttributionStopsBeforeItsRelativeClause() {
        Claim c = only(claims(TestDocuments.of(
                "D'après des documents internes que nous avons pu consulter, la gendarmerie utilise des drones.")));
        assertEquals(Modality.REPORTED, c.modality());
        assertEquals("documents internes", c.attribution().source());
    }

    @Test
    void aPoliceSetInAForeignPlaceIsForeign() {
        Claim set = only(claims(TestDocuments.of(
                "Le service de police de la ville de Laval, au Québec, a eu recours à Clearview AI pendant huit mois.")));
        assertEquals(ActorType.FOREIGN, set.actor().type());
        assertEquals("Police (Québec)", set.actor().canonical());

        Claim adjective = only(claims(TestDocuments.of("Une police québécoise a utilisé Clearview AI.")));
        assertEquals(ActorType.FOREIGN, adjective.actor().type());
        assertEquals("police québécoise", adjective.actor().text());
    }

    @Test
    void aDeniedUsageTakesNoLegalStatusFromOtherSentences() {
        List<Claim> cs = claims(TestDocuments.of("La commune de Vendôme a utilisé BriefCam. "
                + "Le tribunal a ordonné de cesser l'exploitation des images de BriefCam. "
                + "La gendarmerie n'a jamais utilisé BriefCam."));
        Claim denied = find(cs, "Gendarmerie nationale", "BriefCam Video Synopsis");
        assertEquals(Modality.NEGATED, denied.modality());
        assertEquals(LegalStatus.UNKNOWN, denied.legal().status());
    }

    @Test
    void aTimeOpeningTheSentenceScopesItsUsageHoweverFarTheVerb() {
        Document d = TestDocuments.of("Cette année-là, Velarys Transports, la société qui exploite les bus de l'agglomération "
                + "de Vendôme, fait installer dans douze véhicules un logiciel de détection des bagarres.");
        TestDocuments.year(d, "Cette année-là", "2018");
        Claim c = only(claims(d));
        assertNotNull(c.time(), describe(List.of(c)));
        assertEquals("2018", c.time().value());
    }

    @Test
    void theIntercommunalityIsReferredToByItsRole() {
        List<Claim> cs = claims(TestDocuments.of("Vitré Communauté renouvelle sa licence BriefCam. "
                + "En 2018, l'agglomération achète le logiciel."));
        assertEquals(2, cs.size(), describe(cs));
        Claim bought = cs.stream().filter(c -> c.action().type() == ActionType.ACQUIRE).findFirst().orElseThrow();
        assertEquals("l'agglomération", bought.actor().text());
        assertEquals("Vitré Communauté", bought.actor().canonical());
    }

    @Test
    void elisionsDoNotCountInTheDistanceToTheTool() {
        Claim c = only(claims(TestDocuments.of("En 2019, la commune de Vendôme achète auprès d'un intégrateur de l'Aisne "
                + "un lot de 40 caméras de la marque chinoise Hikvision.")));
        assertEquals("Hikvision", c.tool().canonical());
        assertEquals(ActionType.ACQUIRE, c.action().type());
    }

    @Test
    void aQuotedWeIsTheBodyOfTheSpeaker() {
        List<Claim> cs = claims(TestDocuments.of("Velarys Transports exploite les bus de Vendôme. "
                + "« Nous ne faisons aucune reconnaissance faciale », affirme la directrice de la sûreté de l'exploitant."));
        Claim denied = find(cs, "Velarys Transports", "Reconnaissance faciale");
        assertEquals(Modality.NEGATED, denied.modality());
        assertEquals("faire", denied.action().lemma());

        Claim town = only(claims(TestDocuments.of("La commune de Vendôme a voté son budget. « Nous ne faisons pas de "
                + "reconnaissance faciale, la loi l'interdit », martèle l'adjointe au maire.")));
        assertEquals("Vendôme", town.actor().canonical());
        assertEquals(Modality.NEGATED, town.modality());

        // a "nous" with no speaker named after the quote stays without actor
        assertTrue(claims(TestDocuments.of("« Nous ne faisons aucune reconnaissance faciale », dit-on.")).isEmpty());
    }

    @Test
    void aCountedSetOfTownsIsAnActor() {
        Claim c = only(claims(TestDocuments.of("Près de 200 communes utilisent des drones.")));
        assertEquals("Collectivités locales", c.actor().canonical());
    }

    @Test
    void aVerbTheTaggerReadsAsANounIsAVerbBetweenItsSubjectAndItsObject() {
        String text = "Depuis 2019, la gendarmerie nationale équipe progressivement ses véhicules de systèmes LAPI embarqués.";
        Document d = TestDocuments.of(text);
        List<fr.vigie.model.Token> tokens = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+|[^\\s]").matcher(text);
        while (m.find()) {
            String pos = m.group().equals("équipe") ? "NOUN" : "X"; // the tagger's mistake
            tokens.add(new fr.vigie.model.Token(tokens.size(), m.start(), m.end(), m.group(), pos, "O", 0));
        }
        d.setTokens(tokens);
        d.setSentences(List.of(new fr.vigie.model.Sentence(0, 0, text.length(), 0, tokens.size())));
        Claim c = only(claims(d));
        assertEquals(ActionType.DEPLOY, c.action().type());
        assertEquals("Gendarmerie nationale", c.actor().canonical());

        // without an actor before it, the noun reading stands: "une équipe de drones"
        String noun = "Une équipe de la brigade teste des drones.";
        Document e = TestDocuments.of(noun);
        assertTrue(claims(e).stream().noneMatch(x -> x.action().lemma().equals("équiper")));
    }

    @Test
    void theNearestSentenceOnTheToolLendsItsStatus() {
        List<Claim> cs = claims(TestDocuments.of("Une société aurait transmis les données de ses caméras LAPI sans cadre juridique. "
                + "Le député s'interroge. Il s'inquiète. La gendarmerie équipe ses véhicules de systèmes LAPI. "
                + "Ces dispositifs reposent sur un cadre légal précis."));
        Claim c = find(cs, "Gendarmerie nationale", "Lecture automatique de plaques d'immatriculation");
        assertEquals(LegalStatus.LEGAL, c.legal().status());
    }

    @Test
    void aNeighbourSentenceThatDatesTheToolLendsItsSpan() {
        Document d = TestDocuments.of("La police de Vendôme a eu recours pendant huit mois à Clearview AI. "
                + "Ses enquêteurs ont lancé 400 recherches avec l'application entre octobre 2019 et juin 2020.");
        TestDocuments.time(d, "pendant huit mois", "DURATION", "P8M", null, null);
        TestDocuments.time(d, "entre octobre 2019 et juin 2020", "INTERVAL", "2019-10/2020-06", "2019-10", "2020-06");
        Claim c = only(claims(d));
        assertNotNull(c.time(), describe(List.of(c)));
        assertEquals("2019-10", c.time().interval().begin());
    }

    @Test
    void aDeicticOpeningDoesNotScopeTheNextSentences() {
        Document d = TestDocuments.of("À partir de demain, les voyageurs trouveront plus de sas. "
                + "Le système PARAFE est exploité par la police aux frontières.");
        TestDocuments.time(d, "À partir de demain", "DATE", "2023-07-01", "2023-07-01", null);
        Claim c = only(claims(d));
        assertNull(c.time(), describe(List.of(c)));
    }

    @Test
    void anExampleCitedByAWitnessIsReported() {
        Claim c = only(claims(TestDocuments.of(
                "Il a cité l'exemple des gendarmes de l'Isère, qui ont utilisé des drones l'hiver dernier.")));
        assertEquals(Modality.REPORTED, c.modality());
    }
}
