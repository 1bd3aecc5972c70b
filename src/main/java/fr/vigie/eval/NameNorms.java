package fr.vigie.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link NameNormaliser#norm} remembered for the names of one document. The claims stage
 * compares every candidate pair with every rule claim ({@code ClaimComposer.stated}), so
 * the same few actor and tool names are normalised again and again, each time through a
 * Unicode decomposition and three regular expressions. Not thread-safe: one per document
 * (or per call), then dropped.
 */
public final class NameNorms {

    private final Map<String, String> norms = new HashMap<>();

    /** The same as {@link NameNormaliser#norm}. */
    public String norm(String s) {
        if (s == null) {
            return "";
        }
        return norms.computeIfAbsent(s, NameNormaliser::norm);
    }

    /** The same as {@link NameNormaliser#aliasMatch}, each name normalised once. */
    public boolean aliasMatch(List<String> candidates, List<String> aliases) {
        return NameNormaliser.aliasMatch(candidates, aliases, this::norm);
    }
}
