package fr.vigie.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A temporal expression with its TIMEX3 value (SPEC §4). {@code type} is DATE, TIME,
 * DURATION, SET or INTERVAL; {@code value} is null when it cannot be resolved (no document
 * date); {@code interval} is the span of time it covers, bounds null where open.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TemporalExpression(String text, int start, int end, String type, String value, String mod,
                                 Interval interval, @JsonIgnore int sentence) {

    public record Interval(String begin, String end) {
        public static final Interval OPEN = new Interval(null, null);
    }

    public Span span() {
        return new Span(start, end);
    }
}
