package fr.vigie.claims.slot;

import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.claims.ClaimComposer;
import fr.vigie.model.Claim.Modality;
import fr.vigie.pipeline.ModelStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The modality the decided pairs take from their sentence (the rules read theirs on their own):
 * a plan governs the usage verb it stands before, or the usage noun whose verb it is, and not a
 * usage of another clause. Sentences written for the test.
 */
class ModalitySlotTest {

    private static final ClaimComposer COMPOSER = ClaimComposer.load(ModelStore.classpath());

    private static Modality modality(String text, String trigger) {
        var r = SharedVigie.get().process(text, new Source("test.txt", null, "2025-03-04"));
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        var context = COMPOSER.read(r.document()).context();
        var hit = context.triggers(0).stream()
                .filter(h -> r.document().text().substring(h.start(), h.end()).equals(trigger))
                .findFirst().orElseThrow(() -> new AssertionError("no trigger '" + trigger + "' in: " + text));
        return ModalitySlot.of(r.document().text(), context.words().get(0), context.cues(0), hit).modality();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "La SNCF teste un logiciel d'analyse des images qui pourrait être ajouté à ses caméras de quai.|teste|ASSERTED",
            "La ville de Niort a installé des caméras augmentées, un choix auquel l'opposition pourrait s'opposer.|installé|ASSERTED",
            "La ville de Niort va installer des caméras augmentées dans le centre.|installer|PLANNED",
            "La commune de Saintes envisage d'acquérir deux drones pour ses marchés.|acquérir|PLANNED",
            "Le déploiement des drones par la police municipale de Sète sera achevé en juin.|déploiement|PLANNED",
            "Le déploiement des drones a été approuvé pour des fêtes auxquelles on pourrait s'attendre.|déploiement|ASSERTED",
            "L'installation des caméras augmentées est terminée ; la ville pourrait en commander d'autres.|installation|ASSERTED",
            "La métropole déploiera bientôt des capteurs sonores sur ses places.|déploiera|PLANNED",
            "La préfecture envisage d'autoriser la gendarmerie départementale à utiliser un drone.|utiliser|PLANNED",
            "La préfecture a autorisé la gendarmerie départementale à utiliser un drone.|utiliser|ASSERTED",
    })
    void aPlanGovernsItsOwnUsageOnly(String text, String trigger, Modality expected) {
        assertEquals(expected, modality(text, trigger), text);
    }

    @org.junit.jupiter.api.Test
    void aToolNamedWithANegativeDeterminerIsDenied() {
        var asserted = new ModalitySlot.Reading(Modality.REPORTED, null);
        var words = fr.vigie.lexicon.Words.of("Il n'y aura aucune reconnaissance faciale, assure le maire");
        int tool = 6; // "reconnaissance"
        assertEquals("reconnaissance", words.get(tool).norm());
        assertEquals(Modality.NEGATED, ModalitySlot.withNegativeDeterminer(asserted, words, tool, java.util.Set.of("aucun", "aucune")).modality());
        var other = fr.vigie.lexicon.Words.of("La ville utilise une reconnaissance faciale, assure le maire");
        assertEquals(Modality.REPORTED, ModalitySlot.withNegativeDeterminer(asserted, other, 4, java.util.Set.of("aucun", "aucune")).modality());
    }
}
