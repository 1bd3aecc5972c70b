package fr.vigie.bench;

import fr.vigie.Result;
import fr.vigie.Source;
import fr.vigie.Vigie;
import fr.vigie.model.Warning;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Inputs of the shapes that scraped archives hold besides articles, made to find out
 * whether the cost of a document stays linear in its size whatever its shape: a long line
 * without punctuation, one word repeated, a table of numbers, deeply nested lists, a text
 * of 10 MB. Each is generated from a fixed seed, at a size in bytes that the caller picks
 * (the bench's sizes are {@link #BENCH_SIZES}).
 */
public final class PathologicalInputs {

    /** One generated input. */
    public record Input(String name, String mediaType, byte[] bytes) { }

    /** One input as processed: seconds, status, error code or warnings. */
    public record Measure(String name, long bytes, int textChars, double seconds, String status, String detail) {
        public double secondsPerMegabyte() {
            return bytes == 0 ? 0 : seconds / (bytes / 1e6);
        }
    }

    /** A shape, and its size in the bench. */
    public record Shape(String name, String mediaType, int benchBytes, IntFunction<String> make) {
        public Input make(int bytes) {
            return new Input(name, mediaType, make.apply(bytes).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final String[] WORDS = ("la police municipale de la ville a installé des caméras dans le centre "
            + "et la gendarmerie utilise un drone pour surveiller les abords du stade pendant trois mois selon "
            + "le maire qui parle de sécurité des habitants tandis que les associations dénoncent une "
            + "surveillance sans cadre légal depuis 2021 avec un logiciel d'analyse des images").split(" ");

    private static final String[] SENTENCES = {
        "La police municipale de Vernon a installé douze caméras dans le centre-ville en mars 2021.",
        "Selon le maire, le logiciel d'analyse des images n'est utilisé que pour retrouver des véhicules volés.",
        "La gendarmerie a déployé un drone au-dessus du marché de Noël le 12 décembre dernier.",
        "L'association de défense des libertés dénonce une surveillance sans cadre légal.",
        "Le conseil municipal votera le renouvellement de la licence l'an prochain.",
        "Aucun bilan de l'expérimentation n'a été publié depuis deux ans.",
    };

    /** The shapes, with their sizes in the bench (the 10 MB text is cut to the longest text kept). */
    public static final List<Shape> SHAPES = List.of(
            new Shape("long line, no punctuation", "text/plain; charset=UTF-8", 255_000, PathologicalInputs::longLine),
            new Shape("one word repeated a million times", "text/plain; charset=UTF-8", 8_000_000,
                    PathologicalInputs::repeatedWord),
            new Shape("table of numbers", "text/plain; charset=UTF-8", 1_000_000, PathologicalInputs::table),
            new Shape("deeply nested lists (HTML)", "text/html; charset=UTF-8", 1_000_000,
                    PathologicalInputs::nestedLists),
            new Shape("10 MB of prose", "text/plain; charset=UTF-8", 10_000_000, PathologicalInputs::prose));

    private PathologicalInputs() {
    }

    /** Words without a full stop, on one line. */
    static String longLine(int bytes) {
        Random r = new Random(1);
        StringBuilder b = new StringBuilder(bytes);
        while (utf8Length(b) < bytes) {
            for (int i = 0; i < 1000; i++) {
                b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
            }
        }
        return b.toString();
    }

    /** "caméra " (8 bytes) over and over: a million times at 8 MB. */
    static String repeatedWord(int bytes) {
        return "caméra ".repeat(Math.max(1, bytes / 8));
    }

    /** Rows of numbers between bars, one per line, with no sentence end. */
    static String table(int bytes) {
        Random r = new Random(2);
        StringBuilder b = new StringBuilder(bytes);
        b.append("| commune | année | caméras | coût |\n");
        while (b.length() < bytes) {
            b.append("| ").append(10000 + r.nextInt(90000)).append(" | ").append(2000 + r.nextInt(25))
                    .append(" | ").append(r.nextInt(500)).append(" | ").append(r.nextInt(100000)).append(",")
                    .append(r.nextInt(100)).append(" |\n");
        }
        return b.toString();
    }

    /** Lists nested 120 deep (240 elements, under the 300 Tika allows), again and again. */
    static String nestedLists(int bytes) {
        Random r = new Random(3);
        StringBuilder b = new StringBuilder(bytes);
        b.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Liste</title></head><body>");
        while (b.length() < bytes) {
            int depth = 120;
            for (int i = 0; i < depth; i++) {
                b.append("<ul><li>").append(WORDS[r.nextInt(WORDS.length)]).append(' ')
                        .append(WORDS[r.nextInt(WORDS.length)]);
            }
            for (int i = 0; i < depth; i++) {
                b.append("</li></ul>");
            }
        }
        b.append("</body></html>");
        return b.toString();
    }

    /** Paragraphs of ordinary sentences. */
    static String prose(int bytes) {
        Random r = new Random(4);
        StringBuilder b = new StringBuilder(bytes);
        while (utf8Length(b) < bytes) {
            for (int p = 0; p < 200; p++) {
                for (int i = 0; i < 4; i++) {
                    b.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(' ');
                }
                b.append("\n\n");
            }
        }
        return b.toString();
    }

    private static int utf8Length(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** Processes one input with {@code vigie}, timed. */
    public static Measure measure(Vigie vigie, Input in) {
        long t0 = System.nanoTime();
        Result r = vigie.process(new java.io.ByteArrayInputStream(in.bytes()),
                new Source(in.name(), in.mediaType(), "2024-01-15"));
        double s = (System.nanoTime() - t0) / 1e9;
        String detail;
        if (r.isOk()) {
            List<String> codes = new ArrayList<>();
            for (Warning w : r.document().warnings()) {
                codes.add(w.code());
            }
            detail = String.join(", ", codes);
        } else {
            detail = r.error().code() + ": " + r.error().message();
        }
        return new Measure(in.name(), in.bytes().length, r.isOk() ? r.document().text().length() : 0, s,
                r.status().name(), detail);
    }

    /** The figures as a Markdown table. */
    public static String table(List<Measure> measures) {
        StringBuilder b = new StringBuilder("| input | bytes | characters of text read | seconds | s/MB | status "
                + "| warnings or error |\n|---|---|---|---|---|---|---|\n");
        for (Measure m : measures) {
            b.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.2f | %.2f | %s | %s |%n", m.name(), m.bytes(),
                    m.textChars(), m.seconds(), m.secondsPerMegabyte(), m.status(), m.detail()));
        }
        return b.toString();
    }
}
