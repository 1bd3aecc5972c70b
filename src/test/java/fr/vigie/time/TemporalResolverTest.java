package fr.vigie.time;

import fr.vigie.model.DocumentDate;
import fr.vigie.model.TemporalExpression.Interval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The second stage of normalisation on its own: underspecified value + anchors → value. */
class TemporalResolverTest {

    private static String resolve(String raw, String doc, Tense tense, String ref) {
        return TemporalResolver.resolve(raw, TemporalResolver.Context.of(doc, tense, ref)).value();
    }

    @Test
    void pastTenseTakesTheLatestOccurrenceBeforeTheDocumentDate() {
        assertEquals("2024-11-19", resolve("UNDEF-year-11-19", "2025-02-10", Tense.PAST, null));
        assertEquals("2025-02-05", resolve("UNDEF-year-02-05", "2025-02-10", Tense.PAST, null));
    }

    @Test
    void futureTenseTakesTheNextOccurrence() {
        assertEquals("2025-11-19", resolve("UNDEF-year-11-19", "2025-02-10", Tense.FUTURE, null));
        assertEquals("2025-01-15", resolve("UNDEF-year-01-15", "2024-12-06", Tense.FUTURE, null));
    }

    @Test
    void withoutTenseTheNearestOccurrence() {
        assertEquals("2025-01-27", resolve("UNDEF-year-01-27", "2024-12-06", Tense.NONE, null));
        assertEquals("2024-11-19", resolve("UNDEF-year-11-19", "2024-12-06", Tense.NONE, null));
    }

    @Test
    void monthPrecisionDocumentDate() {
        assertEquals("2023-12-01", resolve("UNDEF-year-12-01", "2023-12", Tense.PAST, null));
        assertEquals("2023-11-14", resolve("UNDEF-last-11-14", "2023-12", Tense.NONE, null));
    }

    @Test
    void lastAndNext() {
        assertEquals("2023-11-14", resolve("UNDEF-last-11-14", "2023-12-05", Tense.NONE, null));
        assertEquals("2022-12", resolve("UNDEF-last-12", "2023-11-20", Tense.NONE, null));
        assertEquals("2024-03", resolve("UNDEF-next-03", "2023-11-20", Tense.NONE, null));
        assertEquals("2023-WI", resolve("UNDEF-last-WI", "2024-12-06", Tense.NONE, null));
        assertEquals("2024-SU", resolve("UNDEF-last-SU", "2024-12-06", Tense.NONE, null));
    }

    @Test
    void arithmeticOnTheDocumentDate() {
        assertEquals("2016", resolve("UNDEF-this-year-minus-8", "2024-12-06", Tense.NONE, null));
        assertEquals("2024-11", resolve("UNDEF-this-month-minus-1", "2024-12-06", Tense.NONE, null));
        assertEquals("2025-02", resolve("UNDEF-this-month-plus-2", "2024-12-06", Tense.NONE, null));
        assertEquals("2024-W48", resolve("UNDEF-this-week-minus-1", "2024-12-06", Tense.NONE, null));
        assertEquals("2024-W48-WE", resolve("UNDEF-this-weekend-minus-1", "2024-12-06", Tense.NONE, null));
        assertEquals("2024-12-05", resolve("UNDEF-this-day-minus-1", "2024-12-06", Tense.NONE, null));
        assertEquals("2024-Q3", resolve("UNDEF-this-quarter-minus-1", "2024-12-06", Tense.NONE, null));
        assertEquals("2025-Q1", resolve("UNDEF-this-quarter-plus-1", "2024-12-06", Tense.NONE, null));
        assertEquals("2024-12-06", resolve("UNDEF-this-day", "2024-12-06", Tense.NONE, null));
    }

    @Test
    void weekdays() {
        assertEquals("2024-12-02", resolve("UNDEF-year-weekday-1", "2024-12-06", Tense.PAST, null));
        assertEquals("2024-12-09", resolve("UNDEF-year-weekday-1", "2024-12-06", Tense.FUTURE, null));
        assertEquals("2024-12-05", resolve("UNDEF-last-weekday-4", "2024-12-06", Tense.NONE, null));
        assertEquals("2024-11-29", resolve("UNDEF-last-weekday-5", "2024-12-06", Tense.NONE, null));
        assertEquals("2024-12-10", resolve("UNDEF-next-weekday-2", "2024-12-06", Tense.NONE, null));
        assertNull(resolve("UNDEF-year-weekday-1", "2024-12", Tense.PAST, null), "a weekday needs a day-precise date");
    }

    @Test
    void narrativeReference() {
        assertEquals("2017", resolve("UNDEF-ref-year-plus-2", "2024-12-06", Tense.NONE, "2015"));
        assertEquals("2023-03-04", resolve("UNDEF-ref-day-plus-1", "2024-12-06", Tense.NONE, "2023-03-03"));
        assertEquals("2022-03-11", resolve("UNDEF-ref-day-minus-1", null, Tense.NONE, "2022-03-12"));
        assertNull(resolve("UNDEF-ref-year-plus-2", "2024-12-06", Tense.NONE, null), "no narrative, no value");
        assertNull(resolve("UNDEF-ref-day-plus-1", "2024-12-06", Tense.NONE, "2015"), "a year cannot give a day");
    }

    @Test
    void withoutDocumentDateTheNarrativeCarriesForward() {
        assertEquals("2024-11-19", resolve("UNDEF-year-11-19", null, Tense.PAST, "2024-10-28"));
        assertEquals("2025-01-27", resolve("UNDEF-year-01-27", null, Tense.NONE, "2024-11-19"));
        assertEquals("2015-03", resolve("UNDEF-year-03", null, Tense.NONE, "2015"));
    }

