package fr.vigie.claims.slot;

import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import fr.vigie.model.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The other sentences a claim rests on (SPEC §3 {@code support}): every part of the claim
 * whose words lie outside its evidence sentence (an actor named before, a date given in the
 * opening, a tool a later phrase refers back to), plus the sentences a part was resolved
 * through, each with the parts it gives.
 */
public final class SupportSlot {

    private SupportSlot() {
    }

    /** The claim with its support; {@code extra} maps more sentences to the parts they give (e.g. a tool's antecedent). */
    public static Claim withSupport(Document doc, Claim c, Map<Integer, List<String>> extra) {
        Map<Integer, List<String>> parts = new LinkedHashMap<>();
        int ev = c.evidence().sentence();
        add(doc, parts, ev, c.actor().start(), c.actor().end(), "actor");
        add(doc, parts, ev, c.tool().start(), c.tool().end(), "tool");
        add(doc, parts, ev, c.action().start(), c.action().end(), "action");
        if (c.time() != null) add(doc, parts, ev, c.time().start(), c.time().end(), "time");
        if (c.place() != null) add(doc, parts, ev, c.place().start(), c.place().end(), "place");
        // a legal basis or an attribution quoted from another sentence: the nearest one that holds its words
        if (c.legal() != null) quoted(doc, parts, ev, c.legal().text(), "legal");
        if (c.attribution() != null) quoted(doc, parts, ev, c.attribution().text(), "attribution");
        for (Map.Entry<Integer, List<String>> e : extra.entrySet()) {
            if (e.getKey() == ev || e.getKey() < 0 || e.getKey() >= doc.sentences().size()) continue;
            for (String p : e.getValue()) {
                List<String> l = parts.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                if (!l.contains(p)) l.add(p);
            }
        }
        List<Claim.Support> out = new ArrayList<>();
        parts.keySet().stream().sorted().forEach(k -> {
            Sentence s = doc.sentences().get(k);
            out.add(new Claim.Support(k, s.start(), s.end(), doc.cut(s.start(), s.end()), parts.get(k)));
        });
        return c.withSupport(out);
    }

    private static void quoted(Document doc, Map<Integer, List<String>> parts, int evidence, String words, String part) {
        if (words == null || words.isEmpty()) return;
        String text = doc.text();
        int best = -1;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int s = doc.sentenceAt(at);
            if (s < 0 || at + words.length() > doc.sentences().get(s).end()) continue;
            if (s == evidence) return;
            if (best < 0 || Math.abs(s - evidence) < Math.abs(best - evidence)) best = s;
        }
        if (best >= 0) {
            List<String> l = parts.computeIfAbsent(best, k -> new ArrayList<>());
            if (!l.contains(part)) l.add(part);
        }
    }

    private static void add(Document doc, Map<Integer, List<String>> parts, int evidence, int start, int end, String part) {
        if (end <= start) return;
        int s = doc.sentenceAt(start);
        if (s < 0 || s == evidence) return;
        List<String> l = parts.computeIfAbsent(s, k -> new ArrayList<>());
        if (!l.contains(part)) l.add(part);
    }
}
