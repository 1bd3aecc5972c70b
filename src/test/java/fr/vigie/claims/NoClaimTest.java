package fr.vigie.claims;

import fr.vigie.model.Claim;
import fr.vigie.testing.TestDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static fr.vigie.claims.ClaimTestSupport.claims;
import static fr.vigie.claims.ClaimTestSupport.describe;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences that must yield no claim (SPEC §3, "what is not a claim"). */
class NoClaimTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // capabilities without an actor
            "Le logiciel permet la reconnaissance faciale en temps réel.",
            "Le logiciel permet à la police d'utiliser la reconnaissance faciale.",
            "Les drones sont capables de filmer une foule à cent mètres de hauteur.",
            "Avec Vidéo Synopsis, n'importe qui peut retrouver une personne en quelques minutes.",
            // vendor history
            "BriefCam, créée en 2008 en Israël, a été rachetée par Canon en 2018.",
            "Fondée à Paris, la start-up XXII développe des algorithmes de vidéosurveillance.",
            // a law in general
            "La loi autorise l'expérimentation de la vidéosurveillance algorithmique jusqu'en 2025.",
            "Le règlement européen interdit la reconnaissance faciale en temps réel dans l'espace public.",
            "Le code de la sécurité intérieure encadre depuis 2023 l'usage des caméras aéroportées par les forces de l'ordre.",
            "Le décret fixe les conditions de l'utilisation des drones par la police municipale.",
            "Le nouveau décret autorise l'utilisation de caméras augmentées par les polices municipales.",
            "Le texte voté en décembre prévoyait l'usage de caméras-piétons par les polices municipales.",
            "La loi de 2021 a prévu l'utilisation de drones par la police nationale lors des manifestations.",
            "Le décret autorisait l'emploi de caméras aéroportées par les gendarmes.",
            "Les juges ont censuré la possibilité donnée aux policiers municipaux d'utiliser des drones.",
            // a kind of body with a vague quantifier names nobody
            "Des marchés publics montrent que plusieurs communes ont acheté des logiciels de vidéosurveillance algorithmique.",
            "D'autres villes utilisent des drones.",
            // questions
            "La police utilise-t-elle la reconnaissance faciale ?",
            "Combien de communes utilisent la VSA ?",
            // regulators, courts, media are not users
            "La CNIL a dénoncé l'usage de caméras augmentées.",
            "Le Conseil d'État a suspendu l'arrêté autorisant les drones.",
            "Disclose a révélé l'affaire Briefcam en novembre 2023.",
            // no tool, or no usage
            "La police municipale de Nice a recruté vingt agents.",
            "Le maire de Nice défend la reconnaissance faciale depuis des années.",
            "La ville a installé de nouveaux bancs sur la place de la mairie.",
            // a law in general, however it is phrased
            "Aucun texte n'autorise les communes à mettre en œuvre une vidéosurveillance algorithmique.",
            "La loi autorise les policiers à utiliser des drones lors des manifestations.",
            "Le décret autorise la surveillance des rassemblements par drone.",
            // a participle of a noun is not a usage, an article is not an object pronoun
            "Le logiciel de vidéosurveillance algorithmique repère les objets abandonnés dans les gares."
    })
    void noClaim(String sentence) {
        List<Claim> cs = claims(TestDocuments.of(sentence));
        assertTrue(cs.isEmpty(), sentence + " → " + describe(cs));
    }

    @org.junit.jupiter.api.Test
    void aDescriptiveParticipleDoesNotInheritTheStorysActor() {
        List<Claim> cs = claims(TestDocuments.of("Les gendarmes utilisent des drones depuis 2020. "
                + "La reconnaissance faciale, utilisée en Chine pour surveiller les Ouïghours, inquiète les défenseurs des libertés."));
        assertTrue(cs.size() == 1 && cs.get(0).tool().canonical().equals("Drones"), describe(cs));
    }

    @org.junit.jupiter.api.Test
    void anArticleWithoutClaim() {
        String article = """
                Surveillance : le débat s'invite au Parlement

                Les sénateurs ont examiné mardi une proposition de loi sur la sécurité dans les transports. \
                Le texte prévoit d'encadrer l'usage des caméras-piétons par les contrôleurs. \
                La Quadrature du Net estime que la reconnaissance faciale menace les libertés publiques. \
                Le rapporteur a rappelé que la CNIL doit être consultée avant tout nouveau traitement.""";
        List<Claim> cs = claims(TestDocuments.of(article));
        assertTrue(cs.isEmpty(), describe(cs));
    }

    @org.junit.jupiter.api.Test
    void aQuestionInQuotesIsStillAQuestion() {
        var r = fr.vigie.SharedVigie.get().process("Une auditrice nous écrit : « La police municipale de Millau utilise-t-elle des drones ? »",
                new fr.vigie.Source("test.txt", null, "2025-03-04"));
        assertTrue(r.isOk());
        assertTrue(r.document().claims().isEmpty(), () -> describe(r.document().claims()));
    }
}
