package fr.vigie.ingest;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.Locale;
import java.util.Set;

/**
 * Collects the article text of an HTML page from Tika's SAX events (with Tika's identity
 * HTML mapper, so that class and id attributes reach it): block elements become
 * paragraphs, furniture elements (navigation, sharing, cookie banners, comments) are
 * skipped with all they contain, and the first {@code <time datetime>} is kept as a
 * publication date candidate, also inside a skipped byline.
 */
final class HtmlArticleHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "table", "tr", "figcaption", "figure", "address", "hr", "body", "title");

    private final HtmlBoilerplate boilerplate;
    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private int skipDepth;
    private boolean skipKeepsTime;
    private int depth;
    private String timeDatetime;
    private boolean truncated;

    HtmlArticleHandler(HtmlBoilerplate boilerplate, int maxChars) {
        this.boilerplate = boilerplate;
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        depth++;
        boolean time = name.equals("time") && timeDatetime == null && atts.getValue("datetime") != null;
        if (skipDepth > 0) {
            if (time && skipKeepsTime) {
                timeDatetime = atts.getValue("datetime");
            }
            return;
        }
        if (boilerplate.skipsElement(name) || boilerplate.marks(atts.getValue("class"))
                || boilerplate.marks(atts.getValue("id")) || "true".equals(atts.getValue("aria-hidden"))
                || atts.getValue("hidden") != null) {
            skipDepth = depth;
            skipKeepsTime = boilerplate.dates(atts.getValue("class")) || boilerplate.dates(atts.getValue("id"));
            if (time && skipKeepsTime) {
                timeDatetime = atts.getValue("datetime");
            }
            return;
        }
        if (time) {
            timeDatetime = atts.getValue("datetime");
        }
        if (name.equals("br")) {
            append("\n");
        } else if (BLOCKS.contains(name)) {
            append("\n\n");
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (skipDepth == depth) {
            skipDepth = 0;
        } else if (skipDepth == 0 && BLOCKS.contains(name)) {
            append("\n\n");
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth == 0) {
            append(new String(ch, start, length));
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void append(String s) {
        if (text.length() + s.length() > maxChars) {
            truncated = true;
            text.append(s, 0, Math.max(0, maxChars - text.length()));
            return;
        }
        text.append(s);
    }

    String text() {
        return text.toString();
    }

    String timeDatetime() {
        return timeDatetime;
    }

    boolean truncated() {
        return truncated;
    }
}
