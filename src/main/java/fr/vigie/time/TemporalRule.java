package fr.vigie.time;

import java.util.regex.Pattern;

/**
 * One extraction rule of {@code models/time/rules.txt} or {@code anchors.txt}: a compiled
 * pattern tried at word starts, the type it gives, and its value templates ({@code begin}
 * and {@code end} for an INTERVAL). {@code order} breaks ties between matches of equal length.
 */
record TemporalRule(String name, String example, Pattern pattern, String type,
                    Template value, Template begin, Template end, Template mod, int order) {
}
