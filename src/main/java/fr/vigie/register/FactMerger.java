package fr.vigie.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Merges the claims about one actor and one tool into facts, one per action, and finds
 * where their sources disagree. Pure: it reads the claims it is given and nothing else.
 *
 * <p>The time span of a fact is taken from its factual claims (asserted, reported,
 * alleged) when it has any, otherwise from all of them (a fact only planned or only
 * denied): the earliest first day any of them begins, and the latest last day any of them
 * ends. The disagreements recorded, each with every version and how many sources state it,
 * when the versions come from two documents or more:
 * <ul>
 * <li>{@code legal_status}: claims state different statuses among LEGAL, EXPERIMENTAL and
 *     ILLEGAL (UNKNOWN states nothing);</li>
 * <li>{@code begin}: claims that say since when ("depuis 2015", an interval open at its
 *     end) give different years;</li>
 * <li>{@code negation}: a claim denies what another asserts, reports or alleges;</li>
 * <li>{@code stopped_vs_ongoing}: one source says the actor stopped using the tool while
 *     another, not known to be older than the stop, says the use goes on; recorded on both
 *     facts (the STOP one and the ongoing one).</li>
 * </ul>
 */
final class FactMerger {

    static final Set<String> FACTUAL = Set.of("ASSERTED", "REPORTED", "ALLEGED");
    private static final Set<String> STATED_STATUSES = Set.of("LEGAL", "EXPERIMENTAL", "ILLEGAL");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A claim as merging needs it, with the publication date of its document. */
    record SourceClaim(String documentId, String claimId, String actorType, String action, String toolVendor,
                       String toolCategory, String timeValue, String timeBegin, String timeEnd, String legalStatus,
                       String legalGrounds, String modality, String place, String published) {

        boolean factual() {
            return modality == null || FACTUAL.contains(modality);
        }

        /** Says since when, and leaves the end open ("depuis 2015"), or speaks of the present. */
        boolean ongoing() {
            return timeBegin != null && timeEnd == null && TimexBounds.of(timeBegin) != null
                    || "PRESENT_REF".equals(timeValue);
        }
    }

    record Conflict(String kind, String detail) { }

    record Fact(String id, String actor, String actorType, String action, String tool, String toolVendor,
                String toolCategory, String begin, String end, Integer beginYear, Integer endYear, boolean ongoing,
                String legalStatuses, String legalGrounds, String modalities, String places, int sources,
                int claims, String firstPublished, String lastPublished, List<Conflict> conflicts,
                List<SourceClaim> support) {

        String conflictKinds() {
            if (conflicts.isEmpty()) {
                return null;
            }
            return String.join(";", conflicts.stream().map(Conflict::kind).toList());
        }
    }

    private FactMerger() {
    }

