package fr.vigie.claims.mention;

import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.claims.mention.Mention.Origin;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.model.Claim.ActorType;
import fr.vigie.model.Claim.ToolCategory;
import fr.vigie.model.Document;
import fr.vigie.pipeline.ModelStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actors and tools that no lexicon names, found from their head nouns, on sentences written for the test. */
class MentionFindersTest {

    private static final Lexicons LEXICONS = Lexicons.load(ModelStore.classpath());
    private static final OpenVocabulary VOCABULARY = OpenVocabulary.load(ModelStore.classpath());

    private static Document doc(String text) {
        var r = SharedVigie.get().process(text, new Source("test.txt", null, "2025-03-04"));
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        return r.document();
    }

    private static List<Mention> actors(Document d) {
        return new ActorMentionFinder(LEXICONS, VOCABULARY, fr.vigie.claims.ClaimCandidates.load(ModelStore.classpath())).find(d, SentenceWords.of(d));
    }

    private static List<Mention> tools(Document d) {
        return new ToolMentionFinder(LEXICONS, VOCABULARY).find(d, SentenceWords.of(d));
    }

    private static Mention byText(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst().orElse(null);
    }

    @Test
    void aModuleOrABorneIsAToolByWhatItDoesNotByAnyComplement() {
        Document d = doc("La commune de Rodez a installé un module qui repère les attroupements et une borne qui compare les visages.");
        assertTrue(tools(d).stream().anyMatch(m -> m.text().startsWith("module qui repère les attroupements")), () -> "tools: " + tools(d));
        assertTrue(tools(d).stream().anyMatch(m -> m.text().startsWith("borne qui compare les visages")), () -> "tools: " + tools(d));
        Document e = doc("La commune de Rodez a posé des bornes de recharge et suivi un module de formation.");
        assertTrue(tools(e).isEmpty(), () -> "tools: " + tools(e));
    }

    @Test
    void aBodyNamedWithItsAcronymIsThatBodyWhenTheAcronymComesBack() {
        Document d = doc("Le groupement de gendarmerie départementale du Cantal (GGD 15) a reçu un drone. "
                + "Depuis mars, le GGD 15 le fait voler au-dessus des fêtes.");
        Mention later = actors(d).stream().filter(m -> m.text().equals("GGD 15") && m.sentence() == d.sentenceAt(d.text().indexOf("Depuis")))
                .findFirst().orElse(null);
        assertNotNull(later, () -> "actors: " + actors(d));
        assertTrue(later.refersBack());
        assertEquals(d.sentenceAt(d.text().indexOf("Le groupement")), later.antecedentSentence());
        Mention body = actors(d).stream().filter(m -> m.sentence() == later.antecedentSentence() && !m.refersBack())
                .findFirst().orElseThrow();
        assertEquals(body.canonical(), later.canonical());
        // a town inside the full name is not the body
        Document e = doc("La Compagnie des bus du Grand Rodez (CBGR) a présenté ses lignes. La CBGR teste des caméras augmentées.");
        assertTrue(actors(e).stream().noneMatch(m -> m.text().equals("CBGR") && m.origin() == Mention.Origin.ANAPHOR),
                () -> "actors: " + actors(e));
    }

    @Test
    void aTemporalExpressionIsNoComplementOfTheTool() {
        Document d = doc("Le ministère prévoit de livrer 300 drones d'ici 2027 aux commissariats.");
        assertNotNull(byText(tools(d), "300 drones"), () -> "tools: " + tools(d));
        Document e = doc("La gendarmerie a reçu des drones de fin 2023 à mars 2024, puis des drones de surveillance.");
        assertTrue(tools(e).stream().noneMatch(m -> m.text().contains("fin")), () -> "tools: " + tools(e));
        assertNotNull(byText(tools(e), "drones de surveillance"), () -> "tools: " + tools(e));
    }

