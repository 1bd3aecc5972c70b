package fr.vigie.time;

import fr.vigie.model.DocumentDate;
import fr.vigie.model.TemporalExpression.Interval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second stage of normalisation: turns the underspecified value a rule gives
 * ({@code UNDEF-year-11-19}, {@code UNDEF-this-year-minus-1}, {@code UNDEF-ref-year-plus-2})
 * into a TIMEX3 value, from the document date, the tense of the sentence and the last date
 * of the narrative. Stateless and thread-safe; the narrative is carried by the caller in
 * {@link Context}.
 *
 * <p>Rules, in order, for a day, month, season or quarter without a year
 * ({@code UNDEF-year-…}):
 * <ol>
 * <li>when the narrative just gave a year explicitly (same or previous sentence) and
 *     {@link Context#preferReference()} is set, the first occurrence on or after that date;</li>
 * <li>else, with a document date: PAST tense → the latest occurrence not after it, FUTURE →
 *     the earliest not before it, no tense → the nearest;</li>
 * <li>else, without a document date, the first occurrence on or after the last date of the
 *     narrative ("le 28 octobre 2024 … le 19 novembre … le 27 janvier" → 2024-11-19, then
 *     2025-01-27);</li>
 * <li>else null: nothing is taken from the machine clock.</li>
 * </ol>
 * A year computed so may carry a point of that year: {@code UNDEF-ref-year-p-11} ("en novembre de
 * la même année"), {@code UNDEF-this-year-plus-1-p-H1} ("au premier semestre de l'année
 * prochaine"); a day, a part of that day: {@code UNDEF-ref-day-p-TAF} ("en fin d'après-midi").
 * {@code UNDEF-last-…} and {@code UNDEF-next-…} ("le 14 novembre dernier") need the
 * document date; {@code UNDEF-ref-…} ("deux ans plus tard", "le lendemain") needs the
 * narrative.
 */
public final class TemporalResolver {

    /**
     * What an underspecified value is resolved against.
     *
     * @param documentDate    the publication date (may be {@link DocumentDate#NONE})
     * @param tense           the tense of the sentence
     * @param reference       the last resolved date of the narrative (a TIMEX3 value), or null
     * @param preferReference the reference gave its year explicitly and close by: it wins over
     *                        the document date for a date without a year
     * @param notAfter        for the first date of an interval whose end is known: the end,
     *                        which the first date may not follow; or null
     */
    public record Context(DocumentDate documentDate, Tense tense, String reference, boolean preferReference,
                          String notAfter) {

        public static Context of(String documentDate, Tense tense, String reference) {
            return new Context(documentDate == null ? DocumentDate.NONE
                    : new DocumentDate(documentDate, DocumentDate.Origin.OPTION), tense, reference, false, null);
        }
    }

    /** A value and, when the resolution changes it, a mod (null: keep the rule's). */
    public record Resolution(String value, String mod) {
        static final Resolution NONE = new Resolution(null, null);
    }

    private static final Pattern CYCLIC = Pattern.compile(
            "UNDEF-(year|last|next)-(\\d\\d(?:-\\d\\d)?|SP|SU|FA|WI|Q[1-4]|H[12])(?:-w([1-7]))?");
    private static final Pattern WEEKDAY = Pattern.compile("UNDEF-(year|last|next)-weekday-([1-7])");
    private static final Pattern RELATIVE = Pattern.compile(
            "UNDEF-(this|ref)-(year|month|week|weekend|day|quarter|half|decade|century|hour|minute|second)(?:-(plus|minus)-(\\d+|X))?"
            + "(?:-p-(\\d\\d(?:-\\d\\d)?|SP|SU|FA|WI|Q[1-4]|H[12]|T(?:MO|AF|EV|NI)))?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d\\d)(?:-(\\d\\d))?)?(T.*)?");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])");
    /** A day of some kind with a part of that day: "dimanche soir" (UNDEF-year-weekday-7-p-TEV). */
    private static final Pattern WITH_DAY_PERIOD = Pattern.compile("(UNDEF-(?:year|last|next)-.+)-p-(T(?:MO|AF|EV|NI|DT))");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d\\d)(-WE)?");

    private TemporalResolver() {
    }

    /** True when a value that names a calendar date names one that exists (no 31 February). */
    public static boolean isValidDate(String value) {
        if (value == null || !ISO.matcher(value).matches()) {
            return true;
        }
        return Partial.parse(value) != null;
    }

    /** True when the value still needs the resolver. */
    public static boolean isUnderspecified(String raw) {
        return raw != null && raw.startsWith("UNDEF-");
    }

    public static Resolution resolve(String raw, Context ctx) {
        if (raw == null) {
            return Resolution.NONE;
        }
        if (!isUnderspecified(raw)) {
            return new Resolution(raw, null);
        }
        Matcher m = WITH_DAY_PERIOD.matcher(raw);
        if (m.matches()) {
            String day = resolve(m.group(1), ctx).value();
            return day != null && day.matches("\\d{4}-\\d\\d-\\d\\d") ? new Resolution(day + m.group(2), null)
                    : Resolution.NONE;
        }
        m = CYCLIC.matcher(raw);
        if (m.matches()) {
            String v = cyclic(m.group(1), m.group(2), ctx);
            return new Resolution(m.group(3) == null ? v : onWeekday(v, Integer.parseInt(m.group(3)), ctx), null);
        }
        m = WEEKDAY.matcher(raw);
        if (m.matches()) {
            return new Resolution(weekday(m.group(1), Integer.parseInt(m.group(2)), ctx), null);
        }
        m = RELATIVE.matcher(raw);
        if (m.matches()) {
            Resolution r = relative(m.group(1), m.group(2), m.group(3), m.group(4), ctx);
            if (m.group(5) != null && m.group(5).startsWith("T")) {
                // "en fin d'après-midi": a part of the day of the narrative
                return r.value() != null && r.value().matches("\\d{4}-\\d\\d-\\d\\d")
                        ? new Resolution(r.value() + m.group(5), null) : Resolution.NONE;
            }
            if (m.group(5) != null && m.group(2).equals("year")) {
                // "en novembre de la même année", "au premier semestre de l'année prochaine"
                // "le 12 juin de la même année"; a day the year does not have is no date
                return r.value() != null && r.value().matches("\\d{4}")
                        && span(m.group(5), Integer.parseInt(r.value())) != null
                        ? new Resolution(r.value() + "-" + m.group(5), null) : Resolution.NONE;
            }
            return r;
        }
        return Resolution.NONE;
    }

    // ------------------------------------------------------------------ partial dates

    /** A date known to the year, month or day, as the range of days it covers. */
    record Partial(int year, int month, int day, int precision) {

        static Partial parse(String v) {
            if (v == null) {
                return null;
            }
            Matcher m = ISO.matcher(v);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    return new Partial(y, 0, 0, 1);
                }
                int mo = Integer.parseInt(m.group(2));
                if (mo < 1 || mo > 12) {
                    return null;
                }
                if (m.group(3) == null) {
                    return new Partial(y, mo, 0, 2);
                }
                int d = Integer.parseInt(m.group(3));
                if (d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
                    return null;
                }
                return new Partial(y, mo, d, 3);
            }
            Interval i = interval(v);
            if (i.begin() != null && !i.begin().equals(v)) {
                return parse(i.begin());
            }
            return null;
        }

        LocalDate first() {
            return precision == 1 ? LocalDate.of(year, 1, 1)
                    : precision == 2 ? LocalDate.of(year, month, 1) : LocalDate.of(year, month, day);
        }

        LocalDate last() {
            return precision == 1 ? LocalDate.of(year, 12, 31)
                    : precision == 2 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
        }

        LocalDate date() {
            return LocalDate.of(year, month, day);
        }

        String format() {
            return precision == 1 ? String.valueOf(year)
                    : precision == 2 ? year + "-" + pad(month) : year + "-" + pad(month) + "-" + pad(day);
        }
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static Partial doc(Context ctx) {
        return ctx.documentDate() == null ? null : Partial.parse(ctx.documentDate().value());
    }

    // ------------------------------------------------------------------ a point of the year

    /** The days a point of the year ("11-14", "05", "SU", "Q1") covers in year y, or null if it does not exist. */
    static LocalDate[] span(String x, int y) {
        try {
            if (x.length() == 5) {
                LocalDate d = LocalDate.of(y, Integer.parseInt(x.substring(0, 2)), Integer.parseInt(x.substring(3)));
                return new LocalDate[]{d, d};
            }
            if (Character.isDigit(x.charAt(0))) {
                YearMonth ym = YearMonth.of(y, Integer.parseInt(x));
                return new LocalDate[]{ym.atDay(1), ym.atEndOfMonth()};
            }
            Interval i = interval(y + "-" + x);
            return new LocalDate[]{Partial.parse(i.begin()).first(), Partial.parse(i.end()).last()};
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String cyclic(String kind, String x, Context ctx) {
        Partial doc = doc(ctx);
        Partial ref = Partial.parse(ctx.reference());
        Partial notAfter = Partial.parse(ctx.notAfter());
        if (notAfter != null) {
            for (int y = notAfter.year(); y >= notAfter.year() - 1; y--) {
                LocalDate[] s = span(x, y);
                if (s != null && !s[0].isAfter(notAfter.last())) {
                    return y + "-" + x;
                }
            }
            return null;
        }
        if (kind.equals("year") && ref != null && (ctx.preferReference() || doc == null)) {
            return forward(x, ref);
        }
        if (doc == null) {
            return null;
        }
        LocalDate ds = doc.first();
        LocalDate de = doc.last();
        int best = Integer.MIN_VALUE;
        long bestDistance = Long.MAX_VALUE;
        for (int y = doc.year() - 2; y <= doc.year() + 2; y++) {
            LocalDate[] s = span(x, y);
            if (s == null) {
                continue;
            }
            switch (kind) {
                case "last" -> {
                    if (s[1].isBefore(ds)) {
                        best = y;
                    }
                }
                case "next" -> {
                    if (s[0].isAfter(de) && best == Integer.MIN_VALUE) {
                        best = y;
                    }
                }
                default -> {
                    if (ctx.tense() == Tense.PAST) {
                        if (!s[0].isAfter(de)) {
                            best = y;
                        }
                    } else if (ctx.tense() == Tense.FUTURE) {
                        if (!s[1].isBefore(ds) && best == Integer.MIN_VALUE) {
                            best = y;
                        }
                    } else {
                        long d = distance(s, ds, de);
                        if (d < bestDistance) {
                            bestDistance = d;
                            best = y;
                        }
                    }
                }
            }
        }
        return best == Integer.MIN_VALUE ? null : best + "-" + x;
    }

    /** Days between two ranges, 0 when they overlap. */
    private static long distance(LocalDate[] s, LocalDate ds, LocalDate de) {
        if (s[1].isBefore(ds)) {
            return ds.toEpochDay() - s[1].toEpochDay();
        }
        if (s[0].isAfter(de)) {
            return s[0].toEpochDay() - de.toEpochDay();
        }
        return 0;
    }

    /** The first occurrence starting on or after the reference (its year, when the reference is a year). */
    private static String forward(String x, Partial ref) {
        if (ref.precision() == 1) {
            return span(x, ref.year()) == null ? null : ref.year() + "-" + x;
        }
        for (int y = ref.year(); y <= ref.year() + 1; y++) {
            LocalDate[] s = span(x, y);
            if (s != null && !s[1].isBefore(ref.first())) {
                return y + "-" + x;
            }
        }
        return null;
    }

    /**
     * "mardi 14 novembre": when the year chosen makes the 14th of November another day of
     * the week, the year before or after where it is a Tuesday, the nearer to the document
     * date (or the narrative) first; the chosen year stays when neither fits.
     */
    private static String onWeekday(String value, int dow, Context ctx) {
        Partial p = Partial.parse(value);
        if (p == null || p.precision() != 3 || p.date().getDayOfWeek().getValue() == dow) {
            return value;
        }
        Partial near = doc(ctx) != null ? doc(ctx) : Partial.parse(ctx.reference());
        int[] order = near != null && near.year() > p.year() ? new int[]{1, -1} : new int[]{-1, 1};
        for (int d : order) {
            int y = p.year() + d;
            if (p.month() == 2 && p.day() == 29 && !java.time.Year.isLeap(y)) {
                continue;
            }
            LocalDate c = LocalDate.of(y, p.month(), p.day());
            if (c.getDayOfWeek().getValue() == dow) {
                return c.toString();
            }
        }
        return value;
    }

    // ------------------------------------------------------------------ weekdays

    private static String weekday(String kind, int dow, Context ctx) {
        Partial doc = doc(ctx);
        if (doc == null || doc.precision() < 3) {
            return null;
        }
        LocalDate d = doc.date();
        DayOfWeek w = DayOfWeek.of(dow);
        LocalDate onOrBefore = d.with(TemporalAdjusters.previousOrSame(w));
        LocalDate onOrAfter = d.with(TemporalAdjusters.nextOrSame(w));
        LocalDate r = switch (kind) {
            case "last" -> d.with(TemporalAdjusters.previous(w));
            case "next" -> d.with(TemporalAdjusters.next(w));
            default -> switch (ctx.tense()) {
                case PAST -> onOrBefore;
                case FUTURE -> onOrAfter;
                case NONE -> d.toEpochDay() - onOrBefore.toEpochDay() <= onOrAfter.toEpochDay() - d.toEpochDay()
                        ? onOrBefore : onOrAfter;
            };
        };
        return r.toString();
    }

    // ------------------------------------------------------------------ arithmetic

    private static Resolution relative(String anchor, String gran, String sign, String amount, Context ctx) {
        return relative(anchor, gran, sign, amount, ctx, anchor.equals("this") ? doc(ctx) : Partial.parse(ctx.reference()));
    }

    private static Resolution relative(String anchor, String gran, String sign, String amount, Context ctx,
                                       Partial base) {
        if (base == null) {
            return Resolution.NONE;
        }
        if ("X".equals(amount)) {
            if (anchor.equals("this")) {
                return new Resolution(sign.equals("minus") ? "PAST_REF" : "FUTURE_REF", null);
            }
            return new Resolution(base.format(), sign.equals("minus") ? "BEFORE" : "AFTER");
        }
        int n = amount == null ? 0 : Integer.parseInt(amount) * (sign.equals("minus") ? -1 : 1);
        if (gran.equals("weekend") && amount == null && anchor.equals("this") && ctx.tense() == Tense.PAST
                && base.precision() == 3 && base.date().getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
            n = -1; // "ils se sont rendus ce week-end à …", written on a Tuesday: the week-end just past
        }
        int need = switch (gran) {
            case "year", "decade", "century" -> 1;
            case "month", "quarter", "half" -> 2;
            default -> 3;
        };
        if (base.precision() < need) {
            if (amount == null) {
                return new Resolution(base.format(), null);
            }
            if (anchor.equals("this") || base.precision() != 2 || !(gran.equals("week") || gran.equals("day"))) {
                return Resolution.NONE;
            }
            // "deux semaines plus tard" after "en juin": counted from the first day of June,
            // and given no more precisely than the reference (June or July).
            Partial fine = new Partial(base.year(), Math.max(1, base.month()), Math.max(1, base.day()), 3);
            Resolution r = relative(anchor, gran, sign, amount, new Context(ctx.documentDate(), ctx.tense(),
                    fine.format(), ctx.preferReference(), ctx.notAfter()), fine);
            Partial p = Partial.parse(r.value());
            if (p == null) {
                return Resolution.NONE;
            }
            return new Resolution(p.year() + "-" + pad(p.month()), null);
        }
        String v = switch (gran) {
            case "year" -> String.valueOf(base.year() + n);
            case "decade" -> (base.year() / 10 + n) + "X";
            case "century" -> pad(base.year() / 100 + n) + "XX";
            case "month" -> YearMonth.of(base.year(), base.month()).plusMonths(n).toString();
            case "quarter" -> {
                int q = base.year() * 4 + (base.month() - 1) / 3 + n;
                yield Math.floorDiv(q, 4) + "-Q" + (Math.floorMod(q, 4) + 1);
            }
            case "half" -> {
                int h = base.year() * 2 + (base.month() - 1) / 6 + n;
                yield Math.floorDiv(h, 2) + "-H" + (Math.floorMod(h, 2) + 1);
            }
            case "week", "weekend" -> {
                LocalDate d = base.date().plusWeeks(n);
                yield d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                        + (gran.equals("weekend") ? "-WE" : "");
            }
            case "day" -> base.date().plusDays(n).toString();
            default -> base.date().toString();
        };
        return new Resolution(v, null);
    }

    // ------------------------------------------------------------------ intervals

    /** The span of time a TIMEX3 value covers, as precise as the value; bounds null when it has none. */
    public static Interval interval(String value) {
        if (value == null) {
            return Interval.OPEN;
        }
        Matcher m = ISO.matcher(value);
        if (m.matches()) {
            return new Interval(value, value);
        }
        m = SEASON.matcher(value);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            String c = m.group(2);
            return switch (c) {
                case "SP" -> new Interval(y + "-03", y + "-05");
                case "SU" -> new Interval(y + "-06", y + "-08");
                case "FA" -> new Interval(y + "-09", y + "-11");
                case "WI" -> new Interval(y + "-12", (y + 1) + "-02");
                default -> {
                    int k = c.charAt(1) - '0';
                    int len = c.charAt(0) == 'Q' ? 3 : 6;
                    yield new Interval(y + "-" + pad((k - 1) * len + 1), y + "-" + pad(k * len));
                }
            };
        }
        m = WEEK.matcher(value);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            int w = Integer.parseInt(m.group(2));
            LocalDate monday = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate first = m.group(3) != null ? monday.plusDays(5) : monday;
            return new Interval(first.toString(), monday.plusDays(6).toString());
        }
        if (value.matches("\\d{3}X")) {
            return new Interval(value.substring(0, 3) + "0", value.substring(0, 3) + "9");
        }
        if (value.matches("\\d{2}XX")) {
            return new Interval(value.substring(0, 2) + "00", value.substring(0, 2) + "99");
        }
        return Interval.OPEN;
    }
}
