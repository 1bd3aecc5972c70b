package fr.vigie.eval;

import fr.vigie.Result;
import fr.vigie.Source;
import fr.vigie.Vigie;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores Vigie's TimeML against TimeML gold files the way TempEval-3 does: extents matched
 * strictly (same characters) and relaxed (overlapping), then, on the relaxed matches, the
 * accuracy of type and value, and value F1 (a system TIMEX3 counts as right when it overlaps
 * a gold one and has its value).
 *
 * <p>Each gold file gives its text (the content of {@code <TEXT>}, tags left out) and its
 * creation time ({@code <DCT>}); Vigie reads that text as a plain-text article with the
 * creation time as its date. Offsets are compared on the characters that are not spaces, so
 * that the cleaning of the text (line ends, blank lines, no-break spaces) cannot move an extent.
 */
public final class TimeMlEvaluator {

    /** One TIMEX3: its span in its text, type and value. */
    public record Timex(int start, int end, String type, String value, String text) { }

    /** A TimeML file read back: text, creation time, TIMEX3 of the text (not the DCT's). */
    public record TimeMlDocument(String text, String creationTime, List<Timex> timexes) { }

    /** The counts of one document or a whole folder. */
    public static final class Tally {
        int gold;
        int system;
        int strict;
        int relaxed;
        int type;
        int value;
        int textMismatches;

        void add(Tally o) {
            gold += o.gold;
            system += o.system;
            strict += o.strict;
            relaxed += o.relaxed;
            type += o.type;
            value += o.value;
            textMismatches += o.textMismatches;
        }

        public Map<String, Double> figures() {
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("gold", (double) gold);
            f.put("system", (double) system);
            put(f, "strict", strict);
            put(f, "relaxed", relaxed);
            f.put("type_accuracy", ratio(type, relaxed));
            f.put("value_accuracy", ratio(value, relaxed));
            put(f, "type", type);
            put(f, "value", value);
            return f;
        }

