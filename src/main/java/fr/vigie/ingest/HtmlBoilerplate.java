package fr.vigie.ingest;

import fr.vigie.pipeline.ModelStore;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Which HTML elements are site furniture ({@code models/ingest/boilerplate-html.txt}). */
final class HtmlBoilerplate {

    private static final Pattern PARTS = Pattern.compile("[\\s_-]+");

    private final Set<String> elements;
    private final Set<String> markers;
    private final Set<String> dated;

    private HtmlBoilerplate(Set<String> elements, Set<String> markers, Set<String> dated) {
        this.elements = Set.copyOf(elements);
        this.markers = Set.copyOf(markers);
        this.dated = Set.copyOf(dated);
    }

    static HtmlBoilerplate load(ModelStore models) {
        Set<String> elements = new HashSet<>();
        Set<String> markers = new HashSet<>();
        Set<String> dated = new HashSet<>();
        for (ModelStore.DataLine l : models.dataLines("ingest/boilerplate-html.txt")) {
            String[] f = l.fields();
            if (f.length != 2) {
                throw l.error("expected KIND<TAB>VALUE");
            }
            switch (f[0]) {
                case "element" -> elements.add(f[1].toLowerCase(Locale.ROOT));
                case "marker" -> markers.add(f[1].toLowerCase(Locale.ROOT));
                case "dated" -> dated.add(f[1].toLowerCase(Locale.ROOT));
                default -> throw l.error("unknown kind " + f[0]);
            }
        }
        return new HtmlBoilerplate(elements, markers, dated);
    }

    boolean skipsElement(String name) {
        return elements.contains(name);
    }

    /** Whether a class or id attribute value marks furniture. */
    boolean marks(String classOrId) {
        return has(markers, classOrId);
    }

    /** Whether a class or id attribute value marks furniture whose {@code <time datetime>} dates the article. */
    boolean dates(String classOrId) {
        return has(dated, classOrId);
    }

    private static boolean has(Set<String> words, String classOrId) {
        if (classOrId == null || classOrId.isEmpty()) {
            return false;
        }
        for (String part : PARTS.split(classOrId.toLowerCase(Locale.ROOT))) {
            if (words.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
