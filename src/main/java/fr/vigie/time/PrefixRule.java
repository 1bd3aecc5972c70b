package fr.vigie.time;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words before an expression that belong to it ({@code models/time/prefixes.txt}):
 * "depuis 2015", "avant l'été", "fin 2020". {@code pattern} matches the prefix ending where
 * the expression starts (whitespace between allowed). {@code tense}, when not null, replaces
 * the tense of the sentence for a date without a year.
 */
record PrefixRule(String name, String example, Pattern pattern, Set<String> applies, Bounds bounds, Template mod,
                  Tense tense) {

    /** How a prefix opens or closes the span of time of its expression. */
    enum Bounds { POINT, SINCE, UNTIL, BEFORE, AFTER }
}
