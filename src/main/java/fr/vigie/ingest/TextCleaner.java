package fr.vigie.ingest;

import fr.vigie.pipeline.ModelStore;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns extracted text into the document text that every offset points into:
 * <ul>
 *   <li>line ends unified; soft hyphens and zero-width characters removed; no-break and
 *       thin spaces and tabs become plain spaces (the French tokenizer reads "1 000" with a
 *       no-break space as two tokens);</li>
 *   <li>typographic apostrophes become ' and English-style double quotes become ",
 *       one character for one (« » are kept: they mark quotations);</li>
 *   <li>site furniture lines ({@code models/ingest/boilerplate-lines.txt}) removed;</li>
 *   <li>paragraphs separated by exactly one blank line: a single line break ends a
 *       paragraph (a heading, a teaser) unless it only wraps a sentence (the line does not
 *       end a sentence and the next one starts in lower case), in which case the lines are
 *       joined.</li>
 * </ul>
 * The cleaned text is the reference of the output; the original bytes are identified by
 * {@code document.id}.
 */
public final class TextCleaner {

    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t\\f\\x0B]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final String SENTENCE_END = ".!?:;»\"…)";
    private static final int MAX_BOILERPLATE_LINE = 200;

    private final List<Pattern> boilerplate;

    private TextCleaner(List<Pattern> boilerplate) {
        this.boilerplate = List.copyOf(boilerplate);
    }

    public static TextCleaner load(ModelStore models) {
        List<Pattern> patterns = new ArrayList<>();
        for (ModelStore.DataLine l : models.dataLines("ingest/boilerplate-lines.txt")) {
            try {
                patterns.add(Pattern.compile(l.text().strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw l.error("bad regular expression (" + e.getDescription() + ")");
            }
        }
        return new TextCleaner(patterns);
    }

    public String clean(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        s = INVISIBLE.matcher(s).replaceAll("");
        s = normaliseQuotes(s);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            String l = SPACES.matcher(line).replaceAll(" ").strip();
            if (l.isEmpty()) {
                flush(current, paragraphs);
                continue;
            }
            if (isBoilerplate(l)) {
                continue;
            }
            if (current.length() > 0) {
                if (wrapsSentence(current, l)) {
                    current.append(' ');
                } else {
                    flush(current, paragraphs);
                }
            }
            current.append(l);
        }
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean wrapsSentence(CharSequence previous, String next) {
        char last = previous.charAt(previous.length() - 1);
        return SENTENCE_END.indexOf(last) < 0 && Character.isLowerCase(next.charAt(0));
    }

    private boolean isBoilerplate(String line) {
        if (line.length() > MAX_BOILERPLATE_LINE) {
            return false;
        }
        for (Pattern p : boilerplate) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String normaliseQuotes(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2019', '\u2018', '\u201B', '\u02BC', '\u2032' -> c[i] = '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F' -> c[i] = '"';
                default -> { }
            }
        }
        return new String(c);
    }
}
