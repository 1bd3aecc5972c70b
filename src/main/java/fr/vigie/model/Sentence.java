package fr.vigie.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A sentence of the document: its index, its span, and the range of its tokens in {@link Document#tokens()}. */
public record Sentence(int index, int start, int end,
                       @JsonIgnore int firstToken, @JsonIgnore int endToken) {

    @JsonIgnore
    public Span span() {
        return new Span(start, end);
    }
}
