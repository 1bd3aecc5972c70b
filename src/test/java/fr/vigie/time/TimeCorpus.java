package fr.vigie.time;

import fr.vigie.model.DocumentDate;
import fr.vigie.model.Sentence;
import fr.vigie.model.TemporalExpression;
import fr.vigie.pipeline.ModelStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared by the corpus tests: the tagger loaded once, the test files, a plain sentence splitter. */
final class TimeCorpus {

    static final RuleBasedTemporalTagger TAGGER = RuleBasedTemporalTagger.load(ModelStore.classpath());

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}«])");

    private TimeCorpus() {
    }

    /** One expected expression of positive.tsv. */
    record Case(int line, String sentence, String date, String text, String type, String value, String mod,
                String note) {

        boolean knownFailure() {
            return note.startsWith("KNOWN:");
        }

        @Override
        public String toString() {
            return "line " + line + ": " + text + " [" + date + "]";
        }
    }

    static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(TimeCorpus.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String[] withLine = new String[f.length + 1];
                withLine[0] = String.valueOf(n);
                System.arraycopy(f, 0, withLine, 1, f.length);
                out.add(withLine);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Case> positives() {
        List<Case> out = new ArrayList<>();
        for (String[] f : rows("/time/positive.tsv")) {
            if (f.length < 7) {
                throw new IllegalStateException("positive.tsv line " + f[0] + ": too few columns");
            }
            // "\\n" in a sentence is a line break: "…région.\\n\\nÀ Paris, …" is two paragraphs
            out.add(new Case(Integer.parseInt(f[0]), f[1].replace("\\n", "\n"), f[2], f[3], f[4], f[5], f[6],
                    f.length > 7 ? f[7] : ""));
        }
        return out;
    }

    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(new Sentence(out.size(), start, m.start(), 0, 0));
            start = m.end();
        }
        out.add(new Sentence(out.size(), start, text.length(), 0, 0));
        return out;
    }

    static DocumentDate date(String value) {
        return value == null || value.isBlank() ? DocumentDate.NONE
                : new DocumentDate(value, DocumentDate.Origin.OPTION);
    }

    static List<TemporalExpression> tag(String text, String date) {
        return TAGGER.tag(text, sentences(text), date(date));
    }

    static TemporalExpression find(List<TemporalExpression> found, String text) {
        for (TemporalExpression e : found) {
            if (e.text().equals(text)) {
                return e;
            }
        }
        return null;
    }

    static String describe(List<TemporalExpression> found) {
        StringBuilder b = new StringBuilder();
        for (TemporalExpression e : found) {
            b.append("\n  [").append(e.text()).append("] ").append(e.type()).append(' ').append(e.value())
                    .append(' ').append(e.mod()).append(' ').append(e.interval());
        }
        return b.length() == 0 ? " nothing" : b.toString();
    }
}
