package fr.vigie.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameNormsTest {

    private static final List<String> NAMES = List.of(
            "la Préfecture de police", "préfecture de police", "Préfecture", "BriefCam", "le logiciel BriefCam",
            "la mairie de Nîmes", "Nîmes", "la ville", "les caméras de vidéoprotection", "caméras",
            "l’Œil de Lynx", "Syndicat intercommunal à vocation unique", "", "de la Ville", "LAPI");

    @Test
    void normIsTheNormaliserS() {
        NameNorms names = new NameNorms();
        for (int pass = 0; pass < 2; pass++) {
            for (String n : NAMES) assertEquals(NameNormaliser.norm(n), names.norm(n), n);
        }
        assertEquals(NameNormaliser.norm(null), names.norm(null));
    }

    @Test
    void aliasMatchIsTheNormaliserS() {
        NameNorms names = new NameNorms();
        for (String a : NAMES) {
            for (String b : NAMES) {
                for (String c : NAMES) {
                    List<String> candidates = List.of(a, b);
                    List<String> aliases = List.of(c, b);
                    assertEquals(NameNormaliser.aliasMatch(candidates, aliases), names.aliasMatch(candidates, aliases),
                            candidates + " / " + aliases);
                    assertEquals(NameNormaliser.aliasMatch(List.of(a), List.of(c)), names.aliasMatch(List.of(a), List.of(c)),
                            a + " / " + c);
                }
            }
        }
    }
}