        private void put(Map<String, Double> f, String name, int right) {
            double p = ratio(right, system);
            double r = ratio(right, gold);
            f.put(name + "_precision", p);
            f.put(name + "_recall", r);
            f.put(name + "_f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        /** Figures to three decimals, as the other evaluations print them. */
        public Map<String, Double> rounded() {
            Map<String, Double> f = new LinkedHashMap<>();
            figures().forEach((k, v) -> f.put(k, Math.round(v * 1000) / 1000.0));
            return f;
        }
    }

    /** The score of one file, with the differences for reading. */
    public record DocumentScore(String name, Tally tally, List<String> details) { }

    public record Report(List<DocumentScore> documents, Tally total) { }

    private final Vigie vigie;

    public TimeMlEvaluator(Vigie vigie) {
        this.vigie = vigie;
    }

    /**
     * Scores every {@code *.tml} file of a folder (recursively).
     *
     * @param out when not null, Vigie's TimeML of each file is written there as NAME.tml
     */
    public Report evaluate(Path dir, Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p)).sorted().toList();
        }
        List<DocumentScore> docs = new ArrayList<>();
        Tally total = new Tally();
        for (Path f : files) {
            String name = dir.relativize(f).toString();
            TimeMlDocument gold = read(Files.readString(f, StandardCharsets.UTF_8));
            String dct = gold.creationTime() == null || !gold.creationTime().matches("\\d{4}(-\\d\\d(-\\d\\d)?)?.*") ? null
                    : gold.creationTime().substring(0, Math.min(10, gold.creationTime().length()));
            Result r = vigie.process(gold.text(), new Source(name + ".txt", "text/plain", dct));
            List<String> details = new ArrayList<>();
            Tally t;
            if (!r.isOk()) {
                t = new Tally();
                t.gold = gold.timexes().size();
                details.add("  error " + r.error().code() + ": " + r.error().message());
            } else {
                String written = vigie.timeMl().write(r);
                if (out != null) {
                    Path target = out.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, written, StandardCharsets.UTF_8);
                }
                TimeMlDocument system = read(written);
                t = score(gold, system, details);
            }
            total.add(t);
            docs.add(new DocumentScore(name, t, details));
        }
        return new Report(docs, total);
    }

    /** Scores one system document against its gold. */
    public static Tally score(TimeMlDocument gold, TimeMlDocument system, List<String> details) {
        Tally t = new Tally();
        t.gold = gold.timexes().size();
        t.system = system.timexes().size();
        if (!nonSpace(gold.text()).equals(nonSpace(system.text()))) {
            t.textMismatches = 1;
            details.add("  the text Vigie read differs from the gold text beyond spaces: extents may not align");
        }
        int[] g = positions(gold.text());
        int[] s = positions(system.text());
        boolean[] used = new boolean[system.timexes().size()];
        for (Timex gx : gold.timexes()) {
            int gs = g[gx.start()];
            int ge = g[gx.end()];
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < system.timexes().size(); i++) {
                if (used[i]) {
                    continue;
                }
                Timex sx = system.timexes().get(i);
                int overlap = Math.min(ge, s[sx.end()]) - Math.max(gs, s[sx.start()]);
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = i;
                }
            }
            if (best < 0) {
                details.add("  missed    " + gx.type() + " " + gx.value() + "  \"" + gx.text() + "\"");
                continue;
            }
            used[best] = true;
            Timex sx = system.timexes().get(best);
            t.relaxed++;
            boolean strict = s[sx.start()] == gs && s[sx.end()] == ge;
            if (strict) {
                t.strict++;
            }
            if (sx.type().equals(gx.type())) {
                t.type++;
            }
            if (sx.value().equals(gx.value())) {
                t.value++;
            }
            if (!strict || !sx.type().equals(gx.type()) || !sx.value().equals(gx.value())) {
                details.add("  differs   gold " + gx.type() + " " + gx.value() + " \"" + gx.text() + "\"  vigie "
                        + sx.type() + " " + sx.value() + " \"" + sx.text() + "\"");
            }
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                Timex sx = system.timexes().get(i);
                details.add("  spurious  " + sx.type() + " " + sx.value() + "  \"" + sx.text() + "\"");
            }
        }
        return t;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    private static String nonSpace(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!space(c)) {
                b.append(c == '\u2019' ? '\'' : c);
            }
        }
        return b.toString();
    }

    /** For each offset of a text (and its end), the number of non-space characters before it. */
    private static int[] positions(String s) {
        int[] p = new int[s.length() + 1];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            p[i] = n;
            if (!space(s.charAt(i))) {
                n++;
            }
        }
        p[s.length()] = n;
        return p;
    }

    /**
     * Reads a TimeML document: the text of {@code <TEXT>} with the spans of its TIMEX3 (other
     * tags, EVENT and SIGNAL, are left out, their text kept), and the value of the TIMEX3 of
     * {@code <DCT>}. No DTD or external entity is read.
     */
    public static TimeMlDocument read(String xml) throws IOException {
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        String[] dct = {null};
        DefaultHandler h = new DefaultHandler() {
            boolean inText;
            boolean inDct;
            int timexStart = -1;
            String type;
            String value;

            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                switch (qName) {
                    case "TEXT" -> inText = true;
                    case "DCT" -> inDct = true;
                    case "TIMEX3" -> {
                        if (inDct || "CREATION_TIME".equals(a.getValue("functionInDocument")) && !inText) {
                            if (dct[0] == null) {
                                dct[0] = a.getValue("value");
                            }
                        } else if (inText) {
                            timexStart = text.length();
                            type = a.getValue("type");
                            value = a.getValue("value");
                        }
                    }
                    default -> { }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                switch (qName) {
                    case "TEXT" -> inText = false;
                    case "DCT" -> inDct = false;
                    case "TIMEX3" -> {
                        if (timexStart >= 0 && text.length() > timexStart) { // an empty TIMEX3 marks no text
                            timexes.add(new Timex(timexStart, text.length(), type == null ? "" : type,
                                    value == null ? "" : value, text.substring(timexStart)));
                            timexStart = -1;
                        }
                    }
                    default -> { }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText) {
                    text.append(ch, start, length);
                }
            }
        };
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(false);
            f.setValidating(false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            SAXParser p = f.newSAXParser();
            p.parse(new InputSource(new StringReader(xml)), h);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a TimeML document: " + e.getMessage(), e);
        }
        return new TimeMlDocument(text.toString(), dct[0], List.copyOf(timexes));
    }
}
