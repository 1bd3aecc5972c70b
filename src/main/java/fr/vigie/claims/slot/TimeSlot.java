package fr.vigie.claims.slot;

import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import fr.vigie.model.Sentence;
import fr.vigie.model.TemporalExpression;
import java.util.List;

/**
 * When: the temporal expression of the evidence sentence that dates the usage, the one
 * nearest to its trigger among those with a begin (a date, an interval, "depuis 2019"). A
 * stated usage that no expression dates, in the past of a story, is when the story is: a time
 * that opens one of the two sentences before ("En mars 2022, …"), else the last date written
 * with its number in the sentence just before, both in the same paragraph; a plan takes
 * neither. Otherwise it happened when the article reports it: it takes the
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
        if (modality != Claim.Modality.PLANNED) {
            TemporalExpression opening = storyOpening(doc, sentence);
            if (opening == null) opening = lastEventBefore(doc, sentence);
            if (opening != null) return Claim.Time.of(opening);
        }
        if (toldAsDone(doc, anchor)) return null;
        TemporalExpression d = dateline(doc);
        return d == null ? null : Claim.Time.of(d);
    }

    /**
     * Whether the usage verb at {@code trigger} is a past infinitive: "sanctionnée pour avoir
     * utilisé des drones", "l'une des premières à avoir équipé sa police", "accusée de les avoir
     * installées". The usage is done before the article tells it, so the dateline is not its time.
     */
    public static boolean toldAsDone(Document doc, int trigger) {
        String text = doc.text();
        if (trigger <= 0 || trigger > text.length()) return false;
        int from = Math.max(0, trigger - 40);
        List<fr.vigie.lexicon.Word> ws = fr.vigie.lexicon.Words.of(text, from, trigger);
        int k = ws.size() - 1;
        // "avoir été installées": the passive's auxiliary
        if (k >= 0 && ws.get(k).norm().equals("ete")) k--;
        // "les avoir installées", "l'avoir utilisé", "en avoir acheté"
        if (k >= 0 && ws.get(k).norm().equals("avoir")) return true;
        return false;
    }

    /** How many sentences a time that opens a sentence ("En mars 2020, …") scopes after its own. */
    static final int STORY_SENTENCES = 2;

    private static final java.util.regex.Pattern YEAR_FIRST = java.util.regex.Pattern.compile("\\d{4}.*");

    /**
     * The time that opens one of the sentences just before, in the same paragraph, and names a
     * year ("En mars 2020, … . Les policiers ont alors utilisé des drones"): the story is still
     * then. Not the dateline, not a time over a paragraph break.
     */
    static TemporalExpression storyOpening(Document doc, int sentence) {
        String text = doc.text();
        TemporalExpression dateline = dateline(doc);
        for (int k = sentence - 1; k >= Math.max(0, sentence - STORY_SENTENCES); k--) {
            if (!sameParagraph(doc, k)) return null;
            Sentence prev = doc.sentences().get(k);
            for (TemporalExpression t : doc.temporalExpressions()) {
                if (!storyDate(t, prev, dateline)) continue;
                if (text.substring(prev.start(), t.start()).strip().length() > 0) continue;
                if (!text.substring(t.end(), Math.min(prev.end(), t.end() + 2)).startsWith(",")) continue;
                return t;
            }
        }
        return null;
    }

    /**
     * The last day, month or year written with its number in the sentence just before, in the
     * same paragraph ("La ville a signé le marché le 14 mai 2024. Les drones ont volé dès le
     * lendemain" has its own; "… en mai 2024. Les agents l'ont utilisé pour …" takes May 2024).
     */
    static TemporalExpression lastEventBefore(Document doc, int sentence) {
        if (sentence == 0 || !sameParagraph(doc, sentence - 1)) return null;
        Sentence prev = doc.sentences().get(sentence - 1);
        TemporalExpression dateline = dateline(doc);
        TemporalExpression out = null;
        for (TemporalExpression t : doc.temporalExpressions()) {
            if (!storyDate(t, prev, dateline) || t.text().chars().noneMatch(Character::isDigit)) continue;
            if (t.interval() == null || t.interval().begin() == null) continue;
            out = t;
        }
        return out;
    }

    /** Whether sentence k and the one after it are in the same paragraph (no blank line between). */
    private static boolean sameParagraph(Document doc, int k) {
        return !doc.text().substring(doc.sentences().get(k).end(), doc.sentences().get(k + 1).start()).contains("\n\n");
    }

    /** A DATE of the sentence, not the dateline, whose value starts with a year. */
    private static boolean storyDate(TemporalExpression t, Sentence s, TemporalExpression dateline) {
        return t != dateline && t.start() >= s.start() && t.end() <= s.end() && "DATE".equals(t.type())
                && t.value() != null && YEAR_FIRST.matcher(t.value()).matches();
    }
}
