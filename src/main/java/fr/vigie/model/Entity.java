package fr.vigie.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A named mention. {@code type} is PER, ORG, LOC or MISC from the statistical model, or a
 * domain type added by the gazetteers (TOOL, VENDOR, ACTOR, LAW, REGULATOR, PLACE…).
 * {@code canonical} is set for gazetteer entities; {@code origin} says who found it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(String text, String type, int start, int end, int sentence,
                     String canonical, @JsonIgnore Origin origin) {

    public enum Origin { MODEL, GAZETTEER }

    public Span span() {
        return new Span(start, end);
    }
}
