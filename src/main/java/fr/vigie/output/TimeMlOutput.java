package fr.vigie.output;

import fr.vigie.Result;
import fr.vigie.model.Document;
import fr.vigie.model.TemporalExpression;
import fr.vigie.pipeline.ModelStore;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's temporal expressions as inline TimeML, in the form of the TimeBank corpora and
 * of HeidelTime: an XML declaration, {@code <TimeML>}, the document creation time in
 * {@code <DCT>} when the document date is known, then {@code <TEXT>} with the cleaned text
 * and every temporal expression as a {@code <TIMEX3>} at its offsets.
 *
 * <p>Segmentation follows the French TimeBank's annotation guide: an expression with
 * {@link TemporalExpression#parts() parts} is written as its parts (the two ends of "de 18 h à
 * 23 h", the day and the clock time of "le 3 mars à 14 heures"); the signals listed in
 * {@code models/time/timeml-signals.txt} ("depuis", "à", "en") stay outside the tag. JSON
 * INTERVAL expressions therefore never reach TimeML, which has no such type.
 *
 * <p>The text between tags is the document text itself, character for character, escaped
 * for XML; a character XML 1.0 cannot carry (a control character, a lone surrogate) is
 * written U+FFFD, one for one, so offsets counted in the text of {@code <TEXT>} are the
 * offsets of the JSON output. An error record is a {@code <TimeML>} document with no text,
 * its code and message in a comment. Thread-safe.
 */
public final class TimeMlOutput {

    /** What opens the comment of every document Vigie writes; {@link #statusOf} reads it back. */
    public static final String MARK = "Vigie";
    private static final Pattern STATUS = Pattern.compile(
            "<!-- " + MARK + " (?:status=\"(ok|error)\")(?: code=\"([A-Z_]+)\")?(?: id=\"([0-9a-f]{64})\")?");

    private final List<String> signals;

    private TimeMlOutput(List<String> signals) {
        List<String> s = new ArrayList<>(signals);
        s.sort(Comparator.comparingInt(String::length).reversed());
        this.signals = List.copyOf(s);
    }

    /** The writer with the signals of {@code models/time/timeml-signals.txt}. */
    public static TimeMlOutput load(ModelStore store) {
        List<String> s = new ArrayList<>();
        for (String line : store.lines("time/timeml-signals.txt")) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) {
                s.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return new TimeMlOutput(s);
    }

    /** One TIMEX3 as written: its span in the text, type, value, mod, and set attributes. */
    public record Timex(int start, int end, String type, String value, String mod, String quant, String freq) { }

    public void write(Result r, OutputStream out) throws IOException {
        out.write(write(r).getBytes(StandardCharsets.UTF_8));
    }

    /** The TimeML document of a result (an error record gives a document without text). */
    public String write(Result r) {
        StringBuilder b = new StringBuilder(r.isOk() ? r.document().text().length() * 5 / 4 + 512 : 512);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (!r.isOk()) {
            b.append("<!-- ").append(MARK).append(" status=\"error\" code=\"").append(r.error().code().name())
                    .append('"');
            if (r.id() != null) {
                b.append(" id=\"").append(r.id()).append('"');
            }
            b.append(" source=\"").append(comment(r.source())).append("\" message=\"")
                    .append(comment(r.error().message())).append("\" -->\n");
            b.append("<TimeML>\n</TimeML>\n");
            return b.toString();
        }
        Document d = r.document();
        b.append("<!-- ").append(MARK).append(" status=\"ok\" id=\"").append(d.id()).append("\" source=\"")
                .append(comment(d.source())).append("\" date=\"").append(d.date().value() == null ? "" : d.date().value())
                .append("\" origin=\"").append(d.date().origin().name()).append("\" -->\n");
        b.append("<TimeML>\n");
        if (d.date().isKnown()) {
            b.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(attribute(d.date().value()))
                    .append("\" functionInDocument=\"CREATION_TIME\">").append(text(d.date().value()))
                    .append("</TIMEX3></DCT>\n");
        }
        b.append("<TEXT>");
        String text = d.text();
        int at = 0;
        int tid = 1;
        for (Timex t : timexes(text, d.temporalExpressions())) {
            b.append(text(text.substring(at, t.start())));
            b.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(t.type()).append("\" value=\"")
                    .append(attribute(t.value())).append('"');
            if (t.mod() != null) {
                b.append(" mod=\"").append(t.mod()).append('"');
            }
            if (t.quant() != null) {
                b.append(" quant=\"").append(t.quant()).append('"');
            }
            if (t.freq() != null) {
                b.append(" freq=\"").append(t.freq()).append('"');
            }
            b.append('>').append(text(text.substring(t.start(), t.end()))).append("</TIMEX3>");
            at = t.end();
        }
        b.append(text(text.substring(at)));
        b.append("</TEXT>\n</TimeML>\n");
        return b.toString();
    }

    /**
     * The TIMEX3 of a text, as TimeML marks them: each expression or, when it has parts, each
     * part (recursively), with the signals before it left out. Expressions without a value are
     * written with the value TimeML gives an unknown time of their kind ({@code XXXX-XX-XX}
     * for a date or time, {@code PXY}… never: a duration without a value keeps {@code P}),
     * so that every TIMEX3 carries the required attribute.
     */
    public List<Timex> timexes(String text, List<TemporalExpression> expressions) {
        List<Timex> out = new ArrayList<>();
        for (TemporalExpression e : expressions) {
            add(text, e, out);
        }
        out.sort(Comparator.comparingInt(Timex::start));
        List<Timex> kept = new ArrayList<>(out.size());
        int end = 0;
        for (Timex t : out) {
            if (t.start() >= end && t.end() > t.start()) {
                kept.add(t);
                end = t.end();
            }
        }
        return kept;
    }

    private void add(String text, TemporalExpression e, List<Timex> out) {
        if (e.parts() != null) {
            for (TemporalExpression p : e.parts()) {
                add(text, p, out);
            }
            return;
        }
        int start = trimmed(text, e.start(), e.end());
        String type = e.type();
        String value = e.value();
        if (type.equals("INTERVAL")) {
            // an interval whose two ends the tagger could not tell apart: its beginning, as a point
            type = value != null && value.contains("T") ? "TIME" : "DATE";
            value = value == null ? null : value.substring(0, value.indexOf('/') < 0 ? value.length() : value.indexOf('/'));
        }
        if (value == null) {
            value = switch (type) {
                case "DURATION" -> "PX";
                case "SET" -> "XXXX";
                case "TIME" -> "XXXX-XX-XXTXX:XX";
                default -> "XXXX-XX-XX";
            };
        }
        String quant = null;
        String freq = null;
        if (type.equals("SET")) {
            String head = text.substring(start, e.end()).toLowerCase(Locale.ROOT);
            if (head.startsWith("chaque") || head.startsWith("tous") || head.startsWith("toutes")) {
                quant = "EVERY";
            }
            Matcher f = TIMES.matcher(text.substring(e.start(), e.end()));
            if (f.lookingAt()) {
                String n = f.group(1).toLowerCase(Locale.ROOT);
                int k = switch (n) {
                    case "une" -> 1;
                    case "deux" -> 2;
                    case "trois" -> 3;
                    case "quatre" -> 4;
                    case "cinq" -> 5;
                    default -> Integer.parseInt(n);
                };
                freq = k + "X";
            }
        }
        out.add(new Timex(start, e.end(), type, value, e.mod(), quant, freq));
    }

    /** "deux fois par an": P1Y twice, freq="2X". */
    private static final Pattern TIMES = Pattern.compile("(\\d{1,2}|une|deux|trois|quatre|cinq)\\s+fois\\s+par",
            Pattern.CASE_INSENSITIVE);

    /** The start of an expression once the signals before its words are left out. */
    int trimmed(String text, int start, int end) {
        int s = start;
        boolean again = true;
        while (again) {
            again = false;
            for (String w : signals) {
                int e = s + w.length();
                if (e >= end || !text.regionMatches(true, s, w, 0, w.length())) {
                    continue;
                }
                char last = w.charAt(w.length() - 1);
                char next = text.charAt(e);
                int after;
                if (last == '\'') {
                    after = e;
                } else if (Character.isWhitespace(next)) {
                    after = e;
                    while (after < end && Character.isWhitespace(text.charAt(after))) {
                        after++;
                    }
                } else {
                    continue;
                }
                if (after < end) {
                    s = after;
                    again = true;
                    break;
                }
            }
        }
        return s;
    }

    /** The status, error code and document id a TimeML file written by Vigie records; null for another file. */
    public static String[] statusOf(String head) {
        Matcher m = STATUS.matcher(head);
        return m.find() ? new String[]{m.group(1), m.group(2), m.group(3)} : null;
    }

    /** Text content: &amp;, &lt;, &gt; escaped; characters XML cannot carry become U+FFFD, one for one. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (allowed(c)) {
                        b.append(c);
                    } else {
                        b.append('\uFFFD');
                    }
                }
            }
        }
        return b.toString();
    }

    static String attribute(String s) {
        return text(s).replace("\"", "&quot;");
    }

    /** Comment text: no "--" (which XML forbids in a comment) and nothing XML cannot carry. */
    private static String comment(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(c == '"' ? '\'' : c < 0x20 || c >= 0xD800 && c <= 0xDFFF
                || c == 0xFFFE || c == 0xFFFF ? 0xFFFD : c));
        String t = b.toString();
        while (t.contains("--")) {
            t = t.replace("--", "- -");
        }
        return t.endsWith("-") ? t + " " : t;
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
