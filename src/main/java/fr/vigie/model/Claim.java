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
        "attribution", "evidence", "confidence"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Claim(String id, Actor actor, Action action, Tool tool, Time time, Place place,
                    Legal legal, Modality modality, Attribution attribution, Evidence evidence,
                    double confidence) {

    public Claim withId(String newId) {
        return new Claim(newId, actor, action, tool, time, place, legal, modality, attribution, evidence, confidence);
    }

    /** The same claim with another time scope (null: none). */
    public Claim withTime(Time newTime) {
        return new Claim(id, actor, action, tool, newTime, place, legal, modality, attribution, evidence, confidence);
    }

    /** The same claim with another legal basis. */
    public Claim withLegal(Legal newLegal) {
        return new Claim(id, actor, action, tool, time, place, newLegal, modality, attribution, evidence, confidence);
    }

    /** The same claim with another confidence. */
    public Claim withConfidence(double newConfidence) {
        return new Claim(id, actor, action, tool, time, place, legal, modality, attribution, evidence, newConfidence);
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
}