    /** The facts of one actor and tool, in action order; {@code claims} all name them. */
    static List<Fact> merge(String actor, String tool, List<SourceClaim> claims) {
        Map<String, List<SourceClaim>> byAction = new TreeMap<>();
        for (SourceClaim c : claims) {
            byAction.computeIfAbsent(c.action(), a -> new ArrayList<>()).add(c);
        }
        Map<String, List<Conflict>> conflicts = new LinkedHashMap<>();
        for (var e : byAction.entrySet()) {
            conflicts.put(e.getKey(), new ArrayList<>(withinFact(e.getValue())));
        }
        List<SourceClaim> stops = byAction.getOrDefault("STOP", List.of()).stream().filter(SourceClaim::factual).toList();
        if (!stops.isEmpty()) {
            for (var e : byAction.entrySet()) {
                if (e.getKey().equals("STOP")) {
                    continue;
                }
                List<String> versions = stoppedVsOngoing(stops, e.getValue());
                if (!versions.isEmpty()) {
                    String detail = String.join("; ", versions);
                    conflicts.get(e.getKey()).add(new Conflict("stopped_vs_ongoing", detail));
                    List<Conflict> onStop = conflicts.get("STOP");
                    String stopDetail = e.getKey() + ": " + detail;
                    onStop.stream().filter(c -> c.kind().equals("stopped_vs_ongoing")).findFirst().ifPresentOrElse(
                            c -> onStop.set(onStop.indexOf(c), new Conflict(c.kind(), c.detail() + " | " + stopDetail)),
                            () -> onStop.add(new Conflict("stopped_vs_ongoing", stopDetail)));
                }
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (var e : byAction.entrySet()) {
            facts.add(fact(actor, tool, e.getKey(), e.getValue(), conflicts.get(e.getKey())));
        }
        return facts;
    }

    static String factId(String actor, String tool, String action) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((actor + '\u001f' + tool + '\u001f' + action).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Fact fact(String actor, String tool, String action, List<SourceClaim> claims,
                             List<Conflict> conflicts) {
        List<SourceClaim> span = claims.stream().anyMatch(SourceClaim::factual)
                ? claims.stream().filter(SourceClaim::factual).toList() : claims;
        String begin = null;
        LocalDate beginDay = null;
        String end = null;
        LocalDate endDay = null;
        boolean ongoing = false;
        for (SourceClaim c : span) {
            TimexBounds b = TimexBounds.of(c.timeBegin());
            if (b != null && (beginDay == null || b.first().isBefore(beginDay))) {
                beginDay = b.first();
                begin = c.timeBegin();
            }
            TimexBounds e = TimexBounds.of(c.timeEnd());
            if (e != null && (endDay == null || e.last().isAfter(endDay))) {
                endDay = e.last();
                end = c.timeEnd();
            }
            ongoing |= c.ongoing();
        }
        TreeSet<String> published = new TreeSet<>(Comparator.comparing(FactMerger::firstDay));
        for (SourceClaim c : claims) {
            if (c.published() != null && TimexBounds.of(c.published()) != null) {
                published.add(c.published());
            }
        }
        TreeSet<String> grounds = new TreeSet<>();
        for (SourceClaim c : claims) {
            grounds.addAll(list(c.legalGrounds()));
        }
        return new Fact(factId(actor, tool, action), actor, mostFrequent(claims, SourceClaim::actorType), action, tool,
                mostFrequent(claims, SourceClaim::toolVendor), mostFrequent(claims, SourceClaim::toolCategory),
                begin, end, beginDay == null ? null : beginDay.getYear(), endDay == null ? null : endDay.getYear(),
                ongoing, joined(claims, SourceClaim::legalStatus), grounds.isEmpty() ? null : String.join(";", grounds),
                joined(claims, SourceClaim::modality), joined(claims, SourceClaim::place),
                (int) claims.stream().map(SourceClaim::documentId).distinct().count(), claims.size(),
                published.isEmpty() ? null : published.first(), published.isEmpty() ? null : published.last(),
                conflicts.stream().sorted(Comparator.comparing(Conflict::kind)).toList(), List.copyOf(claims));
    }

    private static List<Conflict> withinFact(List<SourceClaim> claims) {
        List<Conflict> out = new ArrayList<>();
        Map<String, Set<String>> statuses = new TreeMap<>();
        for (SourceClaim c : claims) {
            if (c.legalStatus() != null && STATED_STATUSES.contains(c.legalStatus())) {
                statuses.computeIfAbsent(c.legalStatus(), s -> new TreeSet<>()).add(c.documentId());
            }
        }
        if (disagree(statuses)) {
            out.add(new Conflict("legal_status", versions(statuses)));
        }
        Map<String, Set<String>> begins = new TreeMap<>();
        for (SourceClaim c : claims) {
            if (c.factual() && c.ongoing() && c.timeBegin() != null) {
                begins.computeIfAbsent(String.valueOf(TimexBounds.of(c.timeBegin()).first().getYear()),
                        y -> new TreeSet<>()).add(c.documentId());
            }
        }
        if (disagree(begins)) {
            out.add(new Conflict("begin", "since " + versions(begins)));
        }
        Set<String> denying = new TreeSet<>();
        Set<String> stating = new TreeSet<>();
        for (SourceClaim c : claims) {
            if ("NEGATED".equals(c.modality())) {
                denying.add(c.documentId());
            } else if (c.factual()) {
                stating.add(c.documentId());
            }
        }
        if (!denying.isEmpty() && !stating.isEmpty() && disagree(Map.of("denied", denying, "stated", stating))) {
            out.add(new Conflict("negation", "stated by " + count(stating) + ", denied by " + count(denying)));
        }
        return out;
    }

    private static List<String> stoppedVsOngoing(List<SourceClaim> stops, List<SourceClaim> uses) {
        Set<String> stopping = new TreeSet<>();
        Set<String> goingOn = new TreeSet<>();
        for (SourceClaim use : uses) {
            if (!use.factual() || !use.ongoing()) {
                continue;
            }
            for (SourceClaim stop : stops) {
                if (stop.documentId().equals(use.documentId())) {
                    continue; // one article telling the whole story is no disagreement
                }
                LocalDate stoppedOn = firstDay(stop.timeBegin() != null ? stop.timeBegin() : stop.published());
                LocalDate said = lastDay(use.published());
                // the ongoing account is older than the stop: both can be true
                if (stoppedOn != null && said != null && said.isBefore(stoppedOn)) {
                    continue;
                }
                stopping.add(stop.documentId());
                goingOn.add(use.documentId());
            }
        }
        if (stopping.isEmpty()) {
            return List.of();
        }
        return List.of("stopped according to " + count(stopping), "ongoing according to " + count(goingOn));
    }

    /**
     * Two versions or more, held by two documents or more: some document says one thing and
     * another document another. One article that tells both sides is no disagreement of sources
     * (its claims still show both).
     */
    private static boolean disagree(Map<String, Set<String>> documentsByVersion) {
        Set<String> all = new TreeSet<>();
        documentsByVersion.values().forEach(all::addAll);
        return documentsByVersion.size() > 1 && all.size() > 1;
    }

    private static String versions(Map<String, Set<String>> bySources) {
        List<String> parts = new ArrayList<>();
        bySources.forEach((v, docs) -> parts.add(v + " (" + count(docs) + ")"));
        return String.join(" vs ", parts);
    }

    private static String count(Set<String> documents) {
        return documents.size() == 1 ? "1 source" : documents.size() + " sources";
    }

    private static LocalDate firstDay(String value) {
        TimexBounds b = TimexBounds.of(value);
        return b == null ? null : b.first();
    }

    private static LocalDate lastDay(String value) {
        TimexBounds b = TimexBounds.of(value);
        return b == null ? null : b.last();
    }

    private static String mostFrequent(List<SourceClaim> claims, Function<SourceClaim, String> f) {
        Map<String, Integer> n = new TreeMap<>();
        for (SourceClaim c : claims) {
            String v = f.apply(c);
            if (v != null) {
                n.merge(v, 1, Integer::sum);
            }
        }
        return n.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String joined(List<SourceClaim> claims, Function<SourceClaim, String> f) {
        TreeSet<String> values = new TreeSet<>();
        for (SourceClaim c : claims) {
            String v = f.apply(c);
            if (v != null && !v.isBlank()) {
                values.add(v);
            }
        }
        return values.isEmpty() ? null : String.join(";", values);
    }

    private static List<String> list(String jsonArray) {
        if (jsonArray == null) {
            return List.of();
        }
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode n : MAPPER.readTree(jsonArray)) {
                if (n.isTextual()) {
                    out.add(n.asText());
                }
            }
            return out;
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
