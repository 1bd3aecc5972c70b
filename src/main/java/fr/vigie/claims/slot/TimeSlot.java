package fr.vigie.claims.slot;

import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import fr.vigie.model.Sentence;
import fr.vigie.model.TemporalExpression;

/**
 * When: the temporal expression of the evidence sentence that dates the usage, the one
 * nearest to its trigger among those with a begin (a date, an interval, "depuis 2019"); none
 * when the sentence dates nothing. The document date is never lent to a claim.
 */
public final class TimeSlot {

    private TimeSlot() {
    }

    public static Claim.Time of(Document doc, int sentence, int anchor) {
        Sentence s = doc.sentences().get(sentence);
        TemporalExpression best = null;
        int bestGap = Integer.MAX_VALUE;
        for (TemporalExpression t : doc.temporalExpressions()) {
            if (t.start() < s.start() || t.end() > s.end()) continue;
            if (t.interval() == null || t.interval().begin() == null || t.value() == null) continue;
            if (!t.type().equals("DATE") && !t.type().equals("INTERVAL")) continue;
            if (!Character.isDigit(t.interval().begin().charAt(0))) continue;
            int gap = Math.abs(t.start() - anchor);
            if (gap < bestGap) {
                best = t;
                bestGap = gap;
            }
        }
        return best == null ? null : Claim.Time.of(best);
    }
}
