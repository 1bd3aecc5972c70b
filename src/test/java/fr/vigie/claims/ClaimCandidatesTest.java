package fr.vigie.claims;

import fr.vigie.model.Span;
import fr.vigie.nlp.SentenceGate.Need;
import fr.vigie.pipeline.ModelStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which sentences the cheap pass sends to the tagger and the entity recogniser. */
class ClaimCandidatesTest {

    private static ClaimCandidates gate;

    @BeforeAll
    static void load() {
        gate = ClaimCandidates.load(ModelStore.classpath());
    }

    /** The needs of the sentences of a text whose sentences are separated by blank lines. */
    private static List<Need> needs(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (String s : text.split("\n\n")) {
            spans.add(new Span(start, start + s.length()));
            start += s.length() + 2;
        }
        return gate.needs(text, spans);
    }

    @Test
    void aSentenceWithoutTriggerOrToolIsLeftUntagged() {
        assertEquals(List.of(Need.NOTHING), needs("Le conseil municipal s'est réuni mardi soir à la mairie."));
    }

    @Test
    void aVerbThatIsNoNounNeedsEntitiesButNoTags() {
        assertEquals(List.of(Need.ENTITIES),
                needs("Depuis 2021, la commune de Vierzon utilise le logiciel BriefCam pour ses enquêtes."));
    }

    @Test
    void aVerbThatIsAlsoANounNeedsTheTagger() {
        // "équipe" is a verb here, a noun in "une équipe": the tagger decides
        assertEquals(List.of(Need.TAGS_AND_ENTITIES),
                needs("La métropole équipe ses agents de caméras augmentées dès le mois prochain."));
        assertEquals(List.of(Need.TAGS_AND_ENTITIES),
                needs("L'exploitant du tramway a testé un logiciel de vidéosurveillance algorithmique."));
    }

    @Test
    void aVerbAfterADeterminerNeedsTheTagger() {
        assertEquals(List.of(Need.TAGS_AND_ENTITIES),
                needs("Les drones de la gendarmerie survolent la plage, une utilise même une caméra thermique."));
    }

    @Test
    void aToolReferredBackCountsOnlyAfterTheToolWasNamed() {
        assertEquals(List.of(Need.NOTHING, Need.ENTITIES),
                needs("Le logiciel a été installé en 2019.\n\nLa ville a acheté BriefCam puis a déployé le logiciel."),
                "the first sentence refers back to no tool yet");
    }
    /** Sentences separated by blank lines, as spans. */
    private static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (String s : text.split("\n\n")) {
            spans.add(new Span(start, start + s.length()));
            start += s.length() + 2;
        }
        return spans;
    }

    @Test
    void aSecondAskingGivesTheComputedAnswerForThatVeryDocument() {
        ModelStore store = ModelStore.classpath();
        fr.vigie.lexicon.Lexicons lexicons = fr.vigie.lexicon.Lexicons.load(store);
        ClaimRules rules = ClaimRules.load(store);
        ClaimCandidates first = new ClaimCandidates(lexicons, rules);
        ClaimCandidates second = new ClaimCandidates(lexicons, rules);
        List<String> texts = List.of(
                "La préfecture a annoncé des contrôles.\n\nDepuis 2021, la commune utilise le logiciel BriefCam.\n\n"
                        + "La préfecture l'a testé en mars.",
                "Le conseil municipal s'est réuni mardi soir à la mairie.\n\nIl a voté le budget.",
                "La métropole équipe ses agents de caméras augmentées.\n\nLe dispositif est illégal selon la Cnil.");
        for (String text : texts) {
            List<Span> spans = spans(text);
            List<Need> computed = first.compute(text, spans);
            assertEquals(computed, first.needs(text, spans), text);
            assertEquals(computed, second.needs(new String(text), new ArrayList<>(spans)), text);
            // another division of the same text is another question
            List<Span> whole = List.of(new Span(0, text.length()));
            assertEquals(first.compute(text, whole), second.needs(text, whole), text);
            assertEquals(computed, second.needs(text, spans), text);
        }
        // other rules over the same text are not answered from the memo
        ClaimCandidates other = ClaimCandidates.load(store);
        String text = texts.get(0);
        assertEquals(other.compute(text, spans(text)), other.needs(text, spans(text)));
    }
}
