package fr.vigie.time;

import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.ModelStore.DataLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French knowledge of the temporal tagger, read once from {@code models/time/}: word
 * lists with their values, macros, and the pattern syntax shared by every rule file
 * (a space is any run of spaces, an apostrophe is ' or ’). Immutable after loading.
 */
final class TimeKnowledge {

    static final String DIR = "time/";
    static final String WS = "[\\s\\u00A0\\u202F]+";
    static final String APOS = "['\u2019\u02BC]";
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern MACRO = Pattern.compile("%([A-Z][A-Z0-9_]*)");

    /** word list name → normalised word → columns after the word. */
    private final Map<String, Map<String, String[]>> lists = new HashMap<>();
    private final Map<String, String> macros = new LinkedHashMap<>();

    private TimeKnowledge() {
    }

    static TimeKnowledge load(ModelStore store) {
        TimeKnowledge k = new TimeKnowledge();
        k.list(store, "months.txt", "MONTH");
        k.list(store, "weekdays.txt", "WEEKDAY");
        k.list(store, "ordinals.txt", "ORDINAL");
        k.list(store, "seasons.txt", "SEASON");
        k.list(store, "parts.txt", "PART");
        k.list(store, "units.txt", "UNIT");
        k.list(store, "directions.txt", "DIR");
        k.list(store, "qualifiers.txt", "QUALIFIER");
        k.list(store, "quantity-nouns.txt", "QTY");
        k.list(store, "not-year-before.txt", "NOT_YEAR_BEFORE");
        k.list(store, "clock-words.txt", "CLOCKWORD");
        k.list(store, "day-periods.txt", "DAYPERIOD");
        k.list(store, "holidays.txt", "HOLIDAY");
        k.numerals(store);
        for (DataLine l : store.dataLines(DIR + "macros.txt")) {
            String[] f = l.fields();
            if (f.length != 2 || f[0].isEmpty() || f[1].isEmpty()) {
                throw l.error("expected NAME<TAB>pattern");
            }
            k.macros.put(f[0], f[1]);
        }
        return k;
    }

    private void list(ModelStore store, String file, String macro) {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (DataLine l : store.dataLines(DIR + file)) {
            String[] f = l.fields();
            if (f[0].isEmpty()) {
                throw l.error("empty word");
            }
            String[] cols = new String[f.length - 1];
            System.arraycopy(f, 1, cols, 0, cols.length);
            m.put(norm(f[0]), cols);
        }
        lists.put(macro, m);
        macros.put(macro, alternation(m.keySet()));
    }

    /** Numbers in letters: the atoms of numerals.txt and the tens composed with units. */
    private void numerals(ModelStore store) {
        Map<String, String[]> m = new LinkedHashMap<>();
        Map<String, Integer> units = new LinkedHashMap<>();
        Map<String, Integer> teens = new LinkedHashMap<>();
        Map<String, Integer> tens = new LinkedHashMap<>();
        for (DataLine l : store.dataLines(DIR + "numerals.txt")) {
            String[] f = l.fields();
            if (f.length != 3) {
                throw l.error("expected word<TAB>value<TAB>class");
            }
            String w = norm(f[0]);
            m.put(w, new String[]{f[1]});
            switch (f[2]) {
                case "unit" -> units.put(w, Integer.parseInt(f[1]));
                case "teen" -> teens.put(w, Integer.parseInt(f[1]));
                case "ten" -> tens.put(w, Integer.parseInt(f[1]));
                case "atom", "quantifier" -> { }
                default -> throw l.error("unknown class " + f[2]);
            }
        }
        for (var t : tens.entrySet()) {
            Map<String, Integer> after = new LinkedHashMap<>(units);
            if (t.getValue() == 60 || t.getValue() == 80) {
                after.putAll(teens);
            }
            for (var u : after.entrySet()) {
                if (u.getKey().equals("une")) {
                    continue;
                }
                String v = String.valueOf(t.getValue() + u.getValue());
                for (String join : new String[]{"-", "-et-", " et "}) {
                    m.putIfAbsent(t.getKey() + join + u.getKey(), new String[]{v});
                }
            }
        }
        lists.put("NUMWORD", m);
        macros.put("NUMWORD", alternation(m.keySet()));
    }

    /** The columns of a word of a list, or null. */
    String[] lookup(String list, String word) {
        if (word == null) {
            return null;
        }
        return lists.get(list).get(norm(word));
    }

    String column(String list, String word, int col) {
        String[] c = lookup(list, word);
        return c == null || c.length <= col ? null : c[col];
    }

    /** A rule pattern with its macros expanded and its spaces and apostrophes made tolerant. */
    Pattern compile(String pattern, String where) {
        String expanded = expand(pattern, 0, where);
        String converted = convert(expanded);
        try {
            return Pattern.compile(converted, FLAGS);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": bad pattern " + pattern + ": " + e.getMessage(), e);
        }
    }

    String expand(String pattern, int depth, String where) {
        if (depth > 8) {
            throw new IllegalArgumentException(where + ": macros nested too deep in " + pattern);
        }
        Matcher m = MACRO.matcher(pattern);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String body = macros.get(m.group(1));
            if (body == null) {
                throw new IllegalArgumentException(where + ": unknown macro %" + m.group(1));
            }
            m.appendReplacement(b, Matcher.quoteReplacement("(?:" + expand(body, depth + 1, where) + ")"));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Spaces and apostrophes outside character classes become tolerant classes. */
    static String convert(String p) {
        StringBuilder b = new StringBuilder(p.length() + 32);
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                b.append(c).append(p.charAt(++i));
            } else if (c == '[') {
                depth++;
                b.append(c);
            } else if (c == ']' && depth > 0) {
                depth--;
                b.append(c);
            } else if (depth == 0 && c == ' ') {
                while (i + 1 < p.length() && p.charAt(i + 1) == ' ') {
                    i++;
                }
                b.append("(?:").append(WS).append(')');
            } else if (depth == 0 && (c == '\'' || c == '\u2019')) {
                b.append(APOS);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * An alternation of literal words, factored as a trie so that the regular expression
     * engine tests each character once ("quarante-cinq", "quarante-six" share "quarante-");
     * longer words are preferred, as the optional continuations are greedy.
     */
    static String alternation(Iterable<String> words) {
        Trie root = new Trie();
        for (String w : words) {
            Trie t = root;
            for (int i = 0; i < w.length(); i++) {
                t = t.children.computeIfAbsent(w.charAt(i), c -> new Trie());
            }
            t.terminal = true;
        }
        return root.regex();
    }

    private static final class Trie {
        final java.util.TreeMap<Character, Trie> children = new java.util.TreeMap<>();
        boolean terminal;

        String regex() {
            StringBuilder b = new StringBuilder();
            boolean first = true;
            for (var e : children.entrySet()) {
                if (!first) {
                    b.append('|');
                }
                first = false;
                b.append(literal(String.valueOf(e.getKey())));
                Trie child = e.getValue();
                if (!child.children.isEmpty()) {
                    b.append("(?:").append(child.regex()).append(')');
                    if (child.terminal) {
                        b.append('?');
                    }
                }
            }
            return b.toString();
        }
    }

    /** A word as a pattern: spaces, apostrophes and hyphens tolerant, other signs escaped. */
    static String literal(String w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == ' ') {
                b.append(WS);
            } else if (c == '\'') {
                b.append(APOS);
            } else if (c == '-') {
                b.append("[-\\u2011]");
            } else if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else {
                b.append(String.format("\\x{%x}", (int) c));
            }
        }
        return b.toString();
    }

    /** The form under which words are looked up: lower case, one kind of space, apostrophe and hyphen. */
    static String norm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            if (c == '\u2019' || c == '\u02BC') {
                c = '\'';
            } else if (c == '\u2011') {
                c = '-';
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
