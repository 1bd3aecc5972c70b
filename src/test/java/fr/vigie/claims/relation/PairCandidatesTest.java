package fr.vigie.claims.relation;

import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.claims.ClaimComposer;
import fr.vigie.claims.relation.PairCandidate.Link;
import fr.vigie.model.Document;
import fr.vigie.pipeline.ModelStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which actor–tool pairs are put to the decision, and what their features say, on sentences written for the test. */
class PairCandidatesTest {

    private static final ClaimComposer COMPOSER = ClaimComposer.load(ModelStore.classpath());

    private static List<PairCandidate> candidates(String text) {
        var r = SharedVigie.get().process(text, new Source("test.txt", null, "2025-03-04"));
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        Document d = r.document();
        return COMPOSER.read(d).candidates();
    }

    private static PairCandidate pair(List<PairCandidate> cs, String actor, String tool) {
        return cs.stream().filter(c -> c.actor().text().contains(actor) && c.tool().text().contains(tool))
                .findFirst().orElse(null);
    }

    @Test
    void aUsageStatedAfterTheToolTakesTheToolOfTheSentenceBefore() {
        List<PairCandidate> cs = candidates("Le logiciel Veritas a été présenté au salon de Lyon. "
                + "La métropole de Grenoble l'a ensuite acheté en 2023.");
        PairCandidate p = cs.stream().filter(c -> c.link() == Link.PREVIOUS_TOOL).findFirst().orElse(null);
        assertNotNull(p, () -> "candidates: " + cs);
        assertTrue(p.actor().text().contains("métropole"), p.actor().text());
        assertTrue(p.tool().text().contains("Veritas"), p.tool().text());
        // the sentence that states the usage is the actor's
        assertTrue(p.sentence() == p.actor().sentence() && p.sentence() == p.tool().sentence() + 1);
    }

    @Test
    void noToolIsCarriedToASentenceThatStatesNoUsage() {
        List<PairCandidate> cs = candidates("Le logiciel Veritas a été présenté au salon de Lyon. "
                + "La métropole de Grenoble compte un demi-million d'habitants.");
        assertTrue(cs.stream().noneMatch(c -> c.link() == Link.PREVIOUS_TOOL), () -> "candidates: " + cs);
    }

    @Test
    void plusDeMilleIsNoNegationButNePlusIs() {
        PairCandidate counted = pair(candidates("Plus de mille magasins utilisent des caméras augmentées depuis 2022."),
                "magasins", "caméras");
        assertNotNull(counted);
        assertFalse(counted.features().contains("cue=NEGATION_END"), () -> counted.features().toString());
        assertTrue(counted.features().contains("mod=ASSERTED"), () -> counted.features().toString());
        PairCandidate negated = pair(candidates("La commune de Vierzon n'utilise plus de caméras augmentées depuis 2022."),
                "Vierzon", "caméras");
        assertNotNull(negated);
        assertTrue(negated.features().contains("cue=NEGATION_END"), () -> negated.features().toString());
        assertTrue(negated.features().contains("mod=NEGATED"), () -> negated.features().toString());
    }

    @Test
    void aTextOfOneSentenceHasNoTitle() {
        PairCandidate alone = pair(candidates("La gendarmerie de l'Aude utilise des drones thermiques depuis 2022."),
                "gendarmerie", "drones");
        assertNotNull(alone);
        assertFalse(alone.features().contains("actor_in_title"), () -> alone.features().toString());
        PairCandidate titled = pair(candidates("La gendarmerie de l'Aude utilise des drones thermiques\n\n"
                + "Les militaires les font voler depuis 2022 au-dessus des massifs."), "gendarmerie", "drones");
        assertNotNull(titled);
        assertTrue(titled.features().contains("actor_in_title"), () -> titled.features().toString());
    }

    @Test
    void aCountedActorIsNoComplementOfItsCount() {
        PairCandidate counted = pair(candidates("Une vingtaine de lycées de la région sont équipés de portiques biométriques."),
                "lycées", "portiques");
        assertNotNull(counted);
        assertFalse(counted.features().contains("aprep=de"), () -> counted.features().toString());
        assertTrue(counted.features().contains("aprep=^"), () -> counted.features().toString());
        PairCandidate complement = pair(candidates("Le proviseur du lycée de Vizille a fait installer des portiques biométriques."),
                "Vizille", "portiques");
        assertNotNull(complement);
        assertTrue(complement.features().contains("aprep=du"), () -> complement.features().toString());
    }

    @Test
    void theSubjectBeforeTheVerbIsTheNearestActorAndTheOtherIsFarther() {
        List<PairCandidate> cs = candidates("Selon la préfecture du Var, la police municipale de Hyères utilise des drones depuis 2023.");
        PairCandidate subject = pair(cs, "Hyères", "drones");
        assertNotNull(subject, () -> "candidates: " + cs);
        assertTrue(subject.features().contains("subject_before_trigger"), () -> subject.features().toString());
        assertTrue(subject.features().contains("nearest_actor"), () -> subject.features().toString());
        assertTrue(subject.features().contains("actor_trig_tool+VERB"), () -> subject.features().toString());
        PairCandidate source = pair(cs, "préfecture", "drones");
        assertNotNull(source, () -> "candidates: " + cs);
        assertTrue(source.features().contains("actor_between"), () -> source.features().toString());
        assertTrue(source.features().contains("farther_actor"), () -> source.features().toString());
        assertFalse(source.features().contains("subject_before_trigger"), () -> source.features().toString());
    }

