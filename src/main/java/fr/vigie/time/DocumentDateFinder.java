package fr.vigie.time;

import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.ModelStore.DataLine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the publication date of a document from its own words ("publié le 14 novembre
 * 2023", "Question soumise le 10 novembre 2022", "Paris, le 5 juin 2023 (AFP)"), from the
 * cues of {@code models/time/document-date-cues.txt}. Conservative: only a full date
 * (day, month, year) right after a cue counts. Thread-safe.
 */
public final class DocumentDateFinder {

    static final int HEAD = 1500;

    private record Cue(Pattern pattern, boolean headOnly) { }

    private final List<Cue> cues = new ArrayList<>();
    private final TimeKnowledge knowledge;
    private final Pattern fullDate;

    private DocumentDateFinder(ModelStore store) {
        knowledge = TimeKnowledge.load(store);
        fullDate = knowledge.compile("(?:%WEEKDAY )?(?:(?<d>%DAY) (?<m>%MONTH) (?<y>\\d{4})"
                + "|(?<d2>0?[1-9]|[12]\\d|3[01])[/.](?<m2>0?[1-9]|1[0-2])[/.](?<y2>\\d{4}))(?!\\d)", "document date");
        for (DataLine l : store.dataLines(TimeKnowledge.DIR + "document-date-cues.txt")) {
            String[] f = l.fields();
            if (f.length != 2 || !(f[0].equals("head") || f[0].equals("any"))) {
                throw l.error("expected head|any<TAB>pattern");
            }
            String where = l.file() + ":" + l.number();
            cues.add(new Cue(knowledge.compile("(?:" + f[1] + ")[\\s\\u00A0\\u202F:]*", where), f[0].equals("head")));
        }
    }

    public static DocumentDateFinder load(ModelStore store) {
        return new DocumentDateFinder(store);
    }

    /** The publication date the text states, as {@code YYYY-MM-DD}, or empty. */
    public Optional<String> find(String text) {
        for (Cue cue : cues) {
            Matcher m = cue.pattern().matcher(text);
            if (cue.headOnly()) {
                m.region(0, Math.min(text.length(), HEAD));
            }
            while (m.find()) {
                Matcher d = fullDate.matcher(text);
                d.region(m.end(), text.length());
                if (d.lookingAt()) {
                    Optional<String> date = date(d);
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> date(Matcher d) {
        try {
            int year;
            int month;
            int day;
            if (d.group("y") != null) {
                year = Integer.parseInt(d.group("y"));
                month = Integer.parseInt(knowledge.column("MONTH", d.group("m"), 0));
                String dd = TimeKnowledge.norm(d.group("d"));
                day = dd.startsWith("1er") || dd.startsWith("1ᵉ") || dd.equals("premier") ? 1 : Integer.parseInt(dd);
            } else {
                year = Integer.parseInt(d.group("y2"));
                month = Integer.parseInt(d.group("m2"));
                day = Integer.parseInt(d.group("d2"));
            }
            if (year < 1900 || year > 2100) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
