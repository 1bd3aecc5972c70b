package fr.vigie.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.register.RegisterContents.ConflictView;
import fr.vigie.register.RegisterContents.Counts;
import fr.vigie.register.RegisterContents.FactView;
import fr.vigie.register.RegisterContents.SourceView;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The register as one static HTML page that opens from disk, with no server and no network:
 * a summary (counts and charts), the facts table with filters (also read from and written
 * to the address, {@code index.html#facts&tool=…&status=ILLEGAL}, so that a filtered view
 * can be sent), each fact's sources with their evidence quoted, and a timeline.
 *
 * <p>The charts are drawn by Apache ECharts, read from its WebJar on the class path and
 * inlined into the page, its licence and notice beside it. Every text that comes from the
 * register is escaped; a Content-Security-Policy lets only the page's own scripts run
 * (by their SHA-256) and forbids any connection.
 */
public final class HtmlReport {

    static final String ECHARTS = "META-INF/resources/webjars/echarts/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The most sources quoted per fact by default: a page of a million claims would not open. */
    public static final int DEFAULT_MAX_SOURCES = 50;

    private final Path sources;
    private final int maxSources;

    /** @param sources the folder that {@code document.source} paths are relative to (links to the articles), or null */
    public HtmlReport(Path sources) {
        this(sources, DEFAULT_MAX_SOURCES);
    }

    /** @param maxSources the most claims quoted per fact (0: all); every version of a disagreement is among them */
    public HtmlReport(Path sources, int maxSources) {
        this.sources = sources;
        this.maxSources = maxSources;
    }

    /** Writes {@code index.html} and {@code LICENSE-echarts.txt} into {@code out}; returns the page. */
    public Path write(Connection db, Path out) throws SQLException, IOException {
        RegisterContents contents = RegisterContents.read(db, maxSources);
        Files.createDirectories(out);
        String version = echartsVersion();
        String echarts = resource(ECHARTS + version + "/dist/echarts.min.js");
        String licence = resource(ECHARTS + version + "/LICENSE");
        String notice = resource(ECHARTS + version + "/NOTICE");
        writeAtomically(out.resolve("LICENSE-echarts.txt"), notice + "\n\n" + licence);
        Path page = out.resolve("index.html");
        writeAtomically(page, page(contents, out, echarts, version, notice, licence));
        return page;
    }

    static String echartsVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = HtmlReport.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            if (in == null) {
                throw new IOException("the ECharts WebJar is not on the class path");
            }
            p.load(in);
        }
        return Objects.requireNonNull(p.getProperty("version"), "ECharts version");
    }

    private String page(RegisterContents c, Path out, String echarts, String version, String notice, String licence)
            throws IOException {
        String css = resource("fr/vigie/register/report.css");
        String js = resource("fr/vigie/register/report.js");
        StringBuilder h = new StringBuilder(1 << 20);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("script-src '").append(sha256Base64(echarts)).append("' '").append(sha256Base64(js))
                .append("'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Vigie register</title>\n<style>\n").append(css).append("</style>\n</head>\n<body>\n");
        Counts n = c.counts();
        h.append("<header><h1>Vigie register</h1><p>Who used which surveillance tool, since when, under what legal ")
                .append("status, according to which sources: ").append(n.facts()).append(" facts from ")
                .append(n.claims()).append(" claims of ").append(n.documentsOk()).append(" documents.</p>\n")
                .append("<nav><a href=\"#summary\">Summary</a><a href=\"#facts\">Facts</a>")
                .append("<a href=\"#timeline\">Timeline</a></nav></header>\n<main>\n");
        summary(h, n);
        factsSection(h, c.facts(), out);
        h.append("<section id=\"timeline\" class=\"view\"><h2>Timeline</h2>\n<p class=\"small\">One row per actor and tool, ")
                .append("a bar per fact from the year its use begins to the year it ends; a use whose end is ")
                .append("open runs to the year of its latest source. It shows the facts the filters keep.</p>\n")
                .append("<p class=\"legend small\">")
                .append("<span class=\"status LEGAL\">LEGAL</span><span class=\"status EXPERIMENTAL\">EXPERIMENTAL</span>")
                .append("<span class=\"status ILLEGAL\">ILLEGAL</span><span class=\"status UNKNOWN\">UNKNOWN</span>")
                .append("<span class=\"status\" style=\"background:var(--conflict)\">sources disagree</span></p>\n")
                .append("<div id=\"timeline-chart\"></div><p class=\"small\" id=\"timeline-undated\"></p></section>\n");
        h.append("</main>\n<footer>Written by Vigie from the register. Charts: Apache ECharts ").append(esc(version))
                .append(", under the Apache License 2.0 (LICENSE-echarts.txt beside this page).\n<details><summary>")
                .append("ECharts notice and licence</summary><pre>").append(esc(notice)).append("\n\n")
                .append(esc(licence)).append("</pre></details></footer>\n");
        h.append("<script type=\"application/json\" id=\"vigie-data\">").append(scriptJson(data(c))).append("</script>\n");
        h.append("<script>").append(echarts).append("</script>\n");
        h.append("<script>").append(js).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, Counts n) {
        h.append("<section id=\"summary\" class=\"view\"><h2>Summary</h2>\n<div class=\"cards\">");
        card(h, "facts", n.facts());
        card(h, "facts where sources disagree", n.conflicting());
        card(h, "claims", n.claims());
        card(h, "documents read", n.documentsOk());
        card(h, "documents in error", n.documentsError());
        card(h, "outputs not imported", n.problems());
        h.append("</div>\n<div class=\"charts\">")
                .append("<div><h3>Facts by tool category</h3><div class=\"chart\" id=\"chart-category\"></div>");
        counts(h, "counts-category", "category", n.factsByCategory());
        h.append("</div><div><h3>Facts by actor type</h3><div class=\"chart\" id=\"chart-actor-type\"></div>");
        counts(h, "counts-actor-type", "actor type", n.factsByActorType());
        h.append("</div><div><h3>Facts in use, by year</h3><div class=\"chart\" id=\"chart-facts-year\"></div>");
        counts(h, "counts-facts-year", "year", n.factsByYear());
        h.append("</div><div><h3>Documents by year of publication</h3>")
                .append("<div class=\"chart\" id=\"chart-documents-year\"></div>");
        counts(h, "counts-documents-year", "year", n.documentsByYear());
        h.append("</div></div>\n");
        if (!n.factsByStatus().isEmpty()) {
            h.append("<h3>Facts by legal status stated</h3><p>");
            n.factsByStatus().forEach((st, v) -> h.append("<span class=\"status ").append(esc(st)).append("\">")
                    .append(esc(st)).append(" ").append(v).append("</span> "));
            h.append("</p>");
        }
        if (!n.errorsByCode().isEmpty()) {
            h.append("<h3>Documents in error, by code</h3><p>");
            n.errorsByCode().forEach((code, v) -> h.append(esc(code)).append(" ").append(v).append(" · "));
            h.setLength(h.length() - 3);
            h.append("</p>");
        }
        h.append("</section>\n");
    }

    private static void card(StringBuilder h, String label, int value) {
        h.append("<div class=\"card\"><b>").append(value).append("</b>").append(esc(label)).append("</div>");
    }

    private static void counts(StringBuilder h, String id, String label, Map<?, Integer> counts) {
        h.append("<details class=\"numbers\"><summary>the numbers</summary>");
        h.append("<table class=\"counts\" id=\"").append(id).append("\"><tr><th>").append(esc(label))
                .append("</th><th>facts</th></tr>");
        if (id.equals("counts-documents-year")) {
            h.setLength(h.length() - "facts</th></tr>".length());
            h.append("documents</th></tr>");
        }
        counts.forEach((k, v) -> h.append("<tr><td>").append(esc(String.valueOf(k))).append("</td><td>").append(v)
                .append("</td></tr>"));
        h.append("</table></details>");
    }

    private void factsSection(StringBuilder h, List<FactView> facts, Path out) {
        h.append("<div id=\"filter-bar\"><form id=\"filters\">");
        select(h, "actor", "Actor", facts, FactView::actor);
        select(h, "actorType", "Actor type", facts, FactView::actorType);
        select(h, "tool", "Tool", facts, FactView::tool);
        select(h, "category", "Category", facts, FactView::toolCategory);
        TreeSet<String> statuses = new TreeSet<>();
        for (FactView f : facts) {
            statuses.addAll(List.of(statuses(f).split(" ")));
        }
        options(h, "status", "Legal status stated", statuses);
        h.append("<label>From year<input type=\"number\" name=\"from\" min=\"1900\" max=\"2100\"></label>")
                .append("<label>To year<input type=\"number\" name=\"to\" min=\"1900\" max=\"2100\"></label>")
                .append("<label><span><input type=\"checkbox\" name=\"conflicts\" value=\"1\"> sources disagree</span>")
                .append("</label><input type=\"hidden\" name=\"fact\"><button type=\"reset\">Show all</button></form>\n")
                .append("<p><b id=\"shown\">").append(facts.size()).append("</b> of <b id=\"total\">")
                .append(facts.size()).append("</b> facts shown.</p></div>\n")
                .append("<section id=\"facts\" class=\"view\"><h2>Facts</h2>\n<p class=\"small\">A fact is one actor, ")
                .append("one tool and one action, merged across documents by their canonical names. Open a row's ")
                .append("sources to read the sentence each one states it in.</p>\n<table id=\"facts-table\">\n<thead><tr>")
                .append("<th>Actor</th><th>Action</th><th>Tool</th><th>Period</th><th>Legal status</th>")
                .append("<th>Modality</th><th>Sources</th></tr></thead>\n");
        for (FactView f : facts) {
            Integer last = f.lastYear();
            h.append("<tbody class=\"fact\" id=\"f-").append(f.id()).append("\" data-id=\"").append(f.id())
                    .append("\" data-actor=\"").append(esc(f.actor())).append("\" data-actor-type=\"")
                    .append(esc(nz(f.actorType()))).append("\" data-tool=\"").append(esc(f.tool()))
                    .append("\" data-category=\"").append(esc(nz(f.toolCategory()))).append("\" data-statuses=\"")
                    .append(esc(statuses(f))).append("\" data-begin=\"")
                    .append(f.beginYear() == null ? "" : f.beginYear()).append("\" data-last=\"")
                    .append(last == null ? "" : last).append("\" data-conflict=\"")
                    .append(f.conflicts().isEmpty() ? "0" : "1").append("\">\n<tr class=\"fact-row\"><td>")
                    .append(esc(f.actor())).append("<div class=\"meta\">").append(esc(nz(f.actorType())))
                    .append("</div></td><td>").append(esc(f.action())).append("</td><td>").append(esc(f.tool()))
                    .append("<div class=\"meta\">").append(esc(nz(f.toolCategory())));
            if (f.toolVendor() != null && !f.toolVendor().equals(f.tool())) {
                h.append(" · ").append(esc(f.toolVendor()));
            }
            h.append("</div></td><td>").append(esc(period(f))).append("</td><td>");
            for (String s : statuses(f).split(" ")) {
                h.append("<span class=\"status ").append(esc(s)).append("\">").append(esc(s)).append("</span>");
            }
            h.append("</td><td>").append(esc(nz(f.modalities()).replace(";", ", "))).append("</td><td>")
                    .append(f.sources()).append(f.claims() != f.sources() ? " (" + f.claims() + " claims)" : "");
            if (!f.conflicts().isEmpty()) {
                h.append("<div class=\"conflict\">sources disagree</div>");
            }
            h.append("</td></tr>\n<tr class=\"fact-sources\"><td colspan=\"7\">");
            for (ConflictView cv : f.conflicts()) {
                h.append("<div class=\"conflict-detail\">Disagreement on ").append(esc(conflictLabel(cv.kind())))
                        .append(": ").append(esc(cv.detail())).append("</div>");
            }
            h.append("<details><summary>").append(f.sources()).append(f.sources() == 1 ? " source" : " sources")
                    .append("</summary><p class=\"small\">Link to this fact: <a href=\"#facts&amp;fact=")
                    .append(f.id()).append("\">#facts&amp;fact=").append(f.id()).append("</a></p><ol class=\"sources\">");
            for (SourceView s : f.support()) {
                source(h, s, out);
            }
            h.append("</ol>");
            if (f.support().size() < f.claims()) {
                h.append("<p class=\"small\">").append(f.support().size()).append(" of ").append(f.claims())
                        .append(" claims quoted (one of each version first); all are in the register: ")
                        .append("SELECT * FROM fact_versions WHERE fact_id = '").append(f.id()).append("'</p>");
            }
            h.append("</details></td></tr>\n</tbody>\n");
        }
        h.append("</table></section>\n");
    }

    private void source(StringBuilder h, SourceView s, Path out) {
        h.append("<li><div><b>").append(esc(s.title() != null && !s.title().isBlank() ? s.title() : s.source()))
                .append("</b> <span class=\"meta\">").append(esc(s.published() == null ? "undated" : s.published()))
                .append("</span></div><blockquote>").append(esc(nz(s.evidence()))).append("</blockquote>")
                .append("<div class=\"meta\">");
        List<String> parts = new ArrayList<>();
        parts.add("says: " + nz(s.modality()));
        if (s.legalStatus() != null) {
            parts.add("legal status " + s.legalStatus() + (s.legalGrounds() == null || s.legalGrounds().equals("[]")
                    ? "" : " " + s.legalGrounds().replaceAll("[\\[\\]\"]", "").replace(",", ", ")));
        }
        if (s.timeText() != null) {
            parts.add("time: " + s.timeText() + " (" + nz(s.timeBegin()) + " – " + nz(s.timeEnd()) + ")");
        }
        if (s.place() != null) {
            parts.add("place: " + s.place());
        }
        if (s.attribution() != null) {
            parts.add("according to " + s.attribution());
        }
        parts.add("claim " + s.claimId() + (s.evidenceStart() == null ? ""
                : ", characters " + s.evidenceStart() + "–" + s.evidenceEnd()));
        h.append(esc(String.join(" · ", parts))).append("</div><div class=\"meta\">");
        String link = sourceLink(s.source(), out);
        if (link != null) {
            h.append("<a href=\"").append(esc(link)).append("\">").append(esc(s.source())).append("</a>");
        } else {
            h.append(esc(s.source()));
        }
        String json = fileLink(s.outputFile() == null ? null : Path.of(s.outputFile()), out);
        if (json != null) {
            h.append(" · <a href=\"").append(esc(json)).append("\">Vigie output</a>");
        }
        h.append("</div></li>");
    }

    private String sourceLink(String source, Path out) {
        if (sources == null || source == null) {
            return null;
        }
        try {
            Path file = sources.resolve(source).normalize();
            return Files.isRegularFile(file) ? fileLink(file, out) : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** A relative link from the report folder to a file, percent-encoded; null when none can be made. */
    static String fileLink(Path file, Path out) {
        if (file == null) {
            return null;
        }
        try {
            Path rel = out.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
            String path = rel.toString().replace(java.io.File.separatorChar, '/');
            // './' first: a first segment with a colon is never read as a scheme
            return new URI(null, null, path.startsWith("../") ? path : "./" + path, null).toASCIIString();
        } catch (IllegalArgumentException | URISyntaxException e) {
            return null;
        }
    }

    private static void select(StringBuilder h, String name, String label, List<FactView> facts,
                               Function<FactView, String> value) {
        TreeSet<String> values = new TreeSet<>();
        for (FactView f : facts) {
            String v = value.apply(f);
            values.add(v == null ? "" : v);
        }
        values.remove("");
        options(h, name, label, values);
    }

    private static void options(StringBuilder h, String name, String label, TreeSet<String> values) {
        h.append("<label>").append(esc(label)).append("<select name=\"").append(name)
                .append("\"><option value=\"\">all</option>");
        for (String v : values) {
            h.append("<option value=\"").append(esc(v)).append("\">").append(esc(v)).append("</option>");
        }
        h.append("</select></label>");
    }

    static String statuses(FactView f) {
        return f.legalStatuses() == null ? "UNKNOWN" : f.legalStatuses().replace(";", " ");
    }

    static String period(FactView f) {
        if (f.begin() == null && f.end() == null) {
            return "no date";
        }
        if (f.end() == null) {
            return (f.ongoing() ? "since " : "from ") + f.begin();
        }
        if (f.begin() == null) {
            return "until " + f.end();
        }
        return f.begin().equals(f.end()) ? f.begin() : f.begin() + " – " + f.end();
    }

    static String conflictLabel(String kind) {
        return switch (kind) {
            case "legal_status" -> "the legal status";
            case "begin" -> "the year it began";
            case "negation" -> "whether it happened";
            case "stopped_vs_ongoing" -> "whether it stopped or goes on";
            default -> kind;
        };
    }

    private static Map<String, Object> data(RegisterContents c) {
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (FactView f : c.facts()) {
            if ("STOP".equals(f.action()) || "NEGATED".equals(f.modalities())) {
                continue; // a stop or a denial is no period of use
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", f.id());
            t.put("actor", f.actor());
            t.put("tool", f.tool());
            t.put("action", f.action());
            t.put("from", f.beginYear());
            t.put("to", f.lastYear());
            t.put("period", period(f));
            t.put("statuses", statuses(f));
            String known = statuses(f).replace("UNKNOWN", "").strip();
            t.put("status", f.conflicts().stream().anyMatch(x -> x.kind().equals("legal_status")) ? "CONFLICT"
                    : known.isEmpty() ? "UNKNOWN" : known.split(" ")[0]);
            t.put("conflict", f.conflicts().isEmpty() ? null
                    : String.join(", ", f.conflicts().stream().map(x -> conflictLabel(x.kind())).toList()));
            t.put("sources", f.sources());
            timeline.add(t);
        }
        Counts n = c.counts();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("factsByCategory", n.factsByCategory());
        summary.put("factsByActorType", n.factsByActorType());
        summary.put("documentsByYear", n.documentsByYear());
        summary.put("factsByYear", n.factsByYear());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("timeline", timeline);
        data.put("summary", summary);
        return data;
    }

    /** JSON that is safe inside a script element: no '<', '>', '&' or line separators as themselves. */
    static String scriptJson(Object value) throws IOException {
        String json = MAPPER.writeValueAsString(value);
        StringBuilder b = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            switch (ch) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** Text as HTML character data or a quoted attribute value. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null || b != null) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String sha256Base64(String script) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing on the class path: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A temporary file is made readable by its owner only; a report is made to be read (rw-r--r--). */
    public static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its default permissions stay
        }
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            readableByAll(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
