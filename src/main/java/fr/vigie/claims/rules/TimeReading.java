package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Words;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.ActionType;
import fr.vigie.model.Claim.Modality;
import fr.vigie.model.Document;
import fr.vigie.model.TemporalExpression;

import java.util.Set;

import static fr.vigie.claims.rules.CarryOver.CARRY_SENTENCES;
import static fr.vigie.claims.rules.Gaps.wordAt;

/**
 * The time of a claim within its sentence and story: the nearest scoping expression, the
 * time that opens the story, a bare "Depuis,", the date of the sentence before.
 */
final class TimeReading {

    private TimeReading() {
    }

    /** How many sentences an opening time ("En 2018, …") scopes after its own. */
    static final int NARRATIVE_SENTENCES = 2;

    /**
     * "Le logiciel a été installé au début de l'année 2021. Depuis, les policiers l'utilisent":
     * a bare "depuis" opening a sentence that dates nothing itself starts from the last dated
     * event of the sentence before.
     */
    static TemporalExpression sinceBefore(SentenceView v, SentenceView before) {
        if (before == null || !v.times.isEmpty() || v.words.size() < 2) return null;
        if (!v.words.get(0).norm().equals("depuis") || !v.words.get(1).norm().equals(",")) return null;
        TemporalExpression last = null;
        for (TemporalExpression te : before.times) {
            if (te.interval() == null || te.interval().begin() == null || !YEAR_VALUE.matcher(te.interval().begin()).find()) continue;
            if (last == null || te.start() > last.start()) last = te;
        }
        return last;
    }

    static final java.util.regex.Pattern YEAR_VALUE = java.util.regex.Pattern.compile("^\\d{4}(?!\\d)");

    static final java.util.regex.Pattern MONTH_VALUE = java.util.regex.Pattern.compile("^\\d{4}-\\d{2}");

    /** The document date's value when it holds at least the pattern's precision (a year, a month), else null. */
    static String documentDate(Document document, java.util.regex.Pattern precision) {
        String date = document.date() == null ? null : document.date().value();
        return date != null && precision.matcher(date).find() ? date : null;
    }

    /**
     * A temporal expression that opens the sentence ("En 2018, …", "Deux ans plus tard, …")
     * and names a year: it sets the time of the story that follows.
     */
    static TemporalExpression openingTime(SentenceView v) {
        for (TemporalExpression te : v.times) {
            int first = wordAt(v.words, te.start());
            if (first > 1 || te.value() == null || !YEAR_VALUE.matcher(te.value()).find()) continue;
            if (first == 1 && !Set.of("et", "puis", "mais", "des", "depuis").contains(v.words.get(0).norm())) continue;
            if (v.words.size() > 1 && v.words.get(0).norm().equals("date")) continue; // the "date …" header line
            String folded = Words.fold(te.text());
            // a year, or a narrative anchor ("Cette année-là", "Deux ans plus tard", "Il y a huit ans"); not "demain", "l'an prochain"
            if (!folded.matches(".*\\d{4}.*") && !folded.matches(".*(annee - la|annee la|plus tard|suivante|suivant|apres).*")
                    && !folded.startsWith("il y a ")) continue;
            return te;
        }
        return null;
    }

