package fr.vigie.register;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report in a real headless Chromium, opened from disk with every network request
 * made to fail: its scripts run (filters applied, charts drawn by the inlined ECharts), the
 * facts table has its rows, a filter in the address changes them, and the hostile record's
 * markup stays text. Skipped, with a message, where Chromium is not installed
 * ({@code .ci/run} installs Debian's package).
 */
class ReportBrowserTest {

    private static final Pattern FACT = Pattern.compile("<tbody class=\"fact\"([^>]*)>");

    @TempDir
    static Path tmp;
    static Path page;
    static String chromium;

    @BeforeAll
    static void report() throws Exception {
        chromium = findChromium();
        if (chromium == null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("Chromium not found: .ci/run installs Debian's chromium for this test");
        }
        assumeTrue(chromium != null, "Chromium not found (/usr/bin/chromium, or VIGIE_CHROMIUM): "
                + "the browser test of the report is skipped; apt-get install chromium to run it");
        Path outputs = tmp.resolve("outputs");
        Fixtures.corpus(outputs);
        Path db = tmp.resolve("register.sqlite");
        try (Register r = Register.open(db)) {
            r.importOutputs(List.of(outputs), Register.Listener.NONE);
        }
        try (var c = Register.openReadOnly(db)) {
            page = new HtmlReport(null).write(c, tmp.resolve("report"));
        }
    }

    static String findChromium() {
        String env = System.getenv("VIGIE_CHROMIUM");
        for (String c : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (c != null && Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        return null;
    }

    /** The document as Chromium has it once its scripts ran. */
    static String dom(String fragment) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "profile");
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile,
                // no network: any request the page made would go to a closed port and fail
                "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--virtual-time-budget=5000", "--dump-dom", page.toUri() + fragment));
        Path out = tmp.resolve("dom-" + System.nanoTime() + ".html");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 90 s");
        }
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(dom.contains("data-report-ready=\"1\""), "the report's script ran to its end: "
                + dom.substring(0, Math.min(300, dom.length())));
        return dom;
    }

    /** The document without the bodies of its script elements (the inlined library holds markup in strings). */
    static String markup(String dom) {
        return dom.replaceAll("(?s)(<script\\b[^>]*>).*?</script>", "$1</script>");
    }

    static int rows(String dom) {
        Matcher m = FACT.matcher(dom);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static int shownRows(String dom) {
        Matcher m = FACT.matcher(dom);
        int n = 0;
        while (m.find()) {
            if (!m.group(1).contains("hidden")) {
                n++;
            }
        }
        return n;
    }

    static int shownCount(String dom) {
        Matcher m = Pattern.compile("<b id=\"shown\">(\\d+)</b>").matcher(dom);
        assertTrue(m.find(), "the count of facts shown");
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theReportLoadsFromDiskAndDrawsItsCharts() throws Exception {
        String dom = markup(dom("#summary"));
        assertTrue(dom.contains("<canvas"), "ECharts, inlined, drew on a canvas");
        assertFalse(dom.matches("(?s).*<(link|iframe|img)\\b.*"), "nothing loaded from anywhere else");
        assertFalse(dom.matches("(?s).*\\ssrc=\"[^\"]*\".*"), "no src attribute");
    }

    @Test
    void theFactsTableHasOneRowPerFactAndFiltersChangeIt() throws Exception {
        String all = dom("#facts");
        assertEquals(Fixtures.CORPUS_FACTS, rows(all));
        assertEquals(Fixtures.CORPUS_FACTS, shownRows(all));
        assertEquals(Fixtures.CORPUS_FACTS, shownCount(all));

        String drones = dom("#facts&category=DRONE");
        assertEquals(Fixtures.CORPUS_FACTS, rows(drones));
        assertEquals(2, shownRows(drones), "Nice's drones: the use and the stop");
        assertEquals(2, shownCount(drones));

        String disagreeing = dom("#facts&conflicts=1");
        assertEquals(3, shownRows(disagreeing), "Nice's use and stop, the ministry's denied use");

        String in2023 = dom("#facts&from=2023&to=2023");
        assertEquals(2, shownRows(in2023), "Nice's drones since 2020 and Brest's cameras since 2022");

        String one = dom("#facts&fact=" + FactMerger.factId("Police municipale de Nice", "Drones", "USE"));
        assertEquals(1, shownRows(one), "a link to one fact");
        assertEquals(1, one.split("<details open=", -1).length - 1, "with its sources open");

        String illegalDrones = dom("#timeline&category=DRONE&status=ILLEGAL");
        assertEquals(1, shownRows(illegalDrones));
        assertTrue(illegalDrones.contains("<section id=\"timeline\" class=\"view\">"), "the timeline is shown");
    }

    @Test
    void theTimelineDrawsOneRowPerActorAndToolOfTheFactsShown() throws Exception {
        String dom = markup(dom("#timeline"));
        // Nice's drones, the gendarmerie's BriefCam, the ministry's facial recognition, Brest's cameras:
        // four rows of 26 px and 70 px of axes; the stop is no period of use, the RATP's test has no year
        assertTrue(Pattern.compile("id=\"timeline-chart\"[^>]*style=\"height: 174px;[^>]*><div[^>]*><canvas")
                .matcher(dom).find(), "a canvas of four rows");
        assertTrue(dom.contains("1 fact shown in the table gives no year and is not drawn."));
        String drones = markup(dom("#timeline&category=DRONE"));
        assertTrue(drones.contains("style=\"height: 160px;"), "one row, the least height");
        assertTrue(drones.contains("id=\"timeline-undated\"></p>"), "every fact shown is drawn");
    }

    @Test
    void theHostileRecordsMarkupIsShownAsTextAndNeverRuns() throws Exception {
        for (String view : List.of("#facts", "#timeline&actor=" + java.net.URLEncoder.encode(
                "Police municipale de Brest <img src=x onerror=alert(1)>", StandardCharsets.UTF_8)
                .replace("+", "%20"))) {
            String dom = markup(dom(view));
            assertTrue(dom.contains("<title>Vigie register</title>"), "the title was not changed by a script");
            assertFalse(Pattern.compile("<body[^>]*data-pwned").matcher(dom).find(), "no injected handler ran");
            assertFalse(dom.contains("<img"), "no element made of an article's text");
            assertFalse(dom.contains("<b>brestoises</b>"), "no markup made of an article's text");
            assertEquals(3, dom.split("<script", -1).length - 1, "only the report's own three script elements");
            assertTrue(dom.contains("&lt;script&gt;document.title='PWNED'"), "the evidence is there, as text");
            assertTrue(dom.contains("la police &lt;img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"&gt;"),
                    "the actor's words are there, as text");
        }
        String brest = dom("#facts&actor=" + java.net.URLEncoder.encode(
                "Police municipale de Brest <img src=x onerror=alert(1)>", StandardCharsets.UTF_8).replace("+", "%20"));
        assertEquals(1, shownRows(brest), "a filter on a hostile name selects its fact, no more");
    }
}
