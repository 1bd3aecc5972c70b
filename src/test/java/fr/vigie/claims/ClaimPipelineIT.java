package fr.vigie.claims;

import fr.vigie.entities.GazetteerStage;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.ActionType;
import fr.vigie.model.Claim.LegalStatus;
import fr.vigie.model.Claim.Modality;
import fr.vigie.model.Document;
import fr.vigie.model.DocumentDate;
import fr.vigie.model.Entity;
import fr.vigie.nlp.CoreNlpStage;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.Pipeline;
import fr.vigie.time.TemporalStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.vigie.claims.ClaimTestSupport.describe;
import static fr.vigie.claims.ClaimTestSupport.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claims stage behind the real sentence splitter, tagger, NER and temporal tagger. */
class ClaimPipelineIT {

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        ModelStore models = ModelStore.classpath();
        pipeline = new Pipeline(List.of(CoreNlpStage.load(models), TemporalStage.load(models),
                GazetteerStage.load(models), ClaimStage.load(models)));
    }

    private static Document run(String text, String date) {
        Document d = new Document("it", "it.txt", "text/plain", null, text, "fr",
                new DocumentDate(date, DocumentDate.Origin.OPTION));
        pipeline.process(d);
        return d;
    }

    @Test
    void aStoryThroughTheWholePipeline() {
        Document d = run("""
                Vidéosurveillance : Briefcam au cœur d’une enquête

                Selon des documents internes consultés par notre rédaction, la police nationale aurait utilisé \
                depuis 2016 le logiciel Briefcam sans jamais le déclarer à la Cnil. En 2019, M. Dupont, \
                alors directeur départemental, a acheté une nouvelle licence. Le ministère de l’Intérieur \
                n’a pas répondu à nos questions.""", "2023-11-14");
        List<Claim> cs = d.claims();
        Claim used = cs.stream().filter(c -> c.action().type() == ActionType.USE).findFirst()
                .orElseThrow(() -> new AssertionError(describe(cs)));
        assertEquals("Police nationale", used.actor().canonical());
        assertEquals("BriefCam Video Synopsis", used.tool().canonical());
        assertEquals(Modality.ALLEGED, used.modality());
        assertEquals(LegalStatus.ILLEGAL, used.legal().status());
        assertEquals("2016", used.time().interval().begin());
        // the statistical model's mislabels are gone: no place "Cnil" or "Briefcam", no person "M."
        for (Entity e : d.entities()) {
            assertEquals(e.text(), d.text().substring(e.start(), e.end()));
            assertTrue(!(e.origin() == Entity.Origin.MODEL && (e.text().contains("Cnil") || e.text().contains("Briefcam"))), e.toString());
            assertTrue(!(e.type().equals("PER") && e.text().equals("M.")), e.toString());
        }
    }

    @Test
    void listsAndTownsThroughTheWholePipeline() {
        Document d = run("Nice, Roanne et Perpignan ont testé des caméras augmentées en 2021. "
                + "La ville de Marseille a renoncé à la reconnaissance faciale.", "2024-02-01");
        List<Claim> cs = d.claims();
        for (String town : List.of("Nice", "Roanne", "Perpignan")) {
            Claim c = find(cs, town, "Vidéosurveillance algorithmique");
            assertEquals(ActionType.EXPERIMENT, c.action().type());
            assertEquals("2021", c.time().value());
        }
        assertEquals(ActionType.STOP, find(cs, "Marseille", "Reconnaissance faciale").action().type());
    }
}