    @Test
    void withoutAnyAnchorNothingIsGuessed() {
        assertNull(resolve("UNDEF-year-11-19", null, Tense.PAST, null));
        assertNull(resolve("UNDEF-this-year-minus-1", null, Tense.NONE, null));
        assertNull(resolve("UNDEF-this-day", null, Tense.NONE, null));
    }

    @Test
    void explicitReferenceCloseByWinsOverTheDocumentDate() {
        TemporalResolver.Context ctx = new TemporalResolver.Context(
                new DocumentDate("2024-12-06", DocumentDate.Origin.OPTION), Tense.PAST, "2019", true, null);
        assertEquals("2019-05", TemporalResolver.resolve("UNDEF-year-05", ctx).value());
    }

    @Test
    void vagueAmountsGiveReferencesOrAMod() {
        assertEquals("PAST_REF", resolve("UNDEF-this-year-minus-X", "2024-12-06", Tense.NONE, null));
        assertEquals("FUTURE_REF", resolve("UNDEF-this-month-plus-X", "2024-12-06", Tense.NONE, null));
        TemporalResolver.Resolution r = TemporalResolver.resolve("UNDEF-ref-month-plus-X",
                TemporalResolver.Context.of("2024-12-06", Tense.NONE, "2018"));
        assertEquals("2018", r.value());
        assertEquals("AFTER", r.mod());
    }

    @Test
    void absoluteValuesPassThrough() {
        assertEquals("2023-11-14", resolve("2023-11-14", null, Tense.NONE, null));
        assertEquals("P8Y", resolve("P8Y", null, Tense.NONE, null));
    }

    @Test
    void intervalsOfValues() {
        assertEquals(new Interval("2023", "2023"), TemporalResolver.interval("2023"));
        assertEquals(new Interval("2022-06", "2022-08"), TemporalResolver.interval("2022-SU"));
        assertEquals(new Interval("2023-12", "2024-02"), TemporalResolver.interval("2023-WI"));
        assertEquals(new Interval("2024-10", "2024-12"), TemporalResolver.interval("2024-Q4"));
        assertEquals(new Interval("2024-07", "2024-12"), TemporalResolver.interval("2024-H2"));
        assertEquals(new Interval("2024-11-25", "2024-12-01"), TemporalResolver.interval("2024-W48"));
        assertEquals(new Interval("2024-11-30", "2024-12-01"), TemporalResolver.interval("2024-W48-WE"));
        assertEquals(new Interval("2010", "2019"), TemporalResolver.interval("201X"));
        assertEquals(new Interval("2000", "2099"), TemporalResolver.interval("20XX"));
        assertEquals(new Interval("1999-05-23T22:00", "1999-05-23T22:00"), TemporalResolver.interval("1999-05-23T22:00"));
        assertEquals(Interval.OPEN, TemporalResolver.interval("P8Y"));
        assertEquals(Interval.OPEN, TemporalResolver.interval("PRESENT_REF"));
    }

    @Test
    void malformedDocumentDatesAreIgnoredNotFatal() {
        assertNull(resolve("UNDEF-this-year-minus-1", "2023-13", Tense.NONE, null));
        assertNull(resolve("UNDEF-year-11-14", "14/11/2023", Tense.NONE, null));
        assertEquals("2023-11-13", resolve("UNDEF-this-day-minus-1", "2023-11-14T10:12:00Z", Tense.NONE, null));
    }

    @Test
    void aWeekdayWithAPartOfItsDayKeepsThePart() {
        // "dimanche soir", written on Tuesday 18 May 1999, in the past: the Sunday before
        assertEquals("1999-05-16TEV", TemporalResolver.resolve("UNDEF-year-weekday-7-p-TEV",
                TemporalResolver.Context.of("1999-05-18", Tense.PAST, null)).value());
        assertEquals("1999-05-23TEV", TemporalResolver.resolve("UNDEF-year-weekday-7-p-TEV",
                TemporalResolver.Context.of("1999-05-18", Tense.FUTURE, null)).value());
        // a day period needs a day: a month gives none
        assertNull(TemporalResolver.resolve("UNDEF-year-05-p-TEV",
                TemporalResolver.Context.of("1999-05-18", Tense.PAST, null)).value());
    }

    @Test
    void decadesAndCenturiesCountedFromTheDocumentDateUseTimeMlPlaceholders() {
        assertEquals("199X", TemporalResolver.resolve("UNDEF-this-decade-minus-1",
                TemporalResolver.Context.of("2003-02-04", Tense.NONE, null)).value());
        assertEquals("19XX", TemporalResolver.resolve("UNDEF-this-century-minus-1",
                TemporalResolver.Context.of("2003-02-04", Tense.NONE, null)).value());
    }

    @Test
    void thisWeekendToldInThePastOnAWeekdayIsTheWeekendJustPast() {
        // Tuesday 4 February 2003: "se sont rendus ce week-end" is 1-2 February (week 5)
        assertEquals("2003-W05-WE", TemporalResolver.resolve("UNDEF-this-weekend",
                TemporalResolver.Context.of("2003-02-04", Tense.PAST, null)).value());
        assertEquals("2003-W06-WE", TemporalResolver.resolve("UNDEF-this-weekend",
                TemporalResolver.Context.of("2003-02-04", Tense.FUTURE, null)).value());
        // written on the Sunday itself, the week-end is that one
        assertEquals("2003-W05-WE", TemporalResolver.resolve("UNDEF-this-weekend",
                TemporalResolver.Context.of("2003-02-02", Tense.PAST, null)).value());
    }
}
