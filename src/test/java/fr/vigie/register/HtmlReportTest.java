package fr.vigie.register;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's page as written (no browser): escaping, what it inlines, links; and the CSV of facts. */
class HtmlReportTest {

    @TempDir
    Path tmp;

    private Path register() throws Exception {
        Path outputs = tmp.resolve("outputs");
        Fixtures.corpus(outputs);
        Path db = tmp.resolve("register.sqlite");
        try (Register r = Register.open(db)) {
            r.importOutputs(List.of(outputs), Register.Listener.NONE);
        }
        return db;
    }

    @Test
    void thePageEscapesEveryTextAndInlinesEChartsWithItsLicence() throws Exception {
        Path db = register();
        Path sources = tmp.resolve("articles");
        Files.createDirectories(sources.resolve("nice"));
        Files.writeString(sources.resolve("nice/prefecture.txt"), Fixtures.NICE_A);
        Path page;
        try (Connection c = Register.openReadOnly(db)) {
            page = new HtmlReport(sources).write(c, tmp.resolve("report"));
        }
        String html = Files.readString(page);
        String beforeScripts = html.substring(0, html.indexOf("<script"));
        assertFalse(beforeScripts.contains("<img"), "no element made of an article's text");
        assertFalse(beforeScripts.contains("<script>document.title"), "no script made of an article's text");
        assertTrue(beforeScripts.contains("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;"));
        assertTrue(beforeScripts.contains("data-actor=\"Police municipale de Brest &lt;img src=x onerror=alert(1)&gt;\""));
        assertTrue(beforeScripts.contains("caméras &quot;augmentées&quot; &lt;b&gt;brestoises&lt;/b&gt;"));
        // the data for the charts cannot close its script element
        Matcher data = Pattern.compile("(?s)<script type=\"application/json\" id=\"vigie-data\">(.*?)</script>")
                .matcher(html);
        assertTrue(data.find());
        assertFalse(data.group(1).contains("<"), "no '<' inside the JSON of the page");
        assertTrue(data.group(1).contains("\\u003cimg src=x onerror=alert(1)\\u003e"));
        // only the page's own scripts may run, and nothing may be fetched
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-"));
        assertFalse(html.contains("unsafe-inline'; img") && html.contains("script-src 'unsafe-inline'"));
        String version = HtmlReport.echartsVersion();
        assertTrue(html.contains("Apache ECharts " + version));
        assertTrue(html.length() > 500_000, "ECharts is inlined");
        assertTrue(Files.readString(tmp.resolve("report/LICENSE-echarts.txt")).contains("Apache License"));
        // the source found under --sources is linked, relatively, so that the folders can move together
        assertTrue(html.contains("<a href=\"../articles/nice/prefecture.txt\">nice/prefecture.txt</a>"), "link");
        assertTrue(html.contains("<a href=\"../outputs/nice/prefecture.txt.json\">Vigie output</a>"));
    }

    @Test
    void aFactWithManySourcesQuotesEveryVersionWithinTheLimit() throws Exception {
        Path outputs = tmp.resolve("many");
        for (int i = 0; i < 6; i++) {
            boolean last = i == 5;
            String sentence = "Depuis 2023, la commune de Lens utilise des caméras augmentées"
                    + (last ? " sans aucune base légale, tranche le tribunal." : ", écrit le journal n° " + i + ".");
            ObjectNode d = Fixtures.document("lens/" + i + ".txt", "2024-0" + (i + 1) + "-01", null, sentence);
            Fixtures.claim(d, sentence, new Fixtures.Says("la commune de Lens", "Lens", "LOCAL_AUTHORITY", "utilise",
                    "USE", "caméras augmentées", "Vidéosurveillance algorithmique", "VIDEO_ANALYTICS", "Depuis 2023",
                    "2023", null, last ? "ILLEGAL" : "UNKNOWN", "ASSERTED"));
            Fixtures.write(outputs, i + ".json", d);
        }
        Path db = tmp.resolve("many.sqlite");
        try (Register r = Register.open(db)) {
            r.importOutputs(List.of(outputs), Register.Listener.NONE);
        }
        String html;
        try (Connection c = Register.openReadOnly(db)) {
            html = Files.readString(new HtmlReport(null, 3).write(c, tmp.resolve("many-report")));
        }
        assertEquals(3, html.split("<blockquote>", -1).length - 1, "three claims quoted");
        assertTrue(html.contains("tranche le tribunal"), "the only ILLEGAL version is among them");
        assertTrue(html.contains("journal n° 0") && html.contains("journal n° 1") && !html.contains("journal n° 2"),
                "then the oldest");
        assertTrue(html.contains("3 of 6 claims quoted"));
    }

    @Test
    void linksArePercentEncodedAndNeverASchema() {
        Path out = Path.of("/r/report");
        assertEquals("./javascript:alert(1).txt", HtmlReport.fileLink(Path.of("/r/report/javascript:alert(1).txt"), out));
        assertEquals("../a%20b/%C3%A9t%C3%A9%20%23%3F.txt", HtmlReport.fileLink(Path.of("/r/a b/été #?.txt"), out));
    }

    @Test
    void theCsvHasOneRowPerFactAndNoFormula() throws Exception {
        Path db = register();
        StringBuilder out = new StringBuilder();
        try (Connection c = Register.openReadOnly(db)) {
            FactsCsv.write(c, out);
        }
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals(Fixtures.CORPUS_FACTS, rows.size());
        CSVRecord nice = rows.stream().filter(r -> r.get("actor").equals("Police municipale de Nice")
                && r.get("action").equals("USE")).findFirst().orElseThrow();
        assertEquals("begin;legal_status;stopped_vs_ongoing", nice.get("conflicts"));
        assertEquals("3", nice.get("sources"));
        assertEquals("nice/prefecture.txt;nice/association.txt;nice/promenade.txt", nice.get("source_documents"));
        assertEquals("'=HYPERLINK(\"x\")", FactsCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", FactsCsv.cell("@SUM(A1)"));
        assertEquals("-12", FactsCsv.cell("-12"));
        assertEquals("Drones", FactsCsv.cell("Drones"));
    }
}
