package fr.vigie.register;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One Vigie output record (SPEC §2) as the register stores it. The reader is tolerant:
 * fields it does not know are ignored, optional parts may be absent or null; only what a
 * row cannot do without (the document's id and source, a claim's id, actor, action type
 * and tool) makes the record a problem.
 */
record OutputRecord(String id, String sha256, String source, String mediaType, String title, String language,
                    String date, String dateOrigin, Integer length, String status, String errorCode,
                    String errorMessage, String warnings, String text, String schemaVersion, List<ClaimRow> claims) {

    /** A record that cannot be stored, and why. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** One claim, flattened into the columns of the {@code claims} table. */
    record ClaimRow(String claimId, String actorKey, String toolKey,
                    String actorText, String actorCanonical, String actorType, Integer actorStart, Integer actorEnd,
                    String actionText, String actionLemma, String actionType, Integer actionStart, Integer actionEnd,
                    String toolText, String toolCanonical, String toolVendor, String toolCategory,
                    Integer toolStart, Integer toolEnd,
                    String timeText, String timeType, String timeValue, String timeMod, String timeBegin,
                    String timeEnd, Integer timeStart, Integer timeStop,
                    String placeText, String placeCanonical,
                    String legalStatus, String legalGrounds, String legalText, String legalReferences,
                    String modality, String attributionText, String attributionSource,
                    Integer evidenceSentence, Integer evidenceStart, Integer evidenceEnd, String evidenceText,
                    String support, Double confidence) { }

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    static OutputRecord of(JsonNode r) throws Invalid {
        if (!r.has("schemaVersion") || !r.path("document").isObject() || !r.has("status")) {
            throw new Invalid("not a Vigie output record (schemaVersion, status and document expected)");
        }
        String status = text(r, "status");
        if (!"ok".equals(status) && !"error".equals(status)) {
            throw new Invalid("status is neither \"ok\" nor \"error\": " + status);
        }
        JsonNode d = r.get("document");
        String source = text(d, "source");
        if (source == null) {
            throw new Invalid("document.source is missing");
        }
        String sha = text(d, "id");
        if (sha != null && !SHA256.matcher(sha).matches()) {
            throw new Invalid("document.id is not a SHA-256 in hexadecimal: " + sha);
        }
        if (sha == null && "ok".equals(status)) {
            throw new Invalid("document.id is missing");
        }
        String id = sha != null ? sha : "unread:" + source;
        JsonNode date = d.path("date");
        JsonNode error = r.path("error");
        JsonNode warnings = r.get("warnings");
        List<ClaimRow> claims = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode cs = r.path("claims");
        if ("ok".equals(status) && cs.isArray()) {
            int i = 0;
            for (JsonNode c : cs) {
                i++;
                ClaimRow row = claim(c, i);
                if (!ids.add(row.claimId())) {
                    throw new Invalid("two claims have the id " + row.claimId());
                }
                claims.add(row);
            }
        } else if (!cs.isMissingNode() && !cs.isNull() && !cs.isArray()) {
            throw new Invalid("claims is not an array");
        }
        return new OutputRecord(id, sha, source, text(d, "mediaType"), text(d, "title"), text(d, "language"),
                text(date, "value"), text(date, "origin"), integer(d, "length"), status,
                text(error, "code"), text(error, "message"),
                warnings == null || warnings.isNull() ? null : warnings.toString(),
                text(d, "text"), text(r, "schemaVersion"), claims);
    }

    private static ClaimRow claim(JsonNode c, int position) throws Invalid {
        String id = text(c, "id");
        if (id == null) {
            throw new Invalid("claim " + position + " has no id");
        }
        JsonNode actor = c.path("actor");
        JsonNode action = c.path("action");
        JsonNode tool = c.path("tool");
        String actorKey = firstNonBlank(text(actor, "canonical"), text(actor, "text"));
        String toolKey = firstNonBlank(text(tool, "canonical"), text(tool, "text"));
        String actionType = text(action, "type");
        if (actorKey == null || toolKey == null || actionType == null) {
            throw new Invalid("claim " + id + " lacks an actor, a tool or an action type");
        }
        JsonNode time = c.path("time");
        JsonNode interval = time.path("interval");
        JsonNode place = c.path("place");
        JsonNode legal = c.path("legal");
        JsonNode attribution = c.path("attribution");
        JsonNode evidence = c.path("evidence");
        JsonNode grounds = legal.get("grounds");
        JsonNode refs = legal.get("references");
        JsonNode support = c.get("support");
        return new ClaimRow(id, actorKey.strip(), toolKey.strip(),
                text(actor, "text"), text(actor, "canonical"), text(actor, "type"),
                integer(actor, "start"), integer(actor, "end"),
                text(action, "text"), text(action, "lemma"), actionType,
                integer(action, "start"), integer(action, "end"),
                text(tool, "text"), text(tool, "canonical"), text(tool, "vendor"), text(tool, "category"),
                integer(tool, "start"), integer(tool, "end"),
                text(time, "text"), text(time, "type"), text(time, "value"), text(time, "mod"),
                text(interval, "begin"), text(interval, "end"), integer(time, "start"), integer(time, "end"),
                text(place, "text"), text(place, "canonical"),
                text(legal, "status"), json(grounds), text(legal, "text"), json(refs),
                text(c, "modality"), text(attribution, "text"), text(attribution, "source"),
                integer(evidence, "sentence"), integer(evidence, "start"), integer(evidence, "end"),
                text(evidence, "text"), json(support),
                c.path("confidence").isNumber() ? c.get("confidence").asDouble() : null);
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    private static String json(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.toString();
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.canConvertToInt() && v.isIntegralNumber() ? v.asInt() : null;
    }
}