    @Test
    void aCourtsNameHoldsNoActorAndALongerHeadWinsOverTheLexiconWordItHolds() {
        Document d = doc("Le Conseil d'État a jugé illégale la reconnaissance faciale utilisée par la commune de Vitré.");
        assertTrue(actors(d).stream().noneMatch(m -> m.text().equals("État")), () -> "actors: " + actors(d));
        Document e = doc("La communauté de communes a installé des capteurs sonores dans le bourg.");
        assertNotNull(byText(actors(e), "communauté de communes"), () -> "actors: " + actors(e));
    }

    @Test
    void aClauseThatSaysWhatTheToolDoesIsPartOfIt() {
        Document d = doc("Le centre hospitalier d'Agen a installé des caméras qui repèrent les chutes des patients.");
        Mention t = byText(tools(d), "caméras qui repèrent les chutes des patients");
        assertNotNull(t, () -> "tools: " + tools(d));
        assertEquals(fr.vigie.model.Claim.ToolCategory.VIDEO_ANALYTICS, t.category());
        Document e = doc("La commune a installé douze capteurs capables de reconnaître les cris, les bris de vitre et les détonations.");
        assertTrue(tools(e).stream().anyMatch(m -> m.text().endsWith("capables de reconnaître les cris")), () -> "tools: " + tools(e));
        // a clause that says where they are is not what they do
        Document f = doc("La ville a acheté des caméras qui sont installées place Carnot.");
        assertTrue(tools(f).stream().noneMatch(m -> m.text().contains("qui")), () -> "tools: " + tools(f));
    }

    @Test
    void aPresentParticipleSaysWhatTheToolDoesAsARelativeWould() {
        Document d = doc("Une trentaine de collèges de la Sarthe sont équipés d'appareils reconnaissant le contour de la main.");
        assertNotNull(byText(tools(d), "appareils reconnaissant le contour de la main"), () -> "tools: " + tools(d));
        // and a usage verb inside that clause is nobody's usage: the station tests, nobody abandons
        var r = fr.vigie.SharedVigie.get().process("La gare de Rennes teste des caméras détectant les bagages abandonnés.",
                new fr.vigie.Source("test.txt", null, "2025-03-04"));
        assertTrue(r.document().claims().stream().noneMatch(c -> c.action().type() == fr.vigie.model.Claim.ActionType.STOP),
                () -> r.document().claims().toString());
    }

    @Test
    void wordsQuotedFromSomeoneAreNoNameAndAYearIsNoCount() {
        Document d = doc("Les villes de Hayange et Yutz exploitent ses caméras « chacune à sa manière ».");
        assertTrue(tools(d).stream().noneMatch(m -> m.text().contains("manière")), () -> "tools: " + tools(d));
        Document e = doc("La métropole a déployé le logiciel « Sentry » dans ses parkings.");
        assertNotNull(byText(tools(e), "logiciel « Sentry »"), () -> "tools: " + tools(e));
        Document f = doc("La ville de Redon a acheté en 2023 un logiciel d'analyse vidéo.");
        assertNotNull(byText(tools(f), "logiciel d'analyse vidéo"), () -> "tools: " + tools(f));
    }

    @Test
    void anEditorsNoteIsNoBody() {
        Document d = doc("« L'essai a commencé le 6 mars. En avril, le système de reconnaissance faciale sera étendu à douze "
                + "sas (NDLR : trois par terminal) », a expliqué lundi le directeur de l'aéroport.");
        assertTrue(actors(d).stream().noneMatch(m -> m.text().equals("NDLR")), () -> "actors: " + actors(d));
    }

    @Test
    void aBareHeadAfterEnSaysWhereNotWho() {
        Document d = doc("Pour la mise en service du dispositif, la métropole attend l'accord du préfet.");
        assertTrue(actors(d).stream().noneMatch(m -> m.text().contains("service")), () -> "actors: " + actors(d));
        Document e = doc("Le service de sûreté du réseau a installé des caméras augmentées.");
        assertTrue(actors(e).stream().anyMatch(m -> m.text().startsWith("service de sûreté")), () -> "actors: " + actors(e));
    }

