package fr.vigie.ingest;

import fr.vigie.pipeline.ModelStore;

import java.util.HashSet;
import java.util.Set;

/** The media types read as documents ({@code models/ingest/media-types.txt}). */
final class SupportedTypes {

    private final Set<String> exact;
    private final Set<String> families;

    private SupportedTypes(Set<String> exact, Set<String> families) {
        this.exact = Set.copyOf(exact);
        this.families = Set.copyOf(families);
    }

    static SupportedTypes load(ModelStore models) {
        Set<String> exact = new HashSet<>();
        Set<String> families = new HashSet<>();
        for (ModelStore.DataLine l : models.dataLines("ingest/media-types.txt")) {
            String t = l.text().strip();
            if (t.endsWith("/*")) {
                families.add(t.substring(0, t.length() - 1));
            } else if (t.contains("/")) {
                exact.add(t);
            } else {
                throw l.error("not a media type");
            }
        }
        return new SupportedTypes(exact, families);
    }

    boolean accepts(String baseType) {
        if (exact.contains(baseType)) {
            return true;
        }
        for (String f : families) {
            if (baseType.startsWith(f)) {
                return true;
            }
        }
        return false;
    }
}
