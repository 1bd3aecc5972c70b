package fr.vigie.claims.relation;

import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.mention.ActorMentionFinder;
import fr.vigie.claims.mention.Mention;
import fr.vigie.claims.mention.OpenVocabulary;
import fr.vigie.claims.mention.SentenceWords;
import fr.vigie.claims.mention.ToolMentionFinder;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.model.Document;
import fr.vigie.model.Sentence;
import fr.vigie.nlp.DependencyParser;
import fr.vigie.pipeline.ModelStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The syntactic features of an actor–tool pair, on sentences written for the test: the
 * mentions as the claims stage finds them, the parse of CoreNLP's French dependency parser.
 */
class SyntacticFeaturesTest {

    private static final ModelStore STORE = ModelStore.classpath();
    private static final Lexicons LEXICONS = Lexicons.load(STORE);
    private static final OpenVocabulary VOCABULARY = OpenVocabulary.load(STORE);
    private static final ClaimRules RULES = ClaimRules.load(STORE);
    private static final DependencyParser PARSER = DependencyParser.load(STORE);

    /** The features of the pair whose actor and tool mentions contain these words, in the one sentence of {@code text}. */
    private static List<String> features(String text, String actorWord, String toolWord) {
        var r = SharedVigie.get().process(text, new Source("test.txt", null, "2025-03-04"));
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        Document d = r.document();
        SentenceWords words = SentenceWords.of(d);
        List<Mention> actors = new ActorMentionFinder(LEXICONS, VOCABULARY, fr.vigie.claims.ClaimCandidates.load(fr.vigie.pipeline.ModelStore.classpath())).find(d, words);
        List<Mention> tools = new ToolMentionFinder(LEXICONS, VOCABULARY).find(d, words);
        Mention a = actors.stream().filter(m -> m.text().contains(actorWord)).findFirst().orElse(null);
        Mention t = tools.stream().filter(m -> m.text().contains(toolWord)).findFirst().orElse(null);
        assertNotNull(a, () -> "actors: " + actors);
        assertNotNull(t, () -> "tools: " + tools);
        assertEquals(a.sentence(), t.sentence(), "one sentence");
        Sentence s = d.sentences().get(t.sentence());
        DependencyParser.Parse parse = PARSER.parse(d.text(), s.start(), s.end());
        var ws = words.get(t.sentence());
        return SyntacticFeatures.full(parse, a, t, RULES.triggers().findLongest(ws, 0, ws.size()));
    }

    private static void has(List<String> features, String... expected) {
        for (String e : expected) assertTrue(features.contains(e), () -> e + " not in " + features);
    }

    @Test
    void aPassiveWithItsAgent() {
        List<String> f = features("Des caméras ont été installées par la commune de Vitré en 2021.", "commune", "caméras");
        has(f, "dp", "dp_arole=obl:agent", "dp_trole=nsubj:pass", "dp_passive_agent", "dp_agent_of_top", "dp_len=2",
                "dp_path=obl:agent^nsubj:pass", "dp_acase=par", "dp_top_tag=VERB", "dp_top_trigger");
    }

    @Test
    void aControlVerbLendsItsObjectToTheUsage() {
        List<String> f = features("Le préfet du Finistère autorise les gendarmes à utiliser des drones pendant le festival.", "gendarmes", "drones");
        has(f, "dp_arole=obj", "dp_trole=xcomp", "dp_control=object", "dp_control_verb=autorise", "dp_path=obj^xcomp>obj");
        // and its subject is the one who authorises, not the one who uses
        List<String> g = features("Le préfet du Finistère autorise les gendarmes à utiliser des drones pendant le festival.", "préfet", "drones");
        has(g, "dp_arole=nsubj", "dp_control=subject");
    }

    @Test
    void anInjunctionToABody() {
        List<String> f = features("Le tribunal administratif enjoint à la commune de Vitré de cesser d'utiliser le logiciel Veritas.", "commune", "Veritas");
        has(f, "dp_arole=obl", "dp_acase=à", "dp_control=object", "dp_control_verb=enjoint", "dp_len=4");
    }

    @Test
    void aRelativeClauseOnTheActor() {
        List<String> f = features("La gendarmerie, qui s'est dotée de drones l'an dernier, les utilise chaque semaine.", "gendarmerie", "drones");
        has(f, "dp_arole=top", "dp_trole=acl:relcl", "dp_actor_clause=acl:relcl", "dp_relcl", "dp_tcase=de");
    }

    @Test
    void aParticipialClauseOnTheActor() {
        List<String> f = features("Les policiers municipaux équipés de drones surveillent la plage chaque été.", "policiers", "drones");
        has(f, "dp_arole=top", "dp_actor_clause=acl", "dp_acl", "dp_tcase=de");
    }

    @Test
    void aNominalForm() {
        List<String> f = features("L'usage de la reconnaissance faciale par la police municipale inquiète les habitants.", "police", "reconnaissance");
        has(f, "dp_arole=nmod", "dp_trole=nmod", "dp_nominal", "dp_nominal_agent", "dp_acase=par", "dp_top_tag=NOUN");
    }

    @Test
    void aCoordinatedActor() {
        List<String> f = features("La mairie de Lorient et la préfecture du Morbihan utilisent des caméras piétons depuis mars.", "préfecture", "caméras");
        has(f, "dp_actor_conj", "dp_path=conj<nsubj^obj");
    }

    @Test
    void theCompactSetNamesNoWord() {
        String text = "Le préfet du Finistère autorise les gendarmes à utiliser des drones pendant le festival.";
        List<String> full = features(text, "gendarmes", "drones");
        var r = SharedVigie.get().process(text, new Source("test.txt", null, "2025-03-04"));
        Document d = r.document();
        SentenceWords words = SentenceWords.of(d);
        Mention a = new ActorMentionFinder(LEXICONS, VOCABULARY, fr.vigie.claims.ClaimCandidates.load(fr.vigie.pipeline.ModelStore.classpath())).find(d, words).stream()
                .filter(m -> m.text().contains("gendarmes")).findFirst().orElseThrow();
        Mention t = new ToolMentionFinder(LEXICONS, VOCABULARY).find(d, words).stream()
                .filter(m -> m.text().contains("drones")).findFirst().orElseThrow();
        Sentence s = d.sentences().get(0);
        List<String> compact = SyntacticFeatures.of(PARSER.parse(d.text(), s.start(), s.end()), a, t,
                RULES.triggers().findLongest(words.get(0), 0, words.get(0).size()));
        assertTrue(full.containsAll(compact), compact + " / " + full);
        has(compact, "dp_control=object", "dp_arole=obj");
        assertTrue(compact.stream().noneMatch(x -> x.startsWith("dp_control_verb") || x.startsWith("dp_path")
                || x.startsWith("dp_top=")), compact::toString);
    }
}