    @Test
    void aPoliceOfAnotherCountryIsThatCountrys() {
        Document d = doc("La police cantonale genevoise a eu recours à un logiciel de reconnaissance faciale.");
        Mention m = byText(actors(d), "police cantonale genevoise");
        assertNotNull(m, () -> "actors: " + actors(d));
        assertEquals(fr.vigie.model.Claim.ActorType.FOREIGN, m.actorType());
        assertEquals("Police (Suisse)", m.canonical());
        Document e = doc("En Belgique, la police locale a renoncé à un projet de caméras à reconnaissance faciale.");
        assertTrue(actors(e).stream().anyMatch(a -> a.actorType() == fr.vigie.model.Claim.ActorType.FOREIGN
                && a.text().equals("police locale")), () -> "actors: " + actors(e));
        Document f = doc("La police nationale utilise la reconnaissance faciale à Lyon.");
        assertTrue(actors(f).stream().noneMatch(a -> a.actorType() == fr.vigie.model.Claim.ActorType.FOREIGN),
                () -> "actors: " + actors(f));
    }

    @Test
    void aToolPhraseEndsBeforeWhereItIsExtendedTo() {
        Document d = doc("En 2024, la commune de Lorient a étendu son dispositif de lecture de plaques à trois nouveaux quartiers.");
        assertNotNull(byText(tools(d), "dispositif de lecture de plaques"), () -> "tools: " + tools(d));
    }

    @Test
    void aListedTownIsNamedWithoutItsPreposition() {
        Document d = doc("Les polices municipales de Nice, de Cannes et d'Antibes utilisent des drones depuis 2023.");
        assertNotNull(byText(actors(d), "Cannes"), () -> "actors: " + actors(d));
        assertNotNull(byText(actors(d), "Antibes"), () -> "actors: " + actors(d));
    }

    @Test
    void aBodysComplementEndsBeforeTheVerbOfItsClause() {
        Document d = doc("Depuis 2022, le syndicat mixte des transports utilise un logiciel d'analyse vidéo dans ses bus.");
        assertNotNull(byText(actors(d), "syndicat mixte des transports"), () -> "actors: " + actors(d));
        // an adjective after the complement stays in it
        Document e = doc("Le service de sécurité intérieure du réseau a acheté des caméras augmentées.");
        assertTrue(actors(e).stream().anyMatch(m -> m.text().startsWith("service de sécurité intérieure")), () -> "actors: " + actors(e));
    }

    @Test
    void aCompanyAndAProductNamedOnce() {
        Document d = doc("La société Lumina a installé un logiciel baptisé Veritas dans le hall de la gare.");
        Mention a = byText(actors(d), "société Lumina");
        assertNotNull(a, () -> "actors: " + actors(d));
        // the gazetteer's named bodies know "société X" and name it so
        assertTrue(a.canonical().contains("Lumina"), a.canonical());
        assertEquals(ActorType.PRIVATE, a.actorType());
        Mention t = tools(d).stream().filter(m -> m.canonical().equals("Veritas")).findFirst().orElse(null);
        assertNotNull(t, () -> "tools: " + tools(d));
        assertEquals("logiciel baptisé Veritas", t.text());
        // every offset cuts the text it claims
        assertEquals(t.text(), d.text().substring(t.start(), t.end()));
        assertEquals(a.text(), d.text().substring(a.start(), a.end()));
    }

    @Test
    void eachItemOfAListAfterAHead() {
        Document d = doc("Les enseignes Maxilo, Primevert et Tartanville utilisent un logiciel d'analyse des comportements.");
        List<Mention> as = actors(d);
        for (String name : List.of("Maxilo", "Primevert", "Tartanville")) {
            Mention m = as.stream().filter(x -> x.canonical().equals(name)).findFirst().orElse(null);
            assertNotNull(m, () -> name + " missing from " + as);
            assertEquals(ActorType.PRIVATE, m.actorType());
        }
        Mention t = byText(tools(d), "logiciel d'analyse des comportements");
        assertNotNull(t, () -> "tools: " + tools(d));
        assertEquals(ToolCategory.VIDEO_ANALYTICS, t.category());
    }

