package fr.vigie.time;

import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.ModelStore.DataLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the rule files of {@code models/time/}: rules, anchors, prefixes, connectors. */
final class RuleFiles {

    static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    private static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET", "INTERVAL");

    private RuleFiles() {
    }

    /** The blocks of a file in the "key<TAB>value" format, each starting with {@code rule}. */
    static List<Map<String, String>> blocks(ModelStore store, String file) {
        List<Map<String, String>> out = new ArrayList<>();
        Map<String, String> cur = null;
        for (DataLine l : store.dataLines(file)) {
            String t = l.text().strip();
            int tab = t.indexOf('\t');
            if (tab < 0) {
                throw l.error("expected key<TAB>value");
            }
            String key = t.substring(0, tab).trim();
            String value = t.substring(tab + 1).trim();
            if (key.equals("rule")) {
                cur = new LinkedHashMap<>();
                cur.put("@where", file + ":" + l.number());
                out.add(cur);
            } else if (cur == null) {
                throw l.error("a block must start with 'rule'");
            }
            if (cur.put(key, value) != null) {
                throw l.error("duplicate key " + key);
            }
        }
        return out;
    }

    static List<TemporalRule> rules(ModelStore store, TimeKnowledge k) {
        List<TemporalRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Map<String, String> b : blocks(store, TimeKnowledge.DIR + "rules.txt")) {
            String where = b.get("@where");
            String name = require(b, "rule", where);
            if (!names.add(name)) {
                throw new IllegalArgumentException(where + ": duplicate rule " + name);
            }
            String example = require(b, "example", where);
            String patternText = require(b, "pattern", where);
            String type = require(b, "type", where);
            if (!TYPES.contains(type)) {
                throw new IllegalArgumentException(where + ": unknown type " + type);
            }
            Set<String> groups = Template.groupNames(patternText);
            Pattern p = k.compile("(?:" + patternText + ")" + NOT_WORD_AFTER, where);
            Template value = Template.parse(b.get("value"), groups, where);
            Template begin = Template.parse(b.get("begin"), groups, where);
            Template end = Template.parse(b.get("end"), groups, where);
            if (type.equals("INTERVAL") ? begin == null || end == null : value == null) {
                throw new IllegalArgumentException(where + ": rule " + name + " lacks its value template(s)");
            }
            Template mod = Template.parse(b.get("mod"), groups, where);
            rules.add(new TemporalRule(name, example, p, type, value, begin, end, mod, rules.size()));
        }
        List<String> raw = store.lines(TimeKnowledge.DIR + "anchors.txt");
        String example = null;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i).strip();
            String where = "anchors.txt:" + (i + 1);
            if (line.startsWith("# example:")) {
                example = line.substring("# example:".length()).trim();
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 3 || example == null) {
                throw new IllegalArgumentException(where + ": expected phrases<TAB>type<TAB>value, after an example line");
            }
            List<String> phrases = Arrays.stream(f[0].split("\\|")).map(String::trim).toList();
            List<String> longestFirst = new ArrayList<>(phrases);
            longestFirst.sort(java.util.Comparator.comparingInt(String::length).reversed());
            String type = f[1].trim();
            if (!TYPES.contains(type) || type.equals("INTERVAL")) {
                throw new IllegalArgumentException(where + ": bad type " + type);
            }
            StringBuilder alt = new StringBuilder();
            for (String ph : longestFirst) {
                alt.append(alt.length() == 0 ? "" : "|").append(ph);
            }
            Pattern p = k.compile("(?:" + alt + ")" + NOT_WORD_AFTER, where);
            Set<String> none = Set.of();
            Template mod = f.length > 3 ? Template.parse(f[3].trim(), none, where) : null;
            rules.add(new TemporalRule("anchor:" + phrases.get(0), example, p, type,
                    Template.parse(f[2].trim(), none, where), null, null, mod, rules.size()));
            example = null;
        }
        return List.copyOf(rules);
    }

    static List<PrefixRule> prefixes(ModelStore store, TimeKnowledge k) {
        List<PrefixRule> out = new ArrayList<>();
        for (Map<String, String> b : blocks(store, TimeKnowledge.DIR + "prefixes.txt")) {
            String where = b.get("@where");
            String patternText = require(b, "pattern", where);
            Set<String> groups = Template.groupNames(patternText);
            Pattern p = k.compile(NOT_WORD_BEFORE + "(?:" + patternText + ")[\\s\\u00A0\\u202F]*\\z", where);
            Set<String> applies = Set.of(require(b, "applies", where).split("\\s+"));
            PrefixRule.Bounds bounds = PrefixRule.Bounds.valueOf(b.getOrDefault("bounds", "point").toUpperCase());
            out.add(new PrefixRule(require(b, "rule", where), require(b, "example", where), p, applies, bounds,
                    Template.parse(b.get("mod"), groups, where),
                    b.containsKey("tense") ? Tense.valueOf(b.get("tense")) : null));
        }
        return List.copyOf(out);
    }

    /** Interval connectors: [words before the first date (ending at it), words between the dates]. */
    static List<Pattern[]> connectors(ModelStore store, TimeKnowledge k) {
        List<Pattern[]> out = new ArrayList<>();
        for (DataLine l : store.dataLines(TimeKnowledge.DIR + "connectors.txt")) {
            String[] f = l.fields();
            if (f.length != 2) {
                throw l.error("expected before<TAB>between");
            }
            String where = l.file() + ":" + l.number();
            Pattern before = k.compile(NOT_WORD_BEFORE + "(?:" + f[0] + ")[\\s\\u00A0\\u202F]*\\z", where);
            Pattern between = k.compile("[\\s\\u00A0\\u202F]*(?:" + f[1] + ")[\\s\\u00A0\\u202F]*", where);
            out.add(new Pattern[]{before, between});
        }
        return List.copyOf(out);
    }

    /** Patterns of background-cues.txt, each ending where a date starts. */
    static List<Pattern> background(ModelStore store, TimeKnowledge k) {
        List<Pattern> out = new ArrayList<>();
        for (DataLine l : store.dataLines(TimeKnowledge.DIR + "background-cues.txt")) {
            String[] f = l.fields();
            if (f.length != 1 || f[0].isEmpty()) {
                throw l.error("expected one pattern");
            }
            out.add(k.compile("(?:" + f[0] + ")[\\s\\u00A0\\u202F]*\\z", l.file() + ":" + l.number()));
        }
        return List.copyOf(out);
    }

    private static String require(Map<String, String> b, String key, String where) {
        String v = b.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException(where + ": missing " + key);
        }
        return v;
    }
}
