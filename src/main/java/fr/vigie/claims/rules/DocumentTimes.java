package fr.vigie.claims.rules;

import fr.vigie.lexicon.Words;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.Modality;
import fr.vigie.model.Document;
import fr.vigie.model.TemporalExpression;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.vigie.claims.rules.Gaps.wordAt;
import static fr.vigie.claims.rules.Grammar.SUBJECT_PRONOUNS;
import static fr.vigie.claims.rules.TimeReading.MONTH_VALUE;
import static fr.vigie.claims.rules.TimeReading.YEAR_VALUE;
import static fr.vigie.claims.rules.TimeReading.documentDate;
import static fr.vigie.claims.rules.TimeReading.openingTime;

/**
 * Times settled once all claims are drafted: lent by a neighbouring sentence, counted from
 * the document date, dropped from a plan, or the dateline.
 */
final class DocumentTimes {

    private DocumentTimes() {
    }

    /** How far a sentence that dates a tool without a usage lends that span to a claim on it. */
    private static final int TIME_LEND_SENTENCES = 2;

    /**
     * A claim whose sentence gives no date ("a eu recours pendant huit mois au logiciel") takes
     * the span a neighbouring sentence gives to the same tool without stating a usage of its own
     * ("… plus de 400 recherches avec l'application entre octobre 2019 et juin 2020").
     */
    static void propagateTime(List<SentenceView> views, Map<Integer, List<Mention>> toolsBySentence, List<Draft> drafts) {
        Set<Integer> claimSentences = new LinkedHashSet<>();
        for (Draft d : drafts) claimSentences.add(d.sentence());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Claim c = d.claim();
            if (c.modality() == Modality.NEGATED) continue;
            String begin = c.time() == null || c.time().interval() == null ? null : c.time().interval().begin();
            if (begin != null && YEAR_VALUE.matcher(begin).find()) continue;
            TemporalExpression found = null;
            int bestDistance = Integer.MAX_VALUE;
            for (SentenceView v : views) {
                int distance = Math.abs(v.sentence.index() - d.sentence());
                if (distance == 0 || distance > TIME_LEND_SENTENCES || distance >= bestDistance || v.question
                        || claimSentences.contains(v.sentence.index())) {
                    continue;
                }
                boolean sameTool = false;
                for (Mention m : toolsBySentence.getOrDefault(v.sentence.index(), List.of())) {
                    sameTool |= m.tool().canonical().equals(c.tool().canonical());
                }
                // "Le système X est exploité par … . Depuis 2018, il repose sur …": the next sentence goes on about it
                if (!sameTool && !(v.sentence.index() == d.sentence() + 1 && pronounAfterOpening(v))) continue;
                for (TemporalExpression te : v.times) {
                    String lead = Words.fold(te.text());
                    if (te.interval() != null && te.interval().begin() != null && YEAR_VALUE.matcher(te.interval().begin()).find()
                            && (lead.startsWith("depuis") || lead.startsWith("entre") || lead.startsWith("des ")
                            || lead.startsWith("de ") || "INTERVAL".equals(te.type()))) {
                        found = te;
                        bestDistance = distance;
                        break;
                    }
                }
            }
            if (found == null) continue;
            drafts.set(i, d.with(c.withTime(Claim.Time.of(found))));
        }
    }

    private static final java.util.regex.Pattern YEARS_OR_MONTHS = java.util.regex.Pattern.compile("^P(\\d+)([YM])$");

    /**
     * "Après deux ans d'expérimentation, la ville retire ses capteurs": a usage that the sentence
     * dates by nothing but the time it has lasted began that long before the document date.
     */
    static void afterDuration(Document document, List<SentenceView> views, List<Draft> drafts) {
        String date = documentDate(document, MONTH_VALUE);
        if (date == null) return;
        java.time.YearMonth now = java.time.YearMonth.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(5, 7)));
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Claim c = d.claim();
            if (c.time() != null || c.modality() == Modality.NEGATED || c.modality() == Modality.PLANNED) continue;
            SentenceView v = null;
            for (SentenceView w : views) if (w.sentence.index() == d.sentence()) v = w;
            if (v == null) continue;
            for (TemporalExpression te : v.times) {
                java.util.regex.Matcher m = te.value() == null ? null : YEARS_OR_MONTHS.matcher(te.value());
                if (m == null || !m.find()) continue;
                int first = wordAt(v.words, te.start());
                if (first == 0 || !v.words.get(first - 1).norm().equals("apres")) continue;
                int n = Integer.parseInt(m.group(1));
                java.time.YearMonth begin = m.group(2).equals("Y") ? now.minusYears(n) : now.minusMonths(n);
                String b = m.group(2).equals("Y") ? String.valueOf(begin.getYear()) : begin.toString();
                Claim.Time time = new Claim.Time(te.text(), te.type(), te.value(), te.mod(),
                        new TemporalExpression.Interval(b, date), te.start(), te.end());
                drafts.set(i, d.with(c.withTime(time)));
                break;
            }
        }
    }

    /**
     * "Les gendarmes pourront faire voler des drones jusqu'au 4 janvier": a usage that runs until
     * a date still to come, with no start of its own, runs from the document date.
     */
    static void untilFromNow(Document document, List<Draft> drafts) {
        String date = documentDate(document, YEAR_VALUE);
        if (date == null) return;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Claim c = d.claim();
            Claim.Time t = c.time();
            if (t == null || t.interval() == null || t.interval().begin() != null || t.interval().end() == null
                    || c.modality() == Modality.NEGATED) {
                continue;
            }
            String end = t.interval().end();
            int n = Math.min(end.length(), date.length());
            if (!YEAR_VALUE.matcher(end).find() || end.substring(0, n).compareTo(date.substring(0, n)) < 0) continue;
            Claim.Time time = new Claim.Time(t.text(), t.type(), t.value(), t.mod(),
                    new TemporalExpression.Interval(date, end), t.start(), t.end());
            drafts.set(i, d.with(c.withTime(time)));
        }
    }

    /**
     * "La commune, qui avait annoncé l'an dernier vouloir s'équiper de caméras": a plan is not
     * scoped by a time over before the document date, which dates the announcement.
     */
    static void planNotInThePast(Document document, List<Draft> drafts) {
        String date = documentDate(document, YEAR_VALUE);
        if (date == null) return;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Claim c = d.claim();
            Claim.Time t = c.time();
            if (c.modality() != Modality.PLANNED || t == null || t.interval() == null || t.interval().end() == null) continue;
            String end = t.interval().end();
            if (!YEAR_VALUE.matcher(end).find() || end.substring(0, 4).compareTo(date.substring(0, 4)) >= 0) continue;
            drafts.set(i, d.with(c.withTime(null)));
        }
    }

    /**
     * A news claim that no expression dates ("le conseil a approuvé l'achat de huit drones")
     * happened when the article reports it: it takes the dateline, the expression of the text
     * that gives the document its date ("Publié le 17 juin 2025"), when there is one. A denial
     * or an allegation states no event and keeps no time; a usage told as done before
     * ("sanctionnée pour avoir utilisé") keeps none either.
     */
    static List<Claim> datelineTime(Document document, List<Claim> claims) {
        TemporalExpression dateline = fr.vigie.claims.slot.TimeSlot.dateline(document);
        if (dateline == null) return claims;
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.time() != null || c.modality() == Modality.NEGATED || c.modality() == Modality.ALLEGED
                    || (c.action() != null && fr.vigie.claims.slot.TimeSlot.toldAsDone(document, c.action().start()))) {
                out.add(c);
            } else {
                out.add(c.withTime(Claim.Time.of(dateline)));
            }
        }
        return out;
    }

    /** The sentence opens on a time and a comma, then a subject pronoun: "Depuis 2018, il …". */
    private static boolean pronounAfterOpening(SentenceView v) {
        TemporalExpression opening = openingTime(v);
        if (opening == null) return false;
        int end = wordAt(v.words, Math.max(opening.start(), opening.end() - 1)) + 1;
        return end + 1 < v.words.size() && v.words.get(end).norm().equals(",")
                && SUBJECT_PRONOUNS.contains(v.words.get(end + 1).norm());
    }
}