    @Test
    void anActorListedWithAnotherIsNeitherBetweenNorFarther() {
        List<PairCandidate> cs = candidates("La commune de Vannes et sa métropole ont installé des drones en 2021.");
        PairCandidate town = pair(cs, "Vannes", "drones");
        assertNotNull(town, () -> "candidates: " + cs);
        assertFalse(town.features().contains("actor_between"), () -> town.features().toString());
        assertTrue(town.features().contains("nearest_actor"), () -> town.features().toString());
        PairCandidate body = pair(cs, "métropole", "drones");
        assertNotNull(body, () -> "candidates: " + cs);
        assertTrue(body.actor().canonical().equals("Métropole de Vannes"), body.actor().canonical());
    }

    @Test
    void theRulesChoosingOneActorOfAListLeaveTheOthersTheirClaim() {
        var r = SharedVigie.get().process("La ville de Nîmes et son agglomération ont mis en place un système de "
                + "vidéosurveillance automatisée.", new Source("test.txt", null, "2025-03-04"));
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        List<String> actors = COMPOSER.extract(r.document()).stream().map(c -> c.actor().canonical()).sorted().toList();
        assertEquals(List.of("Agglomération de Nîmes", "Nîmes"), actors);
    }

    @Test
    void aToolNamedBetweenTheActorAndAnotherToolIsSaid() {
        List<PairCandidate> cs = candidates("La commune de Vitré a acheté un logiciel d'analyse vidéo pour ses caméras de lecture de plaques.");
        PairCandidate far = pair(cs, "Vitré", "plaques");
        assertNotNull(far, () -> "candidates: " + cs);
        assertTrue(far.features().contains("tool_between"), () -> far.features().toString());
        PairCandidate near = pair(cs, "Vitré", "logiciel");
        assertNotNull(near, () -> "candidates: " + cs);
        assertFalse(near.features().contains("tool_between"), () -> near.features().toString());
    }

    @Test
    void aToolOfACompanyOrOfATownIsMarkedAsTheirs() {
        List<PairCandidate> cs = candidates("Depuis mars, le logiciel de la société Lumina équipe les caméras de la ville de Vannes.");
        PairCandidate p = cs.stream().filter(c -> c.actor().text().contains("Lumina") && c.tool().text().contains("logiciel"))
                .findFirst().orElse(null);
        assertNotNull(p, () -> "candidates: " + cs);
        assertTrue(p.features().contains("actor_in_tool_complement+PRIVATE"), () -> p.features().toString());
        PairCandidate owner = pair(cs, "Vannes", "caméras");
        assertNotNull(owner, () -> "candidates: " + cs);
        assertTrue(owner.features().contains("actor_in_tool_complement+LOCAL_AUTHORITY"), () -> owner.features().toString());
        PairCandidate other = pair(cs, "Vannes", "logiciel");
        assertNotNull(other, () -> "candidates: " + cs);
        assertTrue(other.features().stream().noneMatch(f -> f.startsWith("actor_in_tool")), () -> other.features().toString());
    }
    @Test
    void anIntegratedToolIsDeployedByTheBodyThatIntegratesIt() {
        var r = SharedVigie.get().process("La commune de Dreux a intégré un logiciel de lecture de plaques à son centre de supervision.",
                new Source("test.txt", null, "2025-03-04"));
        var cs = r.document().claims();
        assertTrue(cs.stream().anyMatch(c -> c.actor().canonical().contains("Dreux")
                && c.tool().text().contains("logiciel de lecture de plaques")
                && c.action().type() == fr.vigie.model.Claim.ActionType.DEPLOY), () -> cs.toString());
    }
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Le nouveau décret autorise l'utilisation de caméras augmentées par les polices municipales.",
            "Les juges ont censuré la possibilité donnée aux policiers municipaux d'utiliser des drones."})
    void aUsageAllowedInGeneralIsNoClaimOfTheModelEither(String text) {
        var r = SharedVigie.get().process(text, new Source("test.txt", null, "2025-03-04"));
        assertTrue(r.document().claims().isEmpty(), () -> r.document().claims().toString());
    }
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "La police municipale de Nîmes a-t-elle accès au logiciel BriefCam ?",
            "Comment la ville de Laval exploite-t-elle ses caméras augmentées ?"})
    void aQuestionIsNoClaimOfTheModelEither(String text) {
        var r = SharedVigie.get().process(text, new Source("test.txt", null, "2025-03-04"));
        assertTrue(r.document().claims().isEmpty(), () -> r.document().claims().toString());
        // the pair is there, and the model alone might keep it: the question is what stops it
        assertTrue(COMPOSER.read(r.document()).candidates().stream().anyMatch(p -> p.features().contains("question")));
    }
    @Test
    void plainCamerasAreNoSecondClaimBesideTheToolTheyFeed() {
        var alone = SharedVigie.get().process("La ville de Lorient a installé vingt caméras dans le centre en 2022.",
                new Source("test.txt", null, "2025-03-04")).document().claims();
        assertTrue(alone.stream().anyMatch(c -> c.tool().text().contains("caméras")), alone::toString);
        var both = SharedVigie.get().process("La ville de Lorient a installé vingt caméras dans le centre en 2022. "
                + "Elle relie désormais ses caméras à un logiciel d'analyse automatique des images.",
                new Source("test.txt", null, "2025-03-04")).document().claims();
        assertTrue(both.stream().anyMatch(c -> c.tool().text().contains("logiciel d'analyse")), both::toString);
        assertTrue(both.stream().noneMatch(c -> c.tool().text().contains("caméras")), both::toString);
    }
}
