package fr.vigie.lexicon;

import fr.vigie.claims.ClaimRules;
import fr.vigie.lexicon.Entries.ToolEntry;
import fr.vigie.model.Claim.ToolCategory;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.ModelStore.DataLine;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class LexiconsTest {

    private static final ModelStore STORE = ModelStore.classpath();

    @Test
    void everyFileLoads() {
        Lexicons l = Lexicons.load(STORE);
        ClaimRules r = ClaimRules.load(STORE);
        assertTrue(l.tools().size() > 80, "tools: " + l.tools().size());
        assertTrue(l.places().size() > 400, "places: " + l.places().size());
        assertTrue(l.actors().size() > 80, "actors: " + l.actors().size());
        assertTrue(r.triggers().size() > 40);
        assertTrue(r.legalCues().size() > 15);
        assertTrue(r.modalityCues().size() > 10);
        assertTrue(r.anaphora().size() > 3);
    }

    @Test
    void noAliasNamesTwoThingsAcrossFiles() {
        // column holding the aliases, per file; the first column is an alias too
        Map<String, Integer> files = Map.of(Lexicons.TOOLS, 4, Lexicons.ACTORS, 2, Lexicons.INSTITUTIONS, 2,
                Lexicons.PLACES, 3, Lexicons.LAWS, 4);
        Map<String, String> seen = new HashMap<>();
        StringBuilder errors = new StringBuilder();
        for (var f : files.entrySet()) {
            for (DataLine line : STORE.dataLines(f.getKey())) {
                String[] cols = line.fields();
                String canonical = cols[0];
                List<String> aliases = new java.util.ArrayList<>(List.of(canonical));
                if (cols.length > f.getValue() && !cols[f.getValue()].isEmpty()) aliases.addAll(List.of(cols[f.getValue()].split("\\|")));
                for (String a : aliases) {
                    String key = Words.fold(a.startsWith("=") ? a.substring(1) : a);
                    String who = f.getKey() + " → " + canonical;
                    String prev = seen.putIfAbsent(key, who);
                    if (prev != null && !prev.equals(who)) errors.append("\n  \"").append(a).append("\": ").append(prev).append(" / ").append(who);
                }
            }
        }
        if (errors.length() > 0) fail("aliases naming two things:" + errors);
    }

    @Test
    void toolsAreFoundWhateverTheirSpelling() {
        Lexicons l = Lexicons.load(STORE);
        for (String s : List.of("le logiciel Vidéo Synopsis", "Video Synopsis", "un outil Briefcam", "BRIEFCAM")) {
            var m = l.tools().find(Words.of(s));
            assertEquals(1, m.size(), s);
            assertEquals("BriefCam Video Synopsis", m.get(0).value().canonical(), s);
        }
        var vsa = l.tools().find(Words.of("des caméras « augmentées » partout"));
        assertEquals("Vidéosurveillance algorithmique", vsa.get(0).value().canonical());
        ToolEntry lapi = l.tools().find(Words.of("les lecteurs automatiques de plaques d’immatriculation")).get(0).value();
        assertEquals(ToolCategory.LICENSE_PLATE_RECOGNITION, lapi.category());
        assertEquals(ToolCategory.DRONE, l.tools().find(Words.of("un drone")).get(0).value().category());
        assertEquals(ToolCategory.DRONE, l.tools().find(Words.of("des drones")).get(0).value().category());
        // an acronym only in capitals
        assertTrue(l.tools().find(Words.of("une vsa de qualité")).isEmpty());
    }

    @Test
    void actorsFoldToOneCanonical() {
        Lexicons l = Lexicons.load(STORE);
        Map<String, String> expected = Map.of(
                "la maréchaussée", "Gendarmerie nationale",
                "les gendarmes", "Gendarmerie nationale",
                "le ministre de l’Intérieur", "Ministère de l'Intérieur",
                "la place Beauvau", "Ministère de l'Intérieur",
                "les policiers", "Police nationale",
                "la DDSP", "Police nationale",
                "les polices municipales", "Police municipale");
        for (var e : expected.entrySet()) {
            var m = l.actors().find(Words.of(e.getKey()));
            assertEquals(1, m.size(), e.getKey());
            assertEquals(e.getValue(), m.get(0).value().canonical(), e.getKey());
        }
        assertEquals("Police municipale de Nice", l.actor("Police municipale de Nice").canonical());
        assertEquals("MUNICIPAL_POLICE", l.actor("Police municipale de Nice").type().name());
        assertEquals("LOCAL_AUTHORITY", l.actor("Perpignan").type().name());
        assertNull(l.actor("Police municipale de Atlantis"));
    }

    @Test
    void townsNeedTheirCapital() {
        Lexicons l = Lexicons.load(STORE);
        assertTrue(l.places().find(Words.of("des tours de garde")).isEmpty());
        assertEquals("Tours", l.places().find(Words.of("la ville de Tours")).get(0).value().canonical());
        assertEquals("Saint-Étienne", l.places().find(Words.of("à Saint-Etienne")).get(0).value().canonical());
        assertEquals("Seine-Saint-Denis", l.places().find(Words.of("en Seine-Saint-Denis")).get(0).value().canonical());
        assertNotNull(l.place("Seine-et-Marne"));
        assertNotNull(l.place("Provence-Alpes-Côte d'Azur"));
    }

    @Test
    void legalReferencesByNameAndByNumber() {
        Lexicons l = Lexicons.load(STORE);
        assertEquals("règlement (UE) 2016/679", l.laws().find(Words.of("le RGPD")).get(0).value().canonical());
        boolean found = false;
        for (Lexicons.LawPattern p : l.lawPatterns()) {
            if (p.regex().matcher("la loi n° 2023-380 du 19 mai").find()) {
                assertEquals("loi n° 2023-380 du 19 mai 2023", p.entry().canonical());
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    void placesAreListedOnceEachUnderTheirOfficialName() {
        Map<String, Integer> kinds = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (DataLine line : STORE.dataLines(Lexicons.PLACES)) {
            String[] cols = line.fields();
            kinds.merge(cols[1], 1, Integer::sum);
            assertNull(seen.put(cols[0], cols[1]), "listed twice: " + cols[0]);
        }
        // every metropolitan department but Paris (listed as the commune), and the 13 + 5 regions
        assertEquals(95, kinds.get("DEPARTMENT"));
        assertTrue(kinds.get("REGION") >= 18, kinds.toString());
        Lexicons l = Lexicons.load(STORE);
        for (String d : List.of("Côtes-d'Armor", "Territoire de Belfort", "Alpes-de-Haute-Provence", "Val-d'Oise", "Seine-Saint-Denis",
                "Pyrénées-Atlantiques", "Corse-du-Sud", "Haute-Corse")) {
            var m = l.places().find(Words.of("dans le département : " + d));
            assertEquals(1, m.size(), d);
            assertEquals(d, m.get(0).value().canonical());
            assertEquals(Entries.PlaceKind.DEPARTMENT, m.get(0).value().kind(), d);
        }
        assertEquals("Saint-Étienne", l.places().find(Words.of("à St-Étienne")).get(0).value().canonical());
        assertEquals("Moirans", l.places().find(Words.of("la commune de Moirans")).get(0).value().canonical());
    }
}
