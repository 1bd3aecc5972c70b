package fr.vigie.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Name comparison of SPEC §5: lower case, no accents, no punctuation, no leading
 * determiners; a one-word name must be equal, a longer one may stand inside the other.
 */
public final class NameNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DETERMINERS = Pattern.compile(
            "^(?:(?:le|la|les|l|un|une|des|du|de la|de l|de|d|ces|cette|cet|ce|son|sa|ses|leur|leurs|au|aux)\\s+)+");

    private NameNormaliser() {
    }

    public static String norm(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
        t = t.replace('\u2019', '\'').replace("\u00B7", "");
        t = NON_ALNUM.matcher(t).replaceAll(" ").strip();
        return DETERMINERS.matcher(t).replaceFirst("");
    }

    /** Whether {@code small} stands in {@code big} as whole words. */
    public static boolean containsWords(String big, String small) {
        // same as the regex (?:^| )small(?: |$), without compiling one per comparison
        return (" " + big + " ").contains(" " + small + " ");
    }

    /** Whether one of the candidate names matches one of the aliases. */
    public static boolean aliasMatch(List<String> candidates, List<String> aliases) {
        return aliasMatch(candidates, aliases, NameNormaliser::norm);
    }

    /** {@link #aliasMatch(List, List)} with {@code norm} giving {@link #norm} (e.g. remembered: {@link NameNorms}). */
    static boolean aliasMatch(List<String> candidates, List<String> aliases, UnaryOperator<String> norm) {
        for (String c : candidates) {
            String n = norm.apply(c);
            if (n.isEmpty()) {
                continue;
            }
            for (String alias : aliases) {
                String a = norm.apply(alias);
                if (a.isEmpty()) {
                    continue;
                }
                if (n.equals(a)) {
                    return true;
                }
                if (a.split(" ").length >= 2 && containsWords(n, a)) {
                    return true;
                }
                if (n.split(" ").length >= 2 && containsWords(a, n)) {
                    return true;
                }
            }
        }
        return false;
    }
}
