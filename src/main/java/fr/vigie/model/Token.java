package fr.vigie.model;

/**
 * A token as the tagger sees it. {@code start}/{@code end} point into the document text;
 * {@code word} is the tagger's form, which can differ from the covered text (the
 * multi-word-token stage splits "du" into "de" + "le", both with the offsets of "du").
 * {@code pos} is a Universal Dependencies tag (VERB, AUX, NOUN, PROPN…), {@code ner}
 * the statistical model's label or "O".
 */
public record Token(int index, int start, int end, String word, String pos, String ner, int sentence) {

    public Span span() {
        return new Span(start, end);
    }
}
