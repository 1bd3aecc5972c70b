package fr.vigie.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The one document model every stage reads and enriches. The cleaned {@link #text()} is
 * fixed at construction: every offset of every annotation points into it (character
 * offsets, end exclusive). docs/output.md says what each part means in the output.
 *
 * <p>{@link #id()} is the SHA-256 of the input's bytes; {@link #source()} what the output
 * calls the input (see {@link fr.vigie.Result#source()}); {@link #language()} the ISO 639-1
 * code of the text's language, null when it is too short to tell; {@link #date()} the
 * publication date and where it comes from.
 *
 * <p>Not thread-safe while the pipeline fills it (one document is processed by one
 * thread); once in a {@link fr.vigie.Result} it is no longer changed and may be read from
 * any thread.
 */
public final class Document {

    private final String id;
    private final String source;
    private final String mediaType;
    private final String title;
    private final String text;
    private String language;
    private DocumentDate date;

    private List<Sentence> sentences = List.of();
    private List<Token> tokens = List.of();
    private final List<Entity> entities = new ArrayList<>();
    private List<TemporalExpression> temporalExpressions = List.of();
    private List<Claim> claims = List.of();
    private final List<Warning> warnings = new ArrayList<>();

    public Document(String id, String source, String mediaType, String title, String text,
                    String language, DocumentDate date) {
        this.id = id;
        this.source = source;
        this.mediaType = mediaType;
        this.title = title;
        this.text = Objects.requireNonNull(text, "text");
        this.language = language;
        this.date = date == null ? DocumentDate.NONE : date;
    }

    public String id() { return id; }
    public String source() { return source; }
    public String mediaType() { return mediaType; }
    public String title() { return title; }
    public String text() { return text; }
    public String language() { return language; }
    public DocumentDate date() { return date; }
    public List<Sentence> sentences() { return sentences; }
    public List<Token> tokens() { return tokens; }
    public List<Entity> entities() { return Collections.unmodifiableList(entities); }
    public List<TemporalExpression> temporalExpressions() { return temporalExpressions; }
    public List<Claim> claims() { return claims; }
    public List<Warning> warnings() { return Collections.unmodifiableList(warnings); }

    public void setLanguage(String language) { this.language = language; }
    public void setDate(DocumentDate date) { this.date = date == null ? DocumentDate.NONE : date; }
    public void setSentences(List<Sentence> sentences) { this.sentences = List.copyOf(sentences); }
    public void setTokens(List<Token> tokens) { this.tokens = List.copyOf(tokens); }
    public void setTemporalExpressions(List<TemporalExpression> t) { this.temporalExpressions = List.copyOf(t); }
    public void setClaims(List<Claim> claims) { this.claims = List.copyOf(claims); }

    /** Replaces all entities (a gazetteer stage that overrides the statistical model uses this). */
    public void setEntities(List<Entity> newEntities) {
        entities.clear();
        entities.addAll(newEntities);
    }

    public void addEntity(Entity e) { entities.add(e); }

    public void addWarning(Warning w) {
        if (!warnings.contains(w)) {
            warnings.add(w);
        }
    }

    /** The text of a span. */
    public String cut(int start, int end) {
        return text.substring(start, end);
    }

    /** The tokens of a sentence. */
    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** The index of the sentence containing {@code offset}, or -1. */
    public int sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
