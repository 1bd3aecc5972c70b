package fr.vigie.claims.slot;

import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import fr.vigie.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A claim lists every other sentence a part of it comes from. */
class SupportSlotTest {

    private static Document doc() {
        var r = SharedVigie.get().process("La régie des transports de Valmont a présenté son plan de sécurité. "
                + "Elle a installé des caméras augmentées dans ses bus en 2023. Le logiciel compte les voyageurs.",
                new Source("support.txt", null, "2025-03-04"));
        assertTrue(r.isOk());
        return r.document();
    }

    private static Claim claim(Document d, int actorSentence, int evidenceSentence, int toolSentence) {
        Sentence as = d.sentences().get(actorSentence);
        Sentence es = d.sentences().get(evidenceSentence);
        Sentence ts = d.sentences().get(toolSentence);
        return new Claim("c1", new Claim.Actor("x", "X", Claim.ActorType.PRIVATE, as.start(), as.start() + 2),
                new Claim.Action("installé", "installer", Claim.ActionType.DEPLOY, es.start(), es.start() + 2),
                new Claim.Tool("y", "Y", null, Claim.ToolCategory.OTHER, ts.start(), ts.start() + 2), null, null,
                Claim.Legal.UNKNOWN, Claim.Modality.ASSERTED, null,
                new Claim.Evidence(evidenceSentence, es.start(), es.end(), d.cut(es.start(), es.end())), 0.9);
    }

    @Test
    void aClaimInOneSentenceHasNoSupport() {
        Document d = doc();
        assertEquals(List.of(), SupportSlot.withSupport(d, claim(d, 1, 1, 1), Map.of()).support());
    }

    @Test
    void anActorNamedBeforeIsSupport() {
        Document d = doc();
        Claim c = SupportSlot.withSupport(d, claim(d, 0, 1, 1), Map.of());
        assertEquals(1, c.support().size());
        Claim.Support s = c.support().get(0);
        assertEquals(0, s.sentence());
        assertEquals(List.of("actor"), s.parts());
        assertEquals(d.cut(s.start(), s.end()), s.text());
    }

    @Test
    void partsFromSeveralSentencesAndAnAntecedent() {
        Document d = doc();
        Claim c = SupportSlot.withSupport(d, claim(d, 0, 2, 1), Map.of(0, List.of("tool")));
        assertEquals(2, c.support().size());
        assertEquals(0, c.support().get(0).sentence());
        assertEquals(List.of("actor", "tool"), c.support().get(0).parts());
        assertEquals(1, c.support().get(1).sentence());
        assertEquals(List.of("tool"), c.support().get(1).parts());
    }
}
