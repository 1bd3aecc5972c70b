package fr.vigie.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A temporal expression with its TIMEX3 value (SPEC §4). {@code type} is DATE, TIME,
 * DURATION, SET or INTERVAL; {@code value} is null when it cannot be resolved (no document
 * date); {@code interval} is the span of time it covers, bounds null where open.
 *
 * <p>{@code parts} are the expressions TimeML marks separately inside this one, each with
 * its own span and value: the two ends of an INTERVAL ("de 18 h à 23 h" → "18 h", "23 h"),
 * a day and its clock time ("le 3 mars à 14 heures" → "le 3 mars", "14 heures"). Null when
 * TimeML marks the expression as one; never empty.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TemporalExpression(String text, int start, int end, String type, String value, String mod,
                                 Interval interval,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) List<TemporalExpression> parts,
                                 @JsonIgnore int sentence) {

    public record Interval(String begin, String end) {
        public static final Interval OPEN = new Interval(null, null);
    }

    public TemporalExpression {
        parts = parts == null || parts.isEmpty() ? null : List.copyOf(parts);
    }

    /** An expression TimeML marks as one. */
    public TemporalExpression(String text, int start, int end, String type, String value, String mod,
                              Interval interval, int sentence) {
        this(text, start, end, type, value, mod, interval, null, sentence);
    }

    public Span span() {
        return new Span(start, end);
    }
}
