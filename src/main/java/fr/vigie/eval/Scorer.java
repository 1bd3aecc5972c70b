package fr.vigie.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.vigie.eval.NameNormaliser.aliasMatch;
import static fr.vigie.eval.NameNormaliser.containsWords;
import static fr.vigie.eval.NameNormaliser.norm;

/**
 * The scoring of SPEC §5, exactly: an output document (as JSON) against its gold
 * annotation. The counts of several documents add up in {@link Counts}; figures are
 * computed from the totals.
 */
public final class Scorer {

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

    private Scorer() {
    }

    /**
     * Scores one document. {@code prediction} is null when there is no output for it.
     * Detail lines (FOUND, MISS, FP, TIMEX …) go to {@code detail} when it is not null.
     */
    public static Counts score(JsonNode gold, JsonNode prediction, String name, Consumer<String> detail) {
        Counts r = new Counts();
        List<JsonNode> claims = list(prediction == null ? null : prediction.get("claims"));
        List<JsonNode> goldClaims = list(gold.get("claims"));
        Set<Integer> found = new LinkedHashSet<>();
        Map<Integer, List<JsonNode>> matches = new HashMap<>();
        Set<List<String>> fpPairs = new HashSet<>();
        for (JsonNode pc : claims) {
            List<String> actor = listOf(text(pc, "actor", "text"), text(pc, "actor", "canonical"));
            List<String> tool = listOf(text(pc, "tool", "text"), text(pc, "tool", "canonical"), text(pc, "tool", "vendor"));
            boolean hit = false;
            for (int i = 0; i < goldClaims.size(); i++) {
                JsonNode gc = goldClaims.get(i);
                if (aliasMatch(actor, strings(gc.get("actor"))) && aliasMatch(tool, strings(gc.get("tool")))) {
                    matches.computeIfAbsent(i, k -> new ArrayList<>()).add(pc);
                    found.add(i);
                    hit = true;
                }
            }
            if (!hit) {
                fpPairs.add(List.of(norm(or(text(pc, "actor", "canonical"), text(pc, "actor", "text"))),
                        norm(or(text(pc, "tool", "canonical"), text(pc, "tool", "text")))));
            }
        }
        List<Integer> required = new ArrayList<>();
        for (int i = 0; i < goldClaims.size(); i++) {
            if (isRequired(goldClaims.get(i))) {
                required.add(i);
            }
        }
        r.add("gold_required", required.size());
        r.add("found_required", required.stream().filter(found::contains).count());
        r.add("found_any", found.size());
        r.add("fp", fpPairs.size());
        for (int i : found) {
            JsonNode g = goldClaims.get(i);
            List<JsonNode> ps = matches.get(i);
            String begin = textOrNull(g.get("begin"));
            if (truthy(begin)) {
                r.add("time_gold", 1);
                String goldYear = year(begin);
                if (ps.stream().anyMatch(p -> Objects.equals(year(or(text(p, "time", "interval", "begin"),
                        text(p, "time", "begin"), text(p, "time", "value"))), goldYear))) {
                    r.add("time_ok", 1);
                }
            }
            List<String> status = strings(g.get("status"));
            if (!status.isEmpty() && !status.equals(List.of("UNKNOWN"))) {
                r.add("status_gold", 1);
                if (ps.stream().anyMatch(p -> status.contains(text(p, "legal", "status")))) {
                    r.add("status_ok", 1);
                }
            }
            List<String> modality = strings(g.get("modality"));
            if (!modality.isEmpty()) {
                r.add("modality_gold", 1);
                if (ps.stream().anyMatch(p -> modality.contains(text(p, "modality")))) {
                    r.add("modality_ok", 1);
                }
            }
            List<String> action = strings(g.get("action"));
            if (!action.isEmpty()) {
                r.add("action_gold", 1);
                if (ps.stream().anyMatch(p -> action.contains(text(p, "action", "type")))) {
                    r.add("action_ok", 1);
                }
            }
        }
        if (detail != null) {
            for (int i = 0; i < goldClaims.size(); i++) {
                JsonNode g = goldClaims.get(i);
                String mark = found.contains(i) ? "FOUND" : (isRequired(g) ? "MISS " : "miss?");
                detail.accept("  " + name + " " + mark + " " + first(g.get("actor")) + " / " + first(g.get("tool")));
                if (found.contains(i)) attributeErrors(g, matches.get(i), name, detail);
            }
            fpPairs.stream().sorted(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)))
                    .forEach(p -> detail.accept("  " + name + " FP    " + p.get(0) + " / " + p.get(1)));
        }
        scoreTimexes(gold, prediction, name, detail, r);
        return r;
    }

    /** One line per attribute of a matched gold claim that no matching prediction gets right. */
    private static void attributeErrors(JsonNode g, List<JsonNode> ps, String name, Consumer<String> detail) {
        String begin = textOrNull(g.get("begin"));
        if (truthy(begin) && ps.stream().noneMatch(p -> Objects.equals(year(or(text(p, "time", "interval", "begin"),
                text(p, "time", "begin"), text(p, "time", "value"))), year(begin)))) {
            detail.accept("  " + name + "   TIME     gold " + begin + " got "
                    + ps.stream().map(p -> String.valueOf(text(p, "time", "text"))).toList());
        }
        String[][] fields = {{"STATUS  ", "status", "legal", "status"}, {"MODALITY", "modality", "modality", null},
                {"ACTION  ", "action", "action", "type"}};
        for (String[] f : fields) {
            List<String> accepted = strings(g.get(f[1]));
            if (accepted.isEmpty() || accepted.equals(List.of("UNKNOWN")) && f[1].equals("status")) continue;
            List<String> got = ps.stream().map(p -> f[3] == null ? text(p, f[2]) : text(p, f[2], f[3])).toList();
            if (got.stream().noneMatch(accepted::contains)) {
                detail.accept("  " + name + "   " + f[0] + " gold " + accepted + " got " + got);
            }
        }
    }

    private static void scoreTimexes(JsonNode gold, JsonNode prediction, String name, Consumer<String> detail,
                                     Counts r) {
        List<JsonNode> gt = list(gold.get("timex"));
        List<JsonNode> pt = list(prediction == null ? null : prediction.get("temporalExpressions"));
        r.add("timex_gold", gt.stream().filter(Scorer::isRequired).count());
        r.add("timex_pred", pt.size());
        record Pair(double score, int gold, int pred) { }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < gt.size(); i++) {
            String gn = norm(text(gt.get(i), "text"));
            for (int j = 0; j < pt.size(); j++) {
                String pn = norm(text(pt.get(j), "text"));
                if (!pn.isEmpty() && !gn.isEmpty() && (containsWords(pn, gn) || containsWords(gn, pn))) {
                    pairs.add(new Pair((double) Math.min(pn.length(), gn.length()) / Math.max(pn.length(), gn.length()),
                            i, j));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()));
        Set<Integer> goldUsed = new HashSet<>();
        Set<Integer> predUsed = new HashSet<>();
        Map<Integer, Integer> assign = new TreeMap<>();
        for (Pair p : pairs) {
            if (goldUsed.contains(p.gold()) || predUsed.contains(p.pred())) {
                continue;
            }
            goldUsed.add(p.gold());
            predUsed.add(p.pred());
            assign.put(p.gold(), p.pred());
        }
        r.add("timex_match_any", assign.size());
        for (int i = 0; i < gt.size(); i++) {
            JsonNode g = gt.get(i);
            boolean req = isRequired(g);
            if (!assign.containsKey(i)) {
                if (detail != null && req) {
                    detail.accept("  " + name + " TIMEX MISS " + repr(text(g, "text")) + " = " + show(g.get("value")));
                }
                continue;
            }
            if (!req) {
                continue;
            }
            r.add("timex_match", 1);
            JsonNode p = pt.get(assign.get(i));
            String pv = textOrNull(p.get("value"));
            JsonNode gv = g.get("value");
            boolean ok;
            if (gv != null && gv.isArray()) {
                ok = strings(gv, true).contains(pv);
            } else {
                ok = Objects.equals(pv, textOrNull(gv));
            }
            if (ok) {
                r.add("timex_value_ok", 1);
            } else if (detail != null) {
                detail.accept("  " + name + " TIMEX VALUE " + repr(text(g, "text")) + ": gold " + show(gv) + " got "
                        + show(p.get("value")) + " (" + repr(text(p, "text")) + ")");
            }
        }
        if (detail != null) {
            for (int j = 0; j < pt.size(); j++) {
                if (!predUsed.contains(j)) {
                    detail.accept("  " + name + " TIMEX FP   " + repr(text(pt.get(j), "text")) + " = "
                            + show(pt.get(j).get("value")));
                }
            }
        }
    }

    static String year(String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        Matcher m = YEAR.matcher(v);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isRequired(JsonNode g) {
        JsonNode r = g.get("required");
        return r == null || r.isNull() || r.asBoolean(true);
    }

    private static boolean truthy(String s) {
        return s != null && !s.isEmpty();
    }

    private static String or(String... values) {
        for (String v : values) {
            if (truthy(v)) {
                return v;
            }
        }
        return null;
    }

    private static String text(JsonNode n, String... path) {
        JsonNode cur = n;
        for (String p : path) {
            if (cur == null || !cur.isObject()) {
                return null;
            }
            cur = cur.get(p);
        }
        return textOrNull(cur);
    }

    private static String textOrNull(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        return n.asText();
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    private static List<String> strings(JsonNode n) {
        return strings(n, false);
    }

    private static List<String> strings(JsonNode n, boolean keepNulls) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            for (JsonNode e : n) {
                String t = textOrNull(e);
                if (t != null || keepNulls) {
                    out.add(t);
                }
            }
        } else {
            out.add(n.asText());
        }
        return out;
    }

    private static List<String> listOf(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static String first(JsonNode n) {
        List<String> s = strings(n);
        return s.isEmpty() ? "" : s.get(0);
    }

    private static String repr(String s) {
        return s == null ? "None" : "'" + s + "'";
    }

    private static String show(JsonNode v) {
        if (v == null || v.isNull()) {
            return "None";
        }
        return v.isTextual() ? v.asText() : v.toString();
    }
}
