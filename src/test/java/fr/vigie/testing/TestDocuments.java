package fr.vigie.testing;

import fr.vigie.model.Document;
import fr.vigie.model.DocumentDate;
import fr.vigie.model.Entity;
import fr.vigie.model.Sentence;
import fr.vigie.model.TemporalExpression;

import java.util.ArrayList;
import java.util.List;

/**
 * Documents built by hand for unit tests: sentences cut after . ? ! followed by a space or a
 * line break, no tokens, temporal expressions and model entities added by their text.
 */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static Document of(String text) {
        return of(text, null);
    }

    public static Document of(String text, String date) {
        Document d = new Document("test", "test.txt", "text/plain", null, text, "fr",
                date == null ? DocumentDate.NONE : new DocumentDate(date, DocumentDate.Origin.OPTION));
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = (c == '.' || c == '?' || c == '!') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            boolean paragraph = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (end || paragraph || i + 1 == text.length()) {
                int s = start;
                int e = end ? i + 1 : (paragraph ? i : i + 1);
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (e > s) sentences.add(new Sentence(sentences.size(), s, e, 0, 0));
                start = i + 1;
            }
        }
        d.setSentences(sentences);
        return d;
    }

    /** Adds a temporal expression found by its (first) text; begin/end may be null. */
    public static void time(Document d, String text, String type, String value, String begin, String end) {
        int start = d.text().indexOf(text);
        if (start < 0) throw new IllegalArgumentException("not in text: " + text);
        List<TemporalExpression> all = new ArrayList<>(d.temporalExpressions());
        all.add(new TemporalExpression(text, start, start + text.length(), type, value, null,
                new TemporalExpression.Interval(begin, end), d.sentenceAt(start)));
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        d.setTemporalExpressions(all);
    }

    /** A DATE whose interval is the year itself. */
    public static void year(Document d, String text, String year) {
        time(d, text, "DATE", year, year, text.toLowerCase().startsWith("depuis") ? null : year);
    }

    /** Adds an entity of the statistical model found by its (first) text. */
    public static void modelEntity(Document d, String text, String type) {
        int start = d.text().indexOf(text);
        if (start < 0) throw new IllegalArgumentException("not in text: " + text);
        d.addEntity(new Entity(text, type, start, start + text.length(), d.sentenceAt(start), null, Entity.Origin.MODEL));
    }
}
