package fr.vigie.entities;

import fr.vigie.model.Document;
import fr.vigie.model.Entity;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.testing.TestDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerStageTest {

    private static final GazetteerStage STAGE = GazetteerStage.load(ModelStore.classpath());

    private static Entity find(Document d, String type, String canonical) {
        return d.entities().stream().filter(e -> e.type().equals(type) && canonical.equals(e.canonical())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + canonical + " in " + d.entities()));
    }

    @Test
    void domainEntitiesOverrideModelMislabels() {
        Document d = TestDocuments.of("Selon la Cnil, Briefcam n’a jamais été déclaré par M. Dupont au ministère de l’Intérieur.");
        TestDocuments.modelEntity(d, "Cnil", "LOC");
        TestDocuments.modelEntity(d, "Briefcam n’", "LOC");
        TestDocuments.modelEntity(d, "M.", "PER");
        TestDocuments.modelEntity(d, "Dupont", "PER");
        TestDocuments.modelEntity(d, "l’Intérieur", "ORG");
        STAGE.process(d);
        Entity tool = find(d, "TOOL", "BriefCam Video Synopsis");
        assertEquals("Briefcam", tool.text());
        assertEquals(Entity.Origin.GAZETTEER, tool.origin());
        find(d, "REGULATOR", "CNIL");
        find(d, "ACTOR", "Ministère de l'Intérieur");
        assertTrue(d.entities().stream().noneMatch(e -> e.origin() == Entity.Origin.MODEL && e.type().equals("LOC")));
        assertTrue(d.entities().stream().noneMatch(e -> e.text().equals("M.")));
        assertTrue(d.entities().stream().anyMatch(e -> e.text().equals("Dupont") && e.type().equals("PER")));
        assertTrue(d.entities().stream().noneMatch(e -> e.origin() == Entity.Origin.MODEL && e.type().equals("ORG")));
        for (Entity e : d.entities()) assertEquals(e.text(), d.text().substring(e.start(), e.end()), e.toString());
    }

    @Test
    void modelEntitiesLoseTheElisionsTheySwallowed() {
        Document d = TestDocuments.of("Le texte vise l’Hexagone entier.");
        TestDocuments.modelEntity(d, "l’Hexagone", "LOC");
        STAGE.process(d);
        Entity e = d.entities().get(0);
        assertEquals("Hexagone", e.text());
        assertEquals(d.text().indexOf("Hexagone"), e.start());
    }

    @Test
    void municipalPoliceOfATownWithTheTownInside() {
        Document d = TestDocuments.of("La police municipale de Nice et la mairie d’Antibes ont signé, comme la ville du Havre.");
        STAGE.process(d);
        Entity pm = find(d, "ACTOR", "Police municipale de Nice");
        assertEquals("police municipale de Nice", pm.text());
        find(d, "PLACE", "Nice");
        assertEquals("mairie d’Antibes", find(d, "ACTOR", "Antibes").text());
        assertEquals(GazetteerStage.ACTOR, find(d, "ACTOR", "Le Havre").type());
    }

    @Test
    void aBodyNamedAfterAnAreaKeepsTheWholeName() {
        Document d = TestDocuments.of("La communauté d'agglomération du Pays de Lourmel et la communauté de communes "
                + "du Val de Saire ont signé, comme la mairie de Nice.");
        STAGE.process(d);
        assertEquals("communauté d'agglomération du Pays de Lourmel", find(d, "ACTOR", "Pays de Lourmel").text());
        // "Val" alone is a listed town (Le Val); here it only opens the name of the area
        assertEquals("communauté de communes du Val de Saire", find(d, "ACTOR", "Val de Saire").text());
        assertEquals("mairie de Nice", find(d, "ACTOR", "Nice").text());
        assertTrue(d.entities().stream().noneMatch(e -> "Le Val".equals(e.canonical())), () -> d.entities().toString());
    }

    @Test
    void lawsByNameAndNumber() {
        Document d = TestDocuments.of("La loi n° 2023-380 relative aux JO complète le RGPD et l'article L251-1 du code.");
        STAGE.process(d);
        assertEquals("loi n° 2023-380", find(d, "LAW", "loi n° 2023-380 du 19 mai 2023").text());
        find(d, "LAW", "règlement (UE) 2016/679");
        find(d, "LAW", "Code de la sécurité intérieure, article L251-1");
    }

    @Test
    void commonWordsAreNotTowns() {
        Document d = TestDocuments.of("Des tours de garde et des lots de caméras, mais pas de drones.");
        STAGE.process(d);
        List<Entity> places = d.entities().stream().filter(e -> e.type().equals("PLACE")).toList();
        assertTrue(places.isEmpty(), places.toString());
        assertFalse(d.entities().isEmpty()); // "drones"
        assertEquals("gazetteer", STAGE.name());
    }
}