    static Claim.Time time(SentenceView v, TriggerHit t, Draft previous, String toolCanonical, Modality modality,
                          boolean continues) {
        TemporalExpression best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (TemporalExpression te : v.times) {
            int teFirst = wordAt(v.words, te.start());
            int teEnd = wordAt(v.words, Math.max(te.start(), te.end() - 1)) + 1;
            int distance = teFirst >= t.end() ? teFirst - t.end() : t.first() - teEnd;
            double score = -Math.abs(distance);
            String lead = Words.fold(te.text());
            boolean scoping = lead.startsWith("depuis") || lead.startsWith("des ") || lead.startsWith("de ")
                    || lead.startsWith("entre") || lead.startsWith("a partir") || lead.startsWith("jusqu")
                    || lead.startsWith("en ") || "INTERVAL".equals(te.type());
            if (scoping) score += 5;
            if (lead.startsWith("depuis") || lead.startsWith("a partir")) score += 8; // the start of the usage itself
            ActionType type = t.trigger().type();
            if ((type == ActionType.STOP || type == ActionType.RENEW) && (lead.startsWith("depuis") || lead.startsWith("a partir")
                    || lead.startsWith("des ") || "INTERVAL".equals(te.type()))) {
                score += 20; // "a suspendu le 5 décembre l'usage du logiciel, installé depuis mars 2022": what stops began then
            }
            if (te == openingTime(v)) {
                score = Math.max(score, -6); // "Cette année-là, X …": a time opening the sentence scopes all of it
            }
            if (teFirst == 0 && teEnd < v.words.size() && v.words.get(teEnd).norm().equals(",") && te.value() != null
                    && YEAR_VALUE.matcher(te.value()).find()) {
                score = Math.max(score, -6); // "Le 18 mars, … une balise est posée": a dated opening scopes the clause
            }
            if (te.value() == null) score -= 20;
            else if (te.value().startsWith("P") || te.value().startsWith("XXXX") || "SET".equals(te.type())
                    || te.value().endsWith("_REF")) {
                score -= 8; // a duration, a set, "désormais": no date for the usage
            }
            if (te.interval() == null || te.interval().begin() == null) score -= 3;
            if (teEnd <= t.first() && !scoping) {
                for (Hit<CueKind> c : v.cues) {
                    if (c.value() == CueKind.REPORTING && c.firstWord() >= teEnd && c.endWord() <= t.first()
                            && c.firstWord() - teEnd <= 6) {
                        score -= 15; // "Le 14 novembre, Disclose révélait que…": the date of the report
                    }
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = te;
            }
        }
        if (best != null && bestScore < -12) best = null; // the date of a report, a null value: not the usage's
        if (best != null) return Claim.Time.of(best);
        if (v.since != null) {
            TemporalExpression s = v.since;
            return Claim.Time.of(new TemporalExpression(s.text(), s.start(), s.end(), s.type(), s.value(), s.mod(),
                    new TemporalExpression.Interval(s.interval().begin(), null), s.sentence()));
        }
        // a plan is not in the past of the story: "En 2022, … . Les gendarmes pourront faire voler leurs drones"
        boolean plan = modality == Modality.PLANNED;
        if (previous != null && v.sentence.index() - previous.sentence() <= CARRY_SENTENCES && previous.claim().time() != null
                && previous.claim().tool().canonical().equals(toolCanonical) && (!plan || previous.claim().modality() == Modality.PLANNED)) {
            return previous.claim().time();
        }
        if (v.narrative != null && !plan) return Claim.Time.of(v.narrative);
        // only a usage whose actor the story carries on takes the date of the sentences before
        if (v.recent != null && continues && (modality == Modality.ASSERTED || modality == Modality.REPORTED)) {
            return Claim.Time.of(v.recent);
        }
        return null;
    }

    /**
     * "Au petit matin du 14 mai 2024, les policiers interpellent … . Ces appareils ont ensuite été
     * exploités …": the last dated event (a day, a month or a year written with its number, not a
     * duration, not a deictic "demain", not the publication date) of a sentence scopes the
     * asserted or reported usage of the one that follows when that one dates nothing.
     */
    static TemporalExpression lastEvent(SentenceView v, String published) {
        if (v.words.isEmpty() || v.words.get(0).norm().equals("date")) return null;
        TemporalExpression out = null;
        for (TemporalExpression te : v.times) {
            if (!"DATE".equals(te.type()) || te.value() == null || !YEAR_VALUE.matcher(te.value()).find()) continue;
            if (te.value().equals(published) || te.text().chars().noneMatch(Character::isDigit)) continue;
            if (te.interval() == null || te.interval().begin() == null) continue;
            out = te;
        }
        return out;
    }
}
