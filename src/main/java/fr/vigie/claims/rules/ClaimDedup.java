package fr.vigie.claims.rules;

import fr.vigie.lexicon.Words;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.LegalStatus;
import fr.vigie.model.Claim.Modality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One claim per actor, tool, action and polarity: redundant drafts merged, the most informative kept. */
final class ClaimDedup {

    private ClaimDedup() {
    }

    /**
     * One claim per (actor, tool, action) and polarity, unless the statements disagree on
     * time or legal status (then each keeps its own evidence). Of redundant statements the
     * most informative is kept, with its own evidence; each repetition raises its confidence
     * a little. Nothing is copied from one sentence's claim into another's.
     */
    static List<Claim> dedup(List<Draft> drafts) {
        Map<String, List<Draft>> groups = new LinkedHashMap<>();
        Map<Draft, Integer> repeats = new java.util.HashMap<>();
        for (Draft d : drafts) {
            Claim c = d.claim();
            String key = c.actor().canonical() + "\u0000" + c.tool().canonical() + "\u0000" + c.action().type()
                    + "\u0000" + (c.modality() == Modality.NEGATED);
            List<Draft> kept = groups.computeIfAbsent(key, k -> new ArrayList<>());
            boolean merged = false;
            for (int i = 0; i < kept.size(); i++) {
                Draft k = kept.get(i);
                if (compatible(k.claim(), c)) {
                    Draft best = information(d) > information(k) ? d : k;
                    Draft other = best == d ? k : d;
                    if (best.carriedActor() && !other.carriedActor()) {
                        // the sentence that names both the actor and the tool is the evidence; the
                        // continuation lends it the legal basis and time it adds
                        Claim lent = other.claim();
                        if (lent.legal().status() == LegalStatus.UNKNOWN && best.claim().legal().status() != LegalStatus.UNKNOWN) {
                            lent = lent.withLegal(best.claim().legal());
                        }
                        if (lent.time() == null && best.claim().time() != null) lent = lent.withTime(best.claim().time());
                        best = new Draft(lent, other.sentence(), false, other.actorMention());
                    }
                    repeats.put(best, repeats.getOrDefault(k, 0) + 1);
                    kept.set(i, best);
                    merged = true;
                    break;
                }
            }
            if (!merged) kept.add(d);
        }
        List<Claim> out = new ArrayList<>();
        for (List<Draft> g : groups.values()) {
            for (Draft best : g) {
                Claim c = best.claim();
                double conf = Math.min(0.95, c.confidence() + 0.05 * repeats.getOrDefault(best, 0));
                conf = Math.round(conf * 100) / 100.0;
                out.add(c.withConfidence(conf));
            }
        }
        return out;
    }

    private static boolean compatible(Claim a, Claim b) {
        if ((a.modality() == Modality.PLANNED) != (b.modality() == Modality.PLANNED)) return false; // a plan is not the past usage
        String ta = a.time() == null ? null : a.time().value();
        String tb = b.time() == null ? null : b.time().value();
        if (ta != null && tb != null && !ta.equals(tb)) return false;
        LegalStatus la = a.legal().status(), lb = b.legal().status();
        return la == LegalStatus.UNKNOWN || lb == LegalStatus.UNKNOWN || la == lb;
    }

    private static boolean isNoun(Claim c) {
        String a = Words.fold(c.action().text());
        return a.endsWith("tion") || a.endsWith("age") || a.endsWith("ment") || a.endsWith("at") || a.endsWith("ats");
    }

    private static double information(Draft d) {
        Claim c = d.claim();
        double s = c.confidence();
        if (c.time() != null && c.time().value() != null) s += 2;
        if (c.legal().status() != LegalStatus.UNKNOWN) s += 2;
        if (c.place() != null) s += 0.5;
        if (!d.carriedActor()) s += 1;
        if (!c.tool().canonical().isEmpty() && c.action().lemma() != null && !isNoun(c)) s += 0.5; // a verb says more
        return s;
    }
}
