package fr.vigie.nlp;

import fr.vigie.pipeline.ModelStore;

import java.util.HashSet;
import java.util.Set;

/** Abbreviations whose final dot does not end a sentence ({@code models/nlp/abbreviations.txt}). */
public final class Abbreviations {

    private final Set<String> forms;

    Abbreviations(Set<String> forms) {
        this.forms = Set.copyOf(forms);
    }

    public static Abbreviations load(ModelStore models) {
        Set<String> forms = new HashSet<>();
        for (ModelStore.DataLine l : models.dataLines("nlp/abbreviations.txt")) {
            String f = l.text().strip();
            if (!f.endsWith(".")) {
                throw l.error("an abbreviation ends with a dot");
            }
            forms.add(f);
        }
        return new Abbreviations(forms);
    }

    /** Whether {@code form} (with its dot) is a known abbreviation. */
    public boolean contains(String form) {
        return forms.contains(form);
    }

    /** Whether the text just before {@code dotEnd} (exclusive, ending with '.') is an abbreviation or an initial. */
    public boolean endsWithAbbreviation(String text, int dotEnd) {
        if (dotEnd <= 0 || text.charAt(dotEnd - 1) != '.') {
            return false;
        }
        int b = dotEnd - 1;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1)) && "«\"(['’".indexOf(text.charAt(b - 1)) < 0) {
            b--;
        }
        String word = text.substring(b, dotEnd);
        if (forms.contains(word)) {
            return true;
        }
        // an initial: "J." in "J. Martin"
        return word.length() == 2 && Character.isUpperCase(word.charAt(0));
    }
}