    @Test
    void aBareHeadRefersBackToTheTown() {
        Document d = doc("La commune de Plougastel-Daoulas a acheté trois drones de pointe en janvier. "
                + "Depuis, la mairie les fait voler chaque week-end.");
        Mention town = actors(d).stream().filter(m -> m.sentence() == 0).findFirst().orElseThrow();
        assertEquals("Plougastel-Daoulas", town.canonical());
        assertEquals(ActorType.LOCAL_AUTHORITY, town.actorType());
        Mention mairie = byText(actors(d), "mairie");
        assertNotNull(mairie, () -> "actors: " + actors(d));
        assertEquals(Origin.ANAPHOR, mairie.origin());
        assertEquals("Plougastel-Daoulas", mairie.canonical());
        assertEquals(0, mairie.antecedentSentence());
        Mention drones = byText(tools(d), "trois drones de pointe");
        assertNotNull(drones, () -> "tools: " + tools(d));
        assertEquals(ToolCategory.DRONE, drones.category());
    }

    @Test
    void aGenericNounAloneRefersToTheLastTool() {
        Document d = doc("Le syndicat des transports a commandé un logiciel nommé Argos. Ce logiciel repère les bagages oubliés.");
        Mention back = tools(d).stream().filter(m -> m.sentence() == 1).findFirst().orElse(null);
        assertNotNull(back, () -> "tools: " + tools(d));
        assertEquals("Argos", back.canonical());
        assertTrue(back.refersBack());
    }

    @Test
    void aTownAfterAPrepositionSaysWhereNotWho() {
        Document d = doc("À Rennes, des caméras filment la place depuis 2020.");
        assertFalse(actors(d).stream().anyMatch(m -> m.canonical().equals("Rennes")), () -> "actors: " + actors(d));
        Document who = doc("Rennes a installé des caméras sur la place en 2020.");
        assertTrue(actors(who).stream().anyMatch(m -> m.canonical().equals("Rennes")), () -> "actors: " + actors(who));
    }

    @Test
    void aToolPhraseStopsAtItsVerb() {
        Document d = doc("Les caméras thermiques détectent les intrusions la nuit.");
        assertNotNull(byText(tools(d), "caméras thermiques"), () -> "tools: " + tools(d));
        Document e = doc("Un appareil pourrait remplacer les agents.");
        assertTrue(tools(e).stream().noneMatch(m -> m.text().contains("pourrait")), () -> "tools: " + tools(e));
    }

    @Test
    void aTownOfTheCommunesListIsAPlace() {
        assertNotNull(LEXICONS.place("Plougastel-Daoulas"));
        assertEquals(ActorType.LOCAL_AUTHORITY, LEXICONS.place("Plougastel-Daoulas").actorType());
    }
    @Test
    void aCompoundTownIsAlsoKnownByItsFirstPartWhenNothingElseIs() {
        // the press writes "Romorantin" and "Montereau" for Romorantin-Lanthenay and Montereau-Fault-Yonne
        Document d = doc("Romorantin a installé en mars des caméras de lecture de plaques.");
        Mention town = byText(actors(d), "Romorantin");
        assertNotNull(town, () -> "actors: " + actors(d));
        assertEquals("Romorantin-Lanthenay", town.canonical());
        assertEquals("Montereau-Fault-Yonne", placeNamed("Montereau").canonical());
        // two towns begin with "Boulogne", and "Trois" (Trois-Rivières) is a word: neither is short for one
        assertNull(placeNamed("Boulogne"));
        assertNull(placeNamed("Trois"));
    }

