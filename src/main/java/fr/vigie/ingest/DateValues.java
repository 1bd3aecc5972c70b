package fr.vigie.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date part of metadata values ("2023-11-14T08:30:00+01:00", "2023-11", "2023"). */
final class DateValues {

    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ].*)?\\s*$");

    private DateValues() {
    }

    /** The value as YYYY, YYYY-MM or YYYY-MM-DD, if it is a plausible calendar date. */
    static Optional<String> isoDate(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900 || year > 2100) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            return Optional.of(m.group(1));
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        if (m.group(3) == null) {
            return Optional.of(m.group(1) + "-" + m.group(2));
        }
        int day = Integer.parseInt(m.group(3));
        try {
            java.time.LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    }
}
