package fr.vigie.output;

import fr.vigie.Result;
import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.eval.TimeMlEvaluator;
import fr.vigie.model.ErrorCode;
import fr.vigie.pipeline.ModelStore;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TimeMlOutputTest {

    /** Written for this test. */
    private static final String ARTICLE = """
            Vidéosurveillance : la mairie de Lunel tient parole

            La commune a installé ses premières caméras en 2015. Le conseil municipal se réunira \
            le 3 mars à 14 heures pour voter l'extension du réseau, qui filmera de 18 h à 23 h. \
            Hier à 22h30, une patrouille a été appelée par le centre de supervision.

            Depuis 2019, la police municipale loue un drone deux fois par an, pour 4 000 euros par an, \
            et chaque année le préfet renouvelle l'autorisation. Les agents patrouillent tous les jeudis \
            dans le quartier de la gare, uniquement le mercredi au marché.""";

    private static Result article() {
        return SharedVigie.get().process(ARTICLE, new Source("lunel.txt", "text/plain", "2025-02-20"));
    }

    private static TimeMlEvaluator.Timex find(TimeMlEvaluator.TimeMlDocument d, String text) {
        return d.timexes().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no TIMEX3 \"" + text + "\" in " + d.timexes()));
    }

    @Test
    void theTextIsTheCleanedTextAndEveryTimexSitsAtItsOffsets() throws IOException {
        Result r = article();
        String xml = SharedVigie.get().timeMl().write(r);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml);
        TimeMlEvaluator.TimeMlDocument d = TimeMlEvaluator.read(xml);
        assertEquals("2025-02-20", d.creationTime());
        assertEquals(r.document().text(), d.text(), "the text between the tags is the document text, char for char");
        assertFalse(d.timexes().isEmpty());
        for (TimeMlEvaluator.Timex t : d.timexes()) {
            assertEquals(r.document().text().substring(t.start(), t.end()), t.text());
            assertFalse(t.value().isEmpty());
            assertFalse(t.type().equals("INTERVAL"), "TimeML has no INTERVAL type: " + t);
        }
        assertTrue(xml.contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-02-20\" "
                + "functionInDocument=\"CREATION_TIME\">2025-02-20</TIMEX3></DCT>"), xml);
    }

    @Test
    void segmentationFollowsTheFrenchTimeBankGuide() throws IOException {
        TimeMlEvaluator.TimeMlDocument d = TimeMlEvaluator.read(SharedVigie.get().timeMl().write(article()));
        // the preposition is a signal, outside the tag
        assertEquals("2015", find(d, "2015").value());
        assertEquals("2019", find(d, "2019").value());
        // a day and its clock time are two TIMEX3, the time anchored to the day
        assertEquals("DATE", find(d, "le 3 mars").type());
        assertEquals("2025-03-03", find(d, "le 3 mars").value());
        assertEquals("2025-03-03T14:00", find(d, "14 heures").value());
        // the two ends of an interval are two TIMEX3, each with its value
        assertEquals("TIME", find(d, "18 h").type());
        assertEquals("2025-03-03T18:00", find(d, "18 h").value());
        assertEquals("2025-03-03T23:00", find(d, "23 h").value());
        // "hier à 22h30" is one expression in the corpus
        assertEquals("2025-02-19T22:30", find(d, "Hier à 22h30").value());
        // sets
        assertEquals("P1Y", find(d, "an").value());
        assertEquals("XXXX-WXX-4", find(d, "tous les jeudis").value());
        assertEquals("XXXX-WXX-3", find(d, "le mercredi").value());
        String xml = SharedVigie.get().timeMl().write(article());
        assertTrue(xml.contains("quant=\"EVERY\">chaque année</TIMEX3>"), xml);
        assertTrue(xml.contains("freq=\"2X\">deux fois par an</TIMEX3>"), xml);
    }

    @Test
    void theJsonKeepsOneIntervalWithItsTwoEnds() {
        var interval = article().document().temporalExpressions().stream()
                .filter(t -> t.text().equals("de 18 h à 23 h")).findFirst().orElseThrow();
        assertEquals("INTERVAL", interval.type());
        assertEquals("2025-03-03T18:00/2025-03-03T23:00", interval.value());
        assertNotNull(interval.parts());
        assertEquals(List.of("18 h", "23 h"), interval.parts().stream().map(p -> p.text()).toList());
        assertEquals(List.of("2025-03-03T18:00", "2025-03-03T23:00"),
                interval.parts().stream().map(p -> p.value()).toList());
    }

    @Test
    void articleTextIsEscapedAndCharactersXmlCannotCarryKeepTheirPlace() throws IOException {
        String text = "Le 12 mars 2024, l'élu a écrit <script>alert(1)</script> & \"cité\" \u0007 à 10 h.";
        Result r = SharedVigie.get().process(text, new Source("x.txt", "text/plain", "2024-03-20"));
        String xml = SharedVigie.get().timeMl().write(r);
        assertFalse(xml.contains("<script>"), xml);
        TimeMlEvaluator.TimeMlDocument d = TimeMlEvaluator.read(xml);
        String expected = r.document().text().replace('\u0007', '\uFFFD');
        assertEquals(expected, d.text());
        assertEquals("2024-03-12T10:00", find(d, "10 h").value());
    }

    @Test
    void anErrorRecordIsATimeMlDocumentWithoutTextThatNamesItsCode() throws IOException {
        Result r = Result.error("a/b.pdf", null, ErrorCode.PARSE_ERROR, "truncated -- <stream> & co");
        String xml = TimeMlOutput.load(ModelStore.classpath()).write(r);
        TimeMlEvaluator.TimeMlDocument d = TimeMlEvaluator.read(xml);
        assertEquals("", d.text());
        String[] status = TimeMlOutput.statusOf(xml);
        assertEquals("error", status[0]);
        assertEquals("PARSE_ERROR", status[1]);
        assertTrue(xml.contains("truncated - - <stream> & co"), xml);
    }

    @Test
    void signalsAreLeftOutButNeverTheWholeExpression() {
        TimeMlOutput w = TimeMlOutput.load(ModelStore.classpath());
        String t = "jusqu'au 31 mars, à partir du lundi, en 2015, d'ici la fin de l'année, en";
        assertEquals(t.indexOf("31 mars"), w.trimmed(t, 0, "jusqu'au 31 mars".length()));
        int s = t.indexOf("à partir");
        assertEquals(t.indexOf("lundi"), w.trimmed(t, s, s + "à partir du lundi".length()));
        s = t.indexOf("d'ici");
        assertEquals(t.indexOf("la fin"), w.trimmed(t, s, s + "d'ici la fin de l'année".length()));
        s = t.lastIndexOf("en");
        assertEquals(s, w.trimmed(t, s, t.length()), "an expression that is only a signal stays whole");
    }

    // ------------------------------------------------------------------ validation with a DTD

    private static List<String> validate(String xml, String dtd) throws Exception {
        String withDoctype = xml.replaceFirst("\\?>\n", "?>\n<!DOCTYPE TimeML SYSTEM \"timeml.dtd\">\n");
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setValidating(true);
        XMLReader reader = f.newSAXParser().getXMLReader();
        reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader(dtd)));
        List<String> errors = new ArrayList<>();
        reader.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        reader.parse(new InputSource(new StringReader(withDoctype)));
        return errors;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(TimeMlOutputTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void outputIsValidTimeMl() throws Exception {
        String dtd = resource("/timeml/timeml-inline.dtd");
        assertEquals(List.of(), validate(SharedVigie.get().timeMl().write(article()), dtd));
        Result error = Result.error("x", null, ErrorCode.NO_TEXT, "no text");
        assertEquals(List.of(), validate(SharedVigie.get().timeMl().write(error), dtd));
        // the validator does reject what the DTD forbids
        String bad = SharedVigie.get().timeMl().write(article()).replaceFirst("type=\"DATE\"", "type=\"INTERVAL\"");
        assertFalse(validate(bad, dtd).isEmpty());
    }

    /**
     * Against the French TimeBank's own DTD, when the corpus is beside the project. That DTD
     * declares no DCT (the corpus files carry one all the same): the document with a creation
     * time is checked with the DTD's TimeML element widened to allow it, every other
     * declaration as distributed; a document without a date against the DTD unchanged.
     */
    @Test
    void outputIsValidAgainstTheFrenchTimeBankDtd() throws Exception {
        Path dtdFile = Path.of("..", "shared", "ftib-dev", "ISO-TimeML-French.dtd");
        assumeTrue(Files.isRegularFile(dtdFile), "the French TimeBank is not beside the project");
        String dtd = Files.readString(dtdFile, StandardCharsets.UTF_8);
        String root = "<!ELEMENT TimeML ( ALINK | SLINK | TEXT | TLINK )* >";
        assertTrue(dtd.contains(root), "the DTD's TimeML element is as expected");
        String withDct = dtd.replace(root, "<!ELEMENT TimeML ( DCT | ALINK | SLINK | TEXT | TLINK )* >\n"
                + "<!ELEMENT DCT ( TIMEX3 ) >");
        assertEquals(List.of(), validate(SharedVigie.get().timeMl().write(article()), withDct));
        Result undated = SharedVigie.get().process("La commune a installé ses caméras en 2015, chaque année "
                + "davantage, de 18 h à 23 h.", new Source("sans-date.txt", "text/plain", null));
        String xml = SharedVigie.get().timeMl().write(undated);
        assertFalse(xml.contains("<DCT>"), xml);
        assertEquals(List.of(), validate(xml, dtd));
    }
}