    private static fr.vigie.lexicon.Entries.PlaceEntry placeNamed(String name) {
        List<fr.vigie.lexicon.Word> ws = fr.vigie.lexicon.Words.of(name);
        var m = LEXICONS.places().longestAt(ws, 0, ws.size());
        return m == null || m.endWord() != ws.size() ? null : m.value();
    }

    @Test
    void aCountedGroupKeepsItsCount() {
        Document d = doc("Pour limiter les vols, plus de deux cents magasins emploient un logiciel qui repère les gestes suspects.");
        Mention a = byText(actors(d), "plus de deux cents magasins");
        assertNotNull(a, () -> "actors: " + actors(d));
        assertEquals(ActorType.PRIVATE, a.actorType());
        assertTrue(a.plural());
        // a determiner alone is no count: "des magasins" stays "magasins"
        Document e = doc("Des magasins ont renoncé à ces caméras en mars.");
        assertNotNull(byText(actors(e), "magasins"), () -> "actors: " + actors(e));
    }

    @Test
    void aListEndingWithOuEncoreAndAnArticle() {
        Document d = doc("Selon nos informations, Carrefour, Tarto, Primo ou encore la Maison Verte ont installé ce logiciel.");
        List<Mention> as = actors(d);
        assertNotNull(byText(as, "Tarto"), () -> "actors: " + as);
        assertNotNull(byText(as, "Primo"), () -> "actors: " + as);
        Mention last = byText(as, "Maison Verte");
        assertNotNull(last, () -> "actors: " + as);
        assertEquals(Origin.LIST, last.origin());
    }

    @Test
    void aDatelineTownIsNoActor() {
        Document d = doc("RENNES (AFP) - La préfecture a autorisé lundi les drones de la gendarmerie.");
        assertTrue(actors(d).stream().noneMatch(m -> m.canonical().equalsIgnoreCase("Rennes")), () -> "actors: " + actors(d));
        // the same town as the subject of a sentence acts
        Document e = doc("Rennes a installé des caméras augmentées en 2024.");
        assertTrue(actors(e).stream().anyMatch(m -> m.canonical().equals("Rennes")), () -> "actors: " + actors(e));
    }
    @Test
    void anOrganisationOfTheEntityRecogniserActsWhereAUsageIsStated() {
        Document d = doc("Eurostar a installé des sas de reconnaissance faciale à la gare du Nord en 2023.");
        Mention a = byText(actors(d), "Eurostar");
        assertNotNull(a, () -> "actors: " + actors(d));
        assertEquals(Origin.ENTITY, a.origin());
        // a sentence that can hold no claim is not read for entities: the gated and the full
        // pipeline give the same mentions
        Document e = doc("Eurostar a publié mardi ses résultats annuels, en hausse de 4 %.");
        assertTrue(actors(e).stream().noneMatch(m -> m.origin() == Origin.ENTITY), () -> "actors: " + actors(e));
    }
    @Test
    void aVagueHeadAloneNamesNobodyButStandsForTheBodyBefore() {
        Document d = doc("Le débat sur la vidéoprotection agite le conseil. Le service a acheté un drone en mars.");
        assertTrue(actors(d).stream().noneMatch(m -> m.text().equals("service")), () -> "actors: " + actors(d));
        Document e = doc("La direction des douanes de Lille a acheté un drone en mars. La direction l'a fait voler en mai.");
        Mention back = actors(e).stream().filter(m -> m.sentence() == 1).findFirst().orElse(null);
        assertNotNull(back, () -> "actors: " + actors(e));
        assertEquals(Origin.ANAPHOR, back.origin());
    }

    @Test
    void aLowercaseEtatIsAConditionNotTheState() {
        Document d = doc("Le juge estime qu'en l'état de l'instruction, le préfet de la Somme ne justifie pas le recours aux drones.");
        assertTrue(actors(d).stream().noneMatch(m -> m.canonical().toLowerCase(java.util.Locale.ROOT).startsWith("état")),
                () -> "actors: " + actors(d));
        Document e = doc("L'État a acheté des drones pour la gendarmerie en 2022.");
        assertTrue(actors(e).stream().anyMatch(m -> m.text().equals("État")), () -> "actors: " + actors(e));
    }

