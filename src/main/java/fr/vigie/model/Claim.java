package fr.vigie.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One statement, in one place of the text, that an actor did something with a
 * surveillance tool (docs/output.md, "Claims", says what each field holds and the values
 * of each vocabulary). Optional parts ({@code time}, {@code place}, {@code attribution})
 * are null when the text does not give them. All offsets are character offsets into
 * {@link Document#text()}, end exclusive.
 *
 * <p>Immutable and so safe to share between threads.
 */
@JsonPropertyOrder({"id", "actor", "action", "tool", "time", "place", "legal", "modality",
        "attribution", "evidence", "support", "confidence"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Claim(String id, Actor actor, Action action, Tool tool, Time time, Place place,
                    Legal legal, Modality modality, Attribution attribution, Evidence evidence,
                    List<Support> support, double confidence) {

    public Claim {
        support = support == null ? List.of() : List.copyOf(support);
    }

    /** A claim that stands in its evidence sentence alone. */
    public Claim(String id, Actor actor, Action action, Tool tool, Time time, Place place, Legal legal, Modality modality,
                 Attribution attribution, Evidence evidence, double confidence) {
        this(id, actor, action, tool, time, place, legal, modality, attribution, evidence, List.of(), confidence);
    }

    public Claim withId(String newId) {
        return new Claim(newId, actor, action, tool, time, place, legal, modality, attribution, evidence, support, confidence);
    }

    /** The same claim with another time scope (null: none). */
    public Claim withTime(Time newTime) {
        return new Claim(id, actor, action, tool, newTime, place, legal, modality, attribution, evidence, support, confidence);
    }

    /** The same claim with another legal basis. */
    public Claim withLegal(Legal newLegal) {
        return new Claim(id, actor, action, tool, time, place, newLegal, modality, attribution, evidence, support, confidence);
    }

    /** The same claim drawing also on these sentences. */
    public Claim withSupport(List<Support> newSupport) {
        return new Claim(id, actor, action, tool, time, place, legal, modality, attribution, evidence, newSupport, confidence);
    }

    /** The same claim with another confidence. */
    public Claim withConfidence(double newConfidence) {
        return new Claim(id, actor, action, tool, time, place, legal, modality, attribution, evidence, support, newConfidence);
    }

    public enum ActorType { NATIONAL_POLICE, GENDARMERIE, MUNICIPAL_POLICE, LOCAL_AUTHORITY, STATE, PRIVATE, FOREIGN, OTHER }

    public enum ActionType { USE, ACQUIRE, DEPLOY, EXPERIMENT, RENEW, STOP }

    public enum ToolCategory { VIDEO_ANALYTICS, FACIAL_RECOGNITION, LICENSE_PLATE_RECOGNITION, DRONE, AUDIO_SURVEILLANCE, BIOMETRIC_DATABASE, OTHER }

    public enum LegalStatus { LEGAL, EXPERIMENTAL, ILLEGAL, UNKNOWN }

    public enum Modality { ASSERTED, REPORTED, ALLEGED, NEGATED, PLANNED }

    /** Who did it: the words of the text, and the canonical name shared across documents. */
    public record Actor(String text, String canonical, ActorType type, int start, int end) { }

    /** What was done: the trigger as written, its lemma and its type; offsets of the trigger. */
    public record Action(String text, String lemma, ActionType type, int start, int end) { }

    /** With what: the words of the text, canonical product or technology, vendor (may be null), category. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Tool(String text, String canonical, String vendor, ToolCategory category, int start, int end) { }

    /** The temporal expression that scopes the usage (SPEC §4 fields plus its offsets). */
    public record Time(String text, String type, String value, String mod, TemporalExpression.Interval interval,
                       int start, int end) {

        public static Time of(TemporalExpression t) {
            return new Time(t.text(), t.type(), t.value(), t.mod(), t.interval(), t.start(), t.end());
        }
    }

    /** Where: a town, department, region or country, under its official French name. */
    public record Place(String text, String canonical, int start, int end) { }

    /** The legal basis the text gives: status, ground codes, the words that say it, laws referred to. */
    public record Legal(LegalStatus status, List<String> grounds, String text, List<Reference> references) {

        public static final Legal UNKNOWN = new Legal(LegalStatus.UNKNOWN, List.of(), null, List.of());
    }

    /** A legal text named in the article, with its canonical citation. */
    public record Reference(String text, String canonical) { }

    /** Who says so, when the claim is attributed ("selon Disclose"). */
    public record Attribution(String text, String source) { }

    /** The sentence that states the claim (several sentences when the claim spans them). */
    public record Evidence(int sentence, int start, int end, String text) { }

    /**
     * Another sentence the claim draws a part from (SPEC §3): an actor named before, a tool a
     * phrase refers back to, a date given earlier. {@code parts} names those parts
     * ({@code actor}, {@code action}, {@code tool}, {@code time}, {@code place}, {@code legal},
     * {@code attribution}).
     */
    @JsonPropertyOrder({"sentence", "start", "end", "text", "for"})
    public record Support(int sentence, int start, int end, String text,
                          @com.fasterxml.jackson.annotation.JsonProperty("for") List<String> parts) {

        public Support {
            parts = List.copyOf(parts);
        }
    }
}
