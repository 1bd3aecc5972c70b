package fr.vigie.claims;

import fr.vigie.model.Claim;
import fr.vigie.model.Claim.ActionType;
import fr.vigie.model.Claim.ActorType;
import fr.vigie.model.Claim.Modality;
import fr.vigie.model.Document;
import fr.vigie.testing.TestDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.vigie.claims.ClaimTestSupport.claims;
import static fr.vigie.claims.ClaimTestSupport.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole article: vendor history, capability, a story told over sentences, a denial, a question. */
class ArticleTest {

    private static final String ARTICLE = """
            Caméras augmentées : la métropole teste, la Cnil s'inquiète

            Toulouse, le 3 mars 2024. La société Videtics, fondée en 2016 à Aix-en-Provence, développe des algorithmes \
            de vidéosurveillance. Son logiciel permet de repérer un colis abandonné ou une chute. Depuis janvier, la police \
            municipale de Toulouse teste ce logiciel sur une trentaine de caméras du centre-ville. Selon la mairie, l'outil \
            sera généralisé à l'ensemble de la ville d'ici la fin de l'année. La Cnil rappelle que ces traitements ne sont \
            autorisés qu'à titre expérimental. Interrogée, la préfecture de la Haute-Garonne affirme ne pas avoir utilisé \
            de drones lors des manifestations. Faut-il s'en inquiéter ?""";

    @Test
    void theClaimsACarefulReaderLists() {
        Document d = TestDocuments.of(ARTICLE, "2024-03-03");
        TestDocuments.time(d, "le 3 mars 2024", "DATE", "2024-03-03", "2024-03-03", "2024-03-03");
        TestDocuments.year(d, "en 2016", "2016");
        TestDocuments.time(d, "Depuis janvier", "DATE", "2024-01", "2024-01", null);
        TestDocuments.time(d, "d'ici la fin de l'année", "DATE", "2024", "2024", "2024");
        List<Claim> cs = claims(d);
        assertEquals(3, cs.size(), describe(cs));

        Claim test = cs.get(0);
        assertEquals("Police municipale de Toulouse", test.actor().canonical());
        assertEquals(ActorType.MUNICIPAL_POLICE, test.actor().type());
        assertEquals(ActionType.EXPERIMENT, test.action().type());
        assertEquals("Videtics", test.tool().canonical());
        assertEquals("ce logiciel", test.tool().text());
        assertEquals("2024-01", test.time().value());
        assertEquals("Toulouse", test.place().canonical());
        assertEquals(Modality.ASSERTED, test.modality());

        Claim plan = cs.get(1);
        assertEquals("Police municipale de Toulouse", plan.actor().canonical());
        assertEquals(ActionType.DEPLOY, plan.action().type());
        assertEquals(Modality.PLANNED, plan.modality());
        assertEquals("Videtics", plan.tool().canonical());
        assertEquals("mairie", plan.attribution().source());

        Claim denial = cs.get(2);
        assertEquals("Préfecture (Haute-Garonne)", denial.actor().canonical());
        assertEquals(ActorType.STATE, denial.actor().type());
        assertEquals("Drones", denial.tool().canonical());
        assertEquals(Modality.NEGATED, denial.modality());

        assertEquals(List.of("c1", "c2", "c3"), cs.stream().map(Claim::id).toList());
        assertTrue(cs.get(0).evidence().start() < cs.get(1).evidence().start());
    }

    @Test
    void emptyAndToolLessDocuments() {
        assertTrue(claims(TestDocuments.of("")).isEmpty());
        assertTrue(claims(TestDocuments.of("La police municipale de Nice a installé un nouveau poste.")).isEmpty());
    }
}