    @Test
    void aBarePrefectStandsForAPrefectNotForAnyBodyOfTheState() {
        Document d = doc("Le préfet du Gard a signé un arrêté. Le ministère de l'Intérieur a publié une note, et le préfet a autorisé les drones.");
        Mention back = actors(d).stream().filter(m -> m.sentence() == 1 && m.text().equals("préfet")).findFirst().orElse(null);
        assertNotNull(back, () -> "actors: " + actors(d));
        assertEquals(Origin.ANAPHOR, back.origin());
        Mention prefect = actors(d).stream().filter(m -> m.sentence() == 0).findFirst().orElseThrow();
        assertEquals(prefect.canonical(), back.canonical());
    }

    @Test
    void theCouncilOfATownsOwnPageIsThatTown() {
        // the town is named only later, after a preposition: the one town of the document
        Document d = doc("Le conseil municipal a voté lundi l'achat de vingt caméras. Elles seront posées dans le centre de Vierzon.");
        Mention council = actors(d).stream().filter(m -> m.sentence() == 0).findFirst().orElse(null);
        assertNotNull(council, () -> "actors: " + actors(d));
        assertEquals("Vierzon", council.canonical());
        assertEquals(1, council.antecedentSentence());
        // with two towns named, nobody can tell which
        Document e = doc("Le conseil municipal a voté lundi l'achat de vingt caméras. Elles iront à Vierzon et à Bourges.");
        assertTrue(actors(e).stream().noneMatch(m -> m.sentence() == 0), () -> "actors: " + actors(e));
    }

    @Test
    void camerasJoinedToTheTechniqueTheyRunAreOneToolOfThatTechnique() {
        Document d = doc("La commune de Vannes teste des caméras de vidéoprotection utilisant l'intelligence artificielle (IA) depuis mai.");
        List<Mention> ts = tools(d);
        assertEquals(1, ts.size(), () -> "tools: " + ts);
        assertEquals("caméras de vidéoprotection utilisant l'intelligence artificielle (IA)", ts.get(0).text());
        assertEquals(fr.vigie.model.Claim.ToolCategory.VIDEO_ANALYTICS, ts.get(0).category());
        Document e = doc("Le club a installé des caméras dotées de la reconnaissance faciale à l'entrée du stade.");
        Mention t = byText(tools(e), "caméras dotées de la reconnaissance faciale");
        assertNotNull(t, () -> "tools: " + tools(e));
        assertEquals(fr.vigie.model.Claim.ToolCategory.FACIAL_RECOGNITION, t.category());
        // cameras equipped with something that is no technique stay plain cameras
        Document f = doc("Le club a installé des caméras équipées de haut-parleurs à l'entrée du stade.");
        assertTrue(tools(f).stream().allMatch(m -> m.category() == fr.vigie.model.Claim.ToolCategory.OTHER), () -> "tools: " + tools(f));
    }

    @Test
    void aPossessiveBodyListedAfterItsTownIsThatTownsBodyNotTheTown() {
        Document d = doc("La ville de Nîmes et son agglomération ont mis en place des caméras en 2020.");
        Mention body = byText(actors(d), "agglomération");
        assertNotNull(body, () -> "actors: " + actors(d));
        assertEquals(Origin.HEAD, body.origin());
        assertEquals("Agglomération de Nîmes", body.canonical());
        // named in a later sentence, "son agglomération" is no list with the town: it refers back as before
        Document e = doc("La ville de Nîmes a voté un budget. Son agglomération a mis en place des caméras en 2020.");
        assertTrue(actors(e).stream().noneMatch(m -> m.canonical().equals("Agglomération de Nîmes")), () -> "actors: " + actors(e));
    }
}
