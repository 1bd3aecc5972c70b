package fr.vigie.claims.slot;

import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import fr.vigie.model.Sentence;
import fr.vigie.model.TemporalExpression;

/**
 * When: the temporal expression of the evidence sentence that dates the usage, the one
 * nearest to its trigger among those with a begin (a date, an interval, "depuis 2019"). A
 * stated usage that no expression dates happened when the article reports it: it takes the
 * dateline ({@link #dateline}), the expression of the text that gives the document its date,
 * as the rules do; a denial or an allegation states no event and keeps no time. The machine's
 * clock, or a date the text does not write, is never used.
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
    /**
     * The dateline: the first expression of the text whose value is the document's date ("date
     * 2024-03-12", "Publié le 17 juin 2025"); null when the text writes none.
     */
    public static TemporalExpression dateline(Document doc) {
        String date = doc.date() == null ? null : doc.date().value();
        if (date == null) return null;
        for (TemporalExpression te : doc.temporalExpressions()) {
            if (date.equals(te.value()) && "DATE".equals(te.type())) return te;
        }
        return null;
    }

    /** The time of a usage with the given modality: its sentence's, else the dateline for a stated one. */
    public static Claim.Time of(Document doc, int sentence, int anchor, Claim.Modality modality) {
        Claim.Time own = of(doc, sentence, anchor);
        if (own != null || modality == Claim.Modality.NEGATED || modality == Claim.Modality.ALLEGED) return own;
        TemporalExpression d = dateline(doc);
        return d == null ? null : Claim.Time.of(d);
    }
}
