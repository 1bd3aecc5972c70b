package fr.vigie.claims.decision;

import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.claims.ClaimComposer;
import fr.vigie.claims.relation.PairCandidate;
import fr.vigie.model.Claim;
import fr.vigie.pipeline.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shape of a plain statement of usage keeps a pair the model doubts, on sentences written for the test. */
class StructuralKeepTest {

    private static final ClaimComposer COMPOSER = ClaimComposer.load(ModelStore.classpath());
    private static final StructuralKeep KEEP = TrainingSettings.load(ModelStore.classpath()).keep();

    private static PairCandidate pair(String text, String actor, String tool) {
        var r = SharedVigie.get().process(text, new Source("test.txt", null, "2025-03-04"));
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        List<PairCandidate> cs = COMPOSER.read(r.document()).candidates();
        return cs.stream().filter(c -> c.actor().text().contains(actor) && c.tool().text().contains(tool))
                .findFirst().orElse(null);
    }

    @Test
    void theShippedSettingsHoldAShape() {
        assertFalse(KEEP.shapes().isEmpty());
        assertTrue(KEEP.floor() > 0 && KEEP.floor() < TrainingSettings.load(ModelStore.classpath()).threshold());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "La métropole de Rouen a déployé des caméras de lecture de plaques dans le centre.|métropole|plaques",
            "Depuis 2022, le syndicat mixte des transports utilise un logiciel d'analyse vidéo dans ses bus.|syndicat|logiciel",
            "Selon la préfecture du Var, la police municipale de Hyères utilise des drones depuis 2023.|Hyères|drones",
            // the passive: the actor is the "par" agent of the usage participle after the tool
            "Les boîtes noires utilisées par les services de renseignement ont été prolongées jusqu'en 2025.|services|boîtes noires",
    })
    void aSubjectBeforeItsUsageVerbAndItsObjectHaveTheShape(String text, String actor, String tool) {
        PairCandidate p = pair(text, actor, tool);
        assertNotNull(p, text);
        assertTrue(KEEP.keeps(p, 0.5), () -> p.features().toString());
        var claims = SharedVigie.get().process(text, new Source("test.txt", null, "2025-03-04")).document().claims();
        assertTrue(claims.stream().anyMatch((Claim c) -> c.actor().text().contains(actor) && c.tool().text().contains(tool)),
                () -> "claims: " + claims);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // negation, capability under a condition, a source before the subject (a plan, "pourrait
            // déployer", keeps the shape: it is a PLANNED claim)
            "La métropole de Rouen n'a pas déployé de caméras de lecture de plaques.|métropole|plaques",
            "La métropole de Rouen peut utiliser des caméras de lecture de plaques si le préfet l'autorise.|métropole|plaques",
            "Selon la préfecture du Var, la police municipale de Hyères utilise des drones depuis 2023.|préfecture|drones",
    })
    void aFramedUsageOrAnotherActorHasNot(String text, String actor, String tool) {
        PairCandidate p = pair(text, actor, tool);
        assertNotNull(p, text);
        assertFalse(KEEP.keeps(p, 0.5), () -> p.features().toString());
    }

    @Test
    void belowTheFloorNothingIsKept() {
        PairCandidate p = pair("La métropole de Rouen a déployé des caméras de lecture de plaques dans le centre.", "métropole", "plaques");
        assertNotNull(p);
        assertFalse(KEEP.keeps(p, KEEP.floor() / 2));
    }
}
