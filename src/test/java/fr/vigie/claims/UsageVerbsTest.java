package fr.vigie.claims;

import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.ActionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Verbs of usage that the text states and the trigger list holds (claims/triggers.tsv), read by
 * the whole pipeline: the claim, its action and the exact words of its tool. Sentences written
 * for the test.
 */
class UsageVerbsTest {

    private static List<Claim> claims(String text) {
        var r = SharedVigie.get().process(text, new Source("test.txt", null, "2025-03-04"));
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        return r.document().claims();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a vendor's client uses its product
            "Hyères, Fréjus et Draguignan sont clientes de Briefcam depuis 2021.|Fréjus|Briefcam|USE|clientes de",
            "La commune de Fréjus est cliente de la société Vizeo pour son logiciel d'analyse vidéo.|Fréjus|logiciel d'analyse vidéo|USE|cliente de",
            // tying a tool to another deploys it
            "La ville de Quimper relie depuis mars ses caméras à un logiciel d'analyse vidéo.|Quimper|logiciel d'analyse vidéo|DEPLOY|relie",
            // querying a file is using it
            "Depuis 2021, la police nationale interroge le fichier TAJ plusieurs fois par jour.|police nationale|fichier TAJ|USE|interroge",
            // extending a device deploys it further; "à trois quartiers" says where, not what
            "En 2024, la commune de Lorient a étendu son dispositif de lecture de plaques à trois nouveaux quartiers.|Lorient|dispositif de lecture de plaques|DEPLOY|étendu",
            // grounding drones stops them
            "La mairie de Brive a cloué ses drones au sol après le jugement.|Brive|drones|STOP|cloué",
    })
    void aUsageVerbGivesItsClaim(String text, String actor, String tool, ActionType type, String verb) {
        List<Claim> cs = claims(text);
        Claim c = cs.stream().filter(x -> x.actor().text().contains(actor) && x.tool().text().equals(tool)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + actor + " / " + tool + " in " + cs));
        assertEquals(type, c.action().type());
        assertEquals(verb, c.action().text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a participle that only describes the cameras is no usage of the software by anyone
            "Des caméras reliées à un logiciel d'analyse vidéo surveillent le parking du stade.",
            // "Interrogé" asks a person
            "Interrogé lundi, le maire de Vannes a défendu les caméras de lecture de plaques de la ville.",
    })
    void aWordThatOnlyLooksLikeAUsageVerbStatesNone(String text) {
        List<Claim> cs = claims(text);
        assertTrue(cs.stream().noneMatch(c -> c.action().text().startsWith("reli") || c.action().text().startsWith("Interrog")),
                cs::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // what the drones carry is an attribute of the drones: the usage is the verb of the clause
            "La CNIL a sanctionné le ministère de l'Intérieur pour avoir utilisé des drones équipés de caméras.|ministère de l'Intérieur|drones|utilisé",
            "La CNIL a sanctionné le ministère pour avoir utilisé de manière illicite des drones équipés de caméras.|ministère|drones|utilisé",
            "La gendarmerie utilise depuis mars des drones équipés de caméras thermiques.|gendarmerie|drones|utilise",
            "En 2024, la gendarmerie a acheté des drones dotés d'une caméra thermique pour surveiller la côte.|gendarmerie|drones|acheté",
            // renting is acquiring: "louer" with an indefinite object
            "En 2024, la gendarmerie a loué des drones dotés d'une caméra thermique.|gendarmerie|drones|loué des",
    })
    void aToolFurnishedWithAnotherIsOneUsageOfTheClausesVerb(String text, String actor, String tool, String verb) {
        List<Claim> cs = claims(text).stream().filter(x -> x.actor().text().contains(actor) && x.tool().text().startsWith(tool)).toList();
        assertEquals(1, cs.size(), cs::toString);
        assertEquals(verb, cs.get(0).action().text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the tool runs the other tool; the ministry only reviews a plan
            "Le ministère de l'Intérieur est obligé de revoir sa copie sur la vidéosurveillance exploitant l'IA.",
            // what the drones carry, in a sentence that states no usage
            "Le constructeur présente ses drones dotés d'une caméra thermique.",
            // the law's tests (necessity, purpose, proportionality) weigh a usage in general
            "Les policiers et les gendarmes devront justifier la nécessité de l'usage des drones avant chaque vol.",
            "Le Conseil d'État a rappelé que la finalité de l'usage des caméras augmentées par la police doit être précisée.",
    })
    void noOneIsSaidToUseAnything(String text) {
        List<Claim> cs = claims(text);
        assertTrue(cs.isEmpty(), cs::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Par un arrêté, le préfet du Var autorise la direction départementale de la police nationale à utiliser deux drones équipés de caméras, du 10 au 14 juillet, au-dessus du port.|drones|caméras",
            "La gendarmerie a acheté trois drones dotés d'une caméra thermique pour surveiller la côte.|drones|caméra",
    })
    void whatAToolCarriesIsNoToolOfItsOwn(String text, String carrier, String part) {
        List<Claim> cs = claims(text);
        assertTrue(cs.stream().anyMatch(c -> c.tool().text().contains(carrier)), cs::toString);
        assertTrue(cs.stream().noneMatch(c -> c.tool().text().startsWith(part)), cs::toString);
    }
}
