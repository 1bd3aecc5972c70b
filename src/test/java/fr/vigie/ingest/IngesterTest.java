package fr.vigie.ingest;

import fr.vigie.Source;
import fr.vigie.model.Document;
import fr.vigie.model.DocumentDate;
import fr.vigie.model.ProcessingException;
import fr.vigie.pipeline.ModelStore;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngesterTest {

    private static final Ingester INGESTER = Ingester.load(ModelStore.classpath(), 1_000_000);

    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="fr"><head>
            <meta charset="utf-8">
            <title>Drones : la préfecture autorise un nouveau vol</title>
            <meta property="article:published_time" content="2024-05-21T07:45:00+02:00">
            </head><body>
            <div id="cookie-banner"><p>Nous utilisons des cookies pour améliorer votre expérience.</p>
            <button>Tout accepter</button></div>
            <header class="site-header"><nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li></ul></nav>
            <a href="/login">Connexion</a></header>
            <main><article>
            <h1>Drones : la préfecture autorise un nouveau vol</h1>
            <p class="chapo">Un arrêté publié mardi encadre l’usage de drones au-dessus du centre-ville.</p>
            <div class="share-buttons"><a>Partager</a><a>Facebook</a></div>
            <p>La préfecture du Nord a autorisé la police nationale à utiliser deux drones lors du marché de Noël.</p>
            <p>L’arrêté court jusqu’au 31 décembre.</p>
            </article>
            <aside class="related"><h2>Lire aussi</h2><p>Un autre article sans rapport.</p></aside>
            </main>
            <footer><p>© Journal du Nord – Tous droits réservés</p></footer>
            </body></html>
            """;

    @Test
    void aTextWhoseFirstLineStartsWithArticleIsText() throws ProcessingException {
        // Tika's magic reads such a text as a Usenet article (message/news)
        String text = "Article 1er : La requête de la commune de Sète est rejetée.\n\n"
                + "Article 2 : La présente ordonnance sera notifiée à la commune.\n\n"
                + "La police municipale de Sète utilise des drones depuis 2023.\n";
        for (String name : new String[] {"decision.txt", "decision", null}) {
            Document d = INGESTER.ingest(text.getBytes(StandardCharsets.UTF_8), Source.named(name));
            assertEquals("text/plain", d.mediaType(), String.valueOf(name));
            assertTrue(d.text().contains("utilise des drones depuis 2023"), d.text());
        }
    }

    @Test
    void htmlKeepsTheArticleAndDropsTheFurniture() throws ProcessingException {
        Document d = INGESTER.ingest(HTML.getBytes(StandardCharsets.UTF_8), Source.named("a/drones.html"));
        String t = d.text();
        assertEquals("text/html", d.mediaType());
        assertEquals("Drones : la préfecture autorise un nouveau vol", d.title());
        assertEquals(new DocumentDate("2024-05-21", DocumentDate.Origin.METADATA), d.date());
        assertTrue(t.contains("La préfecture du Nord a autorisé la police nationale à utiliser deux drones"), t);
        assertTrue(t.contains("Un arrêté publié mardi encadre l'usage"), "typographic apostrophe normalised: " + t);
        for (String furniture : new String[] {"cookies", "Tout accepter", "Accueil", "Connexion", "Partager",
                "Facebook", "Lire aussi", "sans rapport", "Tous droits"}) {
            assertFalse(t.contains(furniture), furniture + " should be gone: " + t);
        }
        assertTrue(t.contains("nouveau vol\n\nUn arrêté"), "paragraphs separated by one blank line: " + t);
    }

    @Test
    void theTimeOfASkippedBylineStillDatesTheArticle() throws ProcessingException {
        String html = """
                <html><head><title>Caméras</title></head><body><main><article>
                <h1>La mairie teste des caméras augmentées</h1>
                <div class="byline"><span>Par la rédaction</span>
                <time datetime="2024-03-12T08:30:00+01:00">Publié le 12 mars 2024 à 8h30</time></div>
                <p>Depuis lundi, le logiciel analyse les images de la place du marché.</p>
                </article>
                <section class="comments"><time datetime="2024-03-15T10:00:00+01:00">15/03</time>
                <p>Un commentaire.</p></section></main></body></html>
                """;
        Document d = INGESTER.ingest(html.getBytes(StandardCharsets.UTF_8), Source.named("b.html"));
        assertEquals(new DocumentDate("2024-03-12", DocumentDate.Origin.METADATA), d.date());
        assertFalse(d.text().contains("Publié le"), "the byline is not article text: " + d.text());
    }

    @Test
    void windows1252TextKeepsItsAccents() throws ProcessingException {
        String french = "La municipalité de Béziers a déployé des caméras « intelligentes » près de l’école élémentaire. "
                + "Le maire a précisé que l'équipement coûterait près de 30 000 euros à la collectivité, "
                + "une dépense votée à l'unanimité en décembre dernier par le conseil municipal.";
        byte[] cp1252 = french.getBytes(Charset.forName("windows-1252"));
        Document d = INGESTER.ingest(cp1252, Source.named("beziers.txt"));
        assertTrue(d.text().contains("La municipalité de Béziers a déployé des caméras « intelligentes »"), d.text());
        assertTrue(d.text().contains("près de l'école élémentaire"), "’ is 0x92 in windows-1252: " + d.text());
    }

    @Test
    void aDatedHeaderLineGivesTheDocumentDate() throws ProcessingException {
        Document d = INGESTER.ingestText("date 2023-12 La ville a acheté un logiciel.\n\nSuite de l'article.",
                Source.named("x.txt"));
        assertEquals(new DocumentDate("2023-12", DocumentDate.Origin.METADATA), d.date());
        assertTrue(d.text().startsWith("date 2023-12 La ville"), "the header stays in the text");
    }

    @Test
    void theCallersDateIsUsedOnlyWhenTheFileHasNone() throws ProcessingException {
        Document none = INGESTER.ingestText("Le conseil municipal a voté hier.", new Source("y.txt", null, "2024-02-03"));
        assertEquals(new DocumentDate("2024-02-03", DocumentDate.Origin.OPTION), none.date());
        Document header = INGESTER.ingestText("date 2022-06-01\n\nLe conseil municipal a voté hier.",
                new Source("z.txt", null, "2024-02-03"));
        assertEquals("2022-06-01", header.date().value());
        Document noDate = INGESTER.ingestText("Le conseil municipal a voté hier.", Source.named("w.txt"));
        assertNull(noDate.date().value());
        assertEquals(DocumentDate.Origin.NONE, noDate.date().origin());
    }

    @Test
    void cleanerJoinsWrappedLinesButKeepsHeadingsApart() {
        TextCleaner c = TextCleaner.load(ModelStore.classpath());
        String cleaned = c.clean("Caméras : le débat\nLa ville de Moirans a installé en 2021 des\ncaméras "
                + "dites augmentées.\r\nPartager\n\n\n1\u00a0000 euros  par\u202Fmois.");
        assertEquals("Caméras : le débat\n\nLa ville de Moirans a installé en 2021 des caméras dites augmentées."
                + "\n\n1 000 euros par mois.", cleaned);
    }
}
