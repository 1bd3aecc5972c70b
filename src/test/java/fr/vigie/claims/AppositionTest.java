package fr.vigie.claims;

import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A town set in apposition to the group it belongs to ("à Lisieux, l'une des premières
 * communes à …") is the actor; the group's head names nobody. Sentences written for the test.
 */
class AppositionTest {

    private static List<Claim> claims(String text) {
        var r = SharedVigie.get().process(text, new Source("test.txt", null, "2025-03-04"));
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        return r.document().claims();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Exemple à Lisieux, l'une des premières communes à avoir doté sa police municipale de drones.|Lisieux|drones",
            "La ville de Dole, l'une des rares communes à utiliser la reconnaissance faciale, a été mise en demeure.|Dole|reconnaissance faciale",
    })
    void theTownIsTheActor(String text, String town, String tool) {
        List<Claim> cs = claims(text);
        assertTrue(cs.stream().anyMatch(c -> c.actor().canonical().equals(town) && c.tool().text().equals(tool)), cs::toString);
        assertTrue(cs.stream().noneMatch(c -> c.actor().text().contains("communes")), cs::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // no town before the comma: the group stays what it is
            "Selon la préfecture, plusieurs communes ont installé des caméras augmentées.|communes",
    })
    void withoutATownTheGroupStays(String text, String group) {
        List<Claim> cs = claims(text);
        assertTrue(cs.stream().anyMatch(c -> c.actor().text().contains(group)), cs::toString);
    }
}
