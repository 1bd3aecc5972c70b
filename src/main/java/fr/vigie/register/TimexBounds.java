package fr.vigie.register;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first and last day a TIMEX3 date value can mean ({@code 2015} → 2015-01-01 to
 * 2015-12-31, {@code 2023-Q4} → October to December, {@code 196X} → the 1960s), so that
 * the earliest begin and the latest end of a fact compare values of any precision. A value
 * that names no calendar span ({@code PRESENT_REF}, a duration, null) has none.
 */
record TimexBounds(LocalDate first, LocalDate last) {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12]|W\\d{2})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");

    /** The span of a value, or null when it names none. */
    static TimexBounds of(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        try {
            Matcher m = DATE.matcher(v);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    return new TimexBounds(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
                }
                YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
                if (m.group(3) == null) {
                    return new TimexBounds(ym.atDay(1), ym.atEndOfMonth());
                }
                LocalDate d = ym.atDay(Integer.parseInt(m.group(3)));
                return new TimexBounds(d, d);
            }
            m = PART.matcher(v);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                String p = m.group(2);
                return switch (p.charAt(0)) {
                    case 'Q' -> months(y, 3 * (p.charAt(1) - '1') + 1, 3);
                    case 'H' -> months(y, 6 * (p.charAt(1) - '1') + 1, 6);
                    case 'W' -> {
                        LocalDate monday = LocalDate.of(y, 1, 4)
                                .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(p.substring(1)))
                                .with(java.time.DayOfWeek.MONDAY);
                        yield new TimexBounds(monday, monday.plusDays(6));
                    }
                    // seasons by the months they mostly cover; winter straddles the new year
                    case 'S' -> p.equals("SP") ? months(y, 3, 3) : months(y, 6, 3);
                    case 'F' -> months(y, 9, 3);
                    default -> new TimexBounds(LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 2, 1).plusMonths(1).minusDays(1));
                };
            }
            m = DECADE.matcher(v);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1)) * 10;
                return new TimexBounds(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31));
            }
            m = CENTURY.matcher(v);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1)) * 100;
                return new TimexBounds(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31));
            }
        } catch (java.time.DateTimeException e) {
            return null; // a month 13 or a 31 February is no span
        }
        return null;
    }

    private static TimexBounds months(int year, int firstMonth, int count) {
        YearMonth first = YearMonth.of(year, firstMonth);
        return new TimexBounds(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
    }
}
