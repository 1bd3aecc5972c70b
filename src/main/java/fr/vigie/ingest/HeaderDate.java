package fr.vigie.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date written as a header at the very start of a text file, the way press
 * archives export articles: {@code date 2023-12}, {@code Date : 2024-03-12},
 * {@code date: 2023-11-14T08:00}. Only the first line is looked at.
 */
final class HeaderDate {

    private static final Pattern HEADER = Pattern.compile(
            "^\\s*(?i:date)\\s*:?\\s+(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:T[0-9:.+Z-]*)?(?=\\s|$)");

    private HeaderDate() {
    }

    static Optional<String> find(String text) {
        Matcher m = HEADER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return DateValues.isoDate(m.group(1));
    }
}
