package fr.vigie.nlp;

import fr.vigie.model.Entity;
import fr.vigie.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns runs of tokens with the same statistical NER label into entities, with spans cut
 * clean: the French model's spans swallow elisions and quotes ("l’Intérieur", "« Quel",
 * "Briefcam n’"), and it labels abbreviations such as "M." as persons.
 */
final class EntitySpans {

    private static final Pattern LEADING = Pattern.compile(
            "^(?:[«»\"“”'’(\\[\\s]+|(?:[LlDdJjMmNnSsTtCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’])+");
    private static final Pattern TRAILING = Pattern.compile(
            "(?:[«»\"“”'’)\\],;:.!?\\s]+|\\s+(?:[nNlLdDsS]|qu)['’])+$");

    private final Abbreviations abbreviations;

    EntitySpans(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Entity> entities(String text, List<Token> tokens, int sentence) {
        List<Entity> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String label = tokens.get(i).ner();
            if (label == null || label.equals("O")) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && label.equals(tokens.get(j).ner())) {
                j++;
            }
            Entity e = clean(text, tokens.get(i).start(), tokens.get(j - 1).end(), label, sentence);
            if (e != null) {
                out.add(e);
            }
            i = j;
        }
        return out;
    }

    private Entity clean(String text, int start, int end, String label, int sentence) {
        String s = text.substring(start, end);
        Matcher m = LEADING.matcher(s);
        if (m.find()) {
            start += m.end();
        }
        s = text.substring(start, end);
        m = TRAILING.matcher(s);
        if (m.find()) {
            end -= s.length() - m.start();
        }
        if (end <= start) {
            return null;
        }
        String covered = text.substring(start, end);
        // a lone abbreviation or initial is not a name ("M." tagged as a person);
        // the trailing dot was trimmed above, so test the form with its dot
        if (abbreviations.contains(covered + ".") || covered.length() == 1) {
            return null;
        }
        return new Entity(covered, label, start, end, sentence, null, Entity.Origin.MODEL);
    }
}
