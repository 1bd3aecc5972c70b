package fr.vigie.time;

import fr.vigie.model.Document;
import fr.vigie.model.DocumentDate;
import fr.vigie.model.TemporalExpression;
import fr.vigie.model.WarningCode;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.Requirement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemporalStageTest {

    private static final TemporalStage STAGE = new TemporalStage(TimeCorpus.TAGGER);

    private static Document document(String text, DocumentDate date) {
        Document d = new Document("id", "test.txt", "text/plain", null, text, "fr", date);
        d.setSentences(TimeCorpus.sentences(text));
        return d;
    }

    @Test
    void declaresItsContract() {
        assertEquals("time", STAGE.name());
        assertEquals(Set.of(Requirement.TEXT, Requirement.SENTENCES), STAGE.requires());
        assertEquals(Set.of(Requirement.TEMPORAL_EXPRESSIONS), STAGE.provides());
    }

    @Test
    void loadsFromTheModelStore() {
        Document d = document("Le logiciel est utilisé depuis 2015.", DocumentDate.NONE);
        TemporalStage.load(ModelStore.classpath()).process(d);
        assertEquals(1, d.temporalExpressions().size());
    }

    @Test
    void resolvesAgainstTheDocumentDateWithoutWarning() {
        String text = "Le 14 novembre dernier, Disclose a révélé l'affaire. Durant huit ans, la police aurait utilisé le logiciel.";
        Document d = document(text, new DocumentDate("2023-12", DocumentDate.Origin.METADATA));
        STAGE.process(d);
        List<TemporalExpression> t = d.temporalExpressions();
        assertEquals(2, t.size());
        assertEquals("2023-11-14", t.get(0).value());
        assertEquals(0, t.get(0).sentence());
        assertEquals("P8Y", t.get(1).value());
        assertEquals(1, t.get(1).sentence());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void warnsAboutUnresolvedExpressionsWithoutDocumentDate() {
        String text = "Hier, la mairie a installé des caméras. Le logiciel est utilisé depuis 2015. L'an dernier, il a été renouvelé.";
        Document d = document(text, DocumentDate.NONE);
        STAGE.process(d);
        List<TemporalExpression> t = d.temporalExpressions();
        assertEquals(3, t.size());
        assertNull(t.get(0).value(), "nothing is taken from the machine clock");
        assertEquals("2015", t.get(1).value());
        assertNull(t.get(2).value());
        assertEquals(1, d.warnings().size());
        assertEquals(WarningCode.UNRESOLVED_TEMPORAL_EXPRESSION.name(), d.warnings().get(0).code());
        String message = d.warnings().get(0).message();
        assertTrue(message.startsWith("2 of 3"), message);
        assertTrue(message.contains("\"Hier\"") && message.contains("\"L'an dernier\""), message);
    }

    @Test
    void narrativeWithoutDocumentDate() {
        String text = "La commune a été mise en demeure le 28 octobre 2024. Le 19 novembre, le groupe avait annoncé un recours. "
                + "Le 27 janvier, le parquet a classé l'affaire.";
        Document d = document(text, DocumentDate.NONE);
        STAGE.process(d);
        List<TemporalExpression> t = d.temporalExpressions();
        assertEquals(List.of("2024-10-28", "2024-11-19", "2025-01-27"), t.stream().map(TemporalExpression::value).toList());
    }

    @Test
    void tenseDecidesTheYearOfAPartialDate() {
        String text = "Le parquet a classé l'affaire le 27 janvier. Le 19 novembre, le groupe avait annoncé saisir la justice.";
        Document d = document(text, new DocumentDate("2025-02-10", DocumentDate.Origin.METADATA));
        STAGE.process(d);
        List<TemporalExpression> t = d.temporalExpressions();
        assertEquals("2025-01-27", t.get(0).value());
        assertEquals("2024-11-19", t.get(1).value(), "past tense: never 2025-11-19");
    }

    @Test
    void offsetsPointIntoTheDocumentText() {
        String text = "Titre\n\nLe 1er décembre, quarante-cinq députés ont écrit au ministre. Depuis plusieurs mois, l’affaire enfle.";
        Document d = document(text, new DocumentDate("2023-12-05", DocumentDate.Origin.OPTION));
        STAGE.process(d);
        for (TemporalExpression e : d.temporalExpressions()) {
            assertEquals(e.text(), text.substring(e.start(), e.end()));
        }
        assertEquals(2, d.temporalExpressions().size());
    }

    @Test
    void impossibleDatesAndEmptyTexts() {
        Document d = document("Le 31 février 2023, rien ne s'est passé. Le 31/04/2023 non plus.", DocumentDate.NONE);
        STAGE.process(d);
        assertTrue(d.temporalExpressions().stream().noneMatch(t -> t.value() != null && t.value().startsWith("2023-02-31")),
                d.temporalExpressions().toString());
        assertTrue(d.temporalExpressions().stream().noneMatch(t -> "2023-04-31".equals(t.value())));
        Document empty = new Document("id", "e.txt", "text/plain", null, "", "fr", DocumentDate.NONE);
        STAGE.process(empty);
        assertTrue(empty.temporalExpressions().isEmpty());
    }
}
