package fr.vigie.time;

import fr.vigie.model.DocumentDate;
import fr.vigie.model.Sentence;
import fr.vigie.model.TemporalExpression;
import fr.vigie.model.TemporalExpression.Interval;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.time.PrefixRule.Bounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French temporal tagger of Vigie: rules and word lists read once from
 * {@code models/time/}, patterns compiled at load time and tried only at the starts of
 * words, through an index of the characters each rule can start with.
 *
 * <p>Four passes over a text: (1) every rule at every word start gives candidates with
 * an underspecified value; (2) prefixes ("depuis", "avant", "fin") extend candidates;
 * (3) the longest candidates win, without overlap, and pairs of dates joined by
 * connectors ("de … à …") become intervals; (4) {@link TemporalResolver} gives each its
 * value in text order, carrying the narrative from one expression to the next.
 *
 * <p>Thread-safe: all state of a call lives in the call.
 */
public final class RuleBasedTemporalTagger implements TemporalTagger {

    private static final int PREFIX_WINDOW = 48;
    private static final Pattern DAY_VALUE = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d.*|UNDEF-(?:year|last|next)-\\d\\d-\\d\\d(?:-w\\d)?|.*-day.*|.*weekday.*");
    /** Between a date and the clock time that belongs to it: "le 3 mars à 14 heures", "samedi 7 heures". */
    private static final Pattern DATE_TIME_GAP = Pattern.compile(
            "[\\s\\u00A0\\u202F]*,?[\\s\\u00A0\\u202F]*(?:(?:à|vers|dès)[\\s\\u00A0\\u202F]+)?");
    /**
     * Clock times that carry their own cue ("vers 6 heures", "peu avant 21 heures"): after a
     * comma they are a further precision of the day, a separate expression ("Au matin du
     * 14 mai, vers 6 heures").
     */
    private static final java.util.Set<String> CUED_CLOCK_RULES = java.util.Set.of("clock_time_approx", "clock_time_cue");
    private static final Pattern WEEKDAY_RAW = Pattern.compile("UNDEF-year-weekday-([1-7])");
    /** "mardi 2 heures de débat": hours of something, not a time of the day. */
    private static final Pattern QUANTITY_OF = Pattern.compile("[\\s\\u00A0]+(?:de|d'|d’|du|des|durant|pendant)\\b");
    private static final String DAY_PERIOD_OF_NARRATIVE = "UNDEF-ref-day-p-T";
    private static final String ANCHOR = "anchor:";
    private static final Pattern CLOCK_THEN_DAY = Pattern.compile("[\\s\\u00A0\\u202F]*,[\\s\\u00A0\\u202F]*");
    private static final Pattern HOURS = Pattern.compile("PT(\\d{1,2})H");
    private static final Pattern CLOCK = Pattern.compile("T\\d\\d:\\d\\d");
    private static final Pattern KNOWN_DURATION = Pattern.compile("P(\\d+)([YMWD])");

    private final List<TemporalRule> rules;
    private final List<PrefixRule> prefixes;
    private final List<Pattern[]> connectors;
    private final TenseDetector tense;
    private final List<Pattern> background;
    private final TemplateFunctions functions;
    private final List<Map<Long, TemporalRule[]>> byPrefix = new ArrayList<>();
    private final boolean[] inAlphabet = new boolean[Character.MAX_VALUE + 1];
    /** For each INTERVAL rule, the groups of its first end (names ending in 1) and of its second (in 2). */
    private final Map<String, String[][]> intervalGroups = new java.util.HashMap<>();

    private RuleBasedTemporalTagger(TimeKnowledge k, List<TemporalRule> rules, List<PrefixRule> prefixes,
                                    List<Pattern[]> connectors, TenseDetector tense, List<Pattern> background) {
        this.rules = rules;
        this.background = background;
        this.prefixes = prefixes;
        this.connectors = connectors;
        this.tense = tense;
        this.functions = new TemplateFunctions(k);
        for (TemporalRule r : rules) {
            if (r.type().equals("INTERVAL")) {
                Set<String> names = Template.groupNames(r.pattern().pattern());
                intervalGroups.put(r.name(), new String[][]{
                        names.stream().filter(n -> n.endsWith("1")).toArray(String[]::new),
                        names.stream().filter(n -> n.endsWith("2")).toArray(String[]::new)});
            }
        }
        index();
    }

    /** Loads the rules of {@code models/time/} from the store; throws on a malformed file. */
    public static RuleBasedTemporalTagger load(ModelStore store) {
        TimeKnowledge k = TimeKnowledge.load(store);
        return new RuleBasedTemporalTagger(k, RuleFiles.rules(store, k), RuleFiles.prefixes(store, k),
                RuleFiles.connectors(store, k), new TenseDetector(store), RuleFiles.background(store, k));
    }

    /** The names and examples of the extraction rules, for review and tests. */
    public Map<String, String> ruleExamples() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        rules.forEach(r -> out.put(r.name(), r.example()));
        return out;
    }

    /** The names and examples of the prefix rules. */
    public Map<String, String> prefixExamples() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        prefixes.forEach(r -> out.put(r.name(), r.example()));
        return out;
    }

    /**
     * Whether the named rule matches all of {@code text} (for checking rule examples); a rule
     * that opens with a look-behind may leave the context it looks at before its match.
     */
    public boolean ruleMatchesWhole(String name, String text) {
        for (TemporalRule r : rules) {
            if (r.name().equals(name)) {
                Matcher m = r.pattern().matcher(text);
                m.useTransparentBounds(true);
                if (m.matches()) {
                    return true;
                }
                if (!r.pattern().pattern().startsWith("(?:(?<=")) {
                    return false;
                }
                m.reset();
                while (m.find()) {
                    if (m.end() == text.length()) {
                        return true;
                    }
                }
                return false;
            }
        }
        throw new IllegalArgumentException("no rule " + name);
    }

    /**
     * Indexes the rules by the first characters they can start with (up to {@link #DEPTH},
     * runs of spaces counting as one, letters in lower case), found by asking each pattern
     * whether an input of that many characters matches or could be continued
     * ({@link Matcher#hitEnd()}). A rule whose possible beginnings grow too many at some
     * depth is indexed at the depth before. A look-behind at the start of a rule is left
     * out for this.
     */
    private void index() {
        StringBuilder alphabet = new StringBuilder("abcdefghijklmnopqrstuvwxyz0123456789");
        alphabet.append("àâäçéèêëîïôöùûüÿœæ\u1D49 '-./,:").append(OTHER);
        for (int i = 0; i < alphabet.length(); i++) {
            inAlphabet[alphabet.charAt(i)] = true;
        }
        List<Map<Long, List<TemporalRule>>> lists = new ArrayList<>();
        for (int d = 0; d <= DEPTH; d++) {
            lists.add(new java.util.HashMap<>());
        }
        for (TemporalRule r : rules) {
            Pattern p = withoutLeadingLookBehind(r.pattern());
            List<String> frontier = List.of("");
            int depth = 0;
            while (depth < DEPTH) {
                List<String> next = new ArrayList<>();
                for (String prefix : frontier) {
                    for (int i = 0; i < alphabet.length(); i++) {
                        char c = alphabet.charAt(i);
                        if (c == ' ' && (prefix.isEmpty() || prefix.endsWith(" "))) {
                            continue;
                        }
                        String t = prefix + c;
                        String capitalised = Character.toUpperCase(t.charAt(0)) + t.substring(1);
                        if (viable(p, t) || viable(p, capitalised) || viable(p, t.toUpperCase(java.util.Locale.ROOT))) {
                            next.add(prefix + c);
                        }
                    }
                }
                if (next.size() > FRONTIER_LIMIT || next.isEmpty()) {
                    break;
                }
                frontier = next;
                depth++;
            }
            if (depth == 0) {
                throw new IllegalArgumentException("rule " + r.name() + " cannot start with any known character");
            }
            for (String prefix : frontier) {
                lists.get(depth).computeIfAbsent(pack(prefix, depth), k -> new ArrayList<>()).add(r);
            }
        }
        for (int d = 1; d <= DEPTH; d++) {
            Map<Long, TemporalRule[]> m = new java.util.HashMap<>();
            lists.get(d).forEach((k, v) -> m.put(k, v.toArray(new TemporalRule[0])));
            byPrefix.add(m);
        }
    }

    private static final int DEPTH = 4;
    private static final int FRONTIER_LIMIT = 400;
    private static final char OTHER = '\u0001';

    private static boolean viable(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.lookingAt() || m.hitEnd();
    }

    private static long pack(CharSequence s, int length) {
        long k = 0;
        for (int i = 0; i < length; i++) {
            k = (k << 16) | s.charAt(i);
        }
        return spread(k);
    }

    private static long pack(char[] s, int length) {
        long k = 0;
        for (int i = 0; i < length; i++) {
            k = (k << 16) | s[i];
        }
        return spread(k);
    }

    /**
     * Four 16-bit characters packed in a long collide often under {@link Long#hashCode}
     * (the high and low halves are XORed: "ab" + "cd" and "cd" + "ab" share a bucket), and
     * a crowded HashMap bucket becomes a tree that asks the key's class for its interfaces
     * at every look-up. Multiplying by an odd constant is one-to-one on longs, so keys stay
     * distinct, and spreads them over both halves.
     */
    private static long spread(long k) {
        return k * 0x9E3779B97F4A7C15L;
    }

    /** The first characters of the text at p in the form of the index keys; returns how many. */
    private int keyAt(String text, int p, char[] key) {
        int n = 0;
        int i = p;
        while (n < DEPTH) {
            if (i >= text.length()) {
                key[n++] = OTHER;
                continue;
            }
            char c = text.charAt(i++);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
                if (n > 0 && key[n - 1] == ' ') {
                    continue;
                }
                c = ' ';
            } else if (c == '\u2019' || c == '\u02BC') {
                c = '\'';
            } else if (c == '\u2011' || c == '\u2013') {
                c = '-';
            } else {
                c = Character.toLowerCase(c);
                if (!inAlphabet[c]) {
                    c = OTHER;
                }
            }
            key[n++] = c;
        }
        return n;
    }

    private static Pattern withoutLeadingLookBehind(Pattern p) {
        String s = p.pattern();
        String open = "(?:(?<=";
        if (!s.startsWith(open)) {
            return p;
        }
        int depth = 0;
        for (int i = 3; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != ']') {
                    if (s.charAt(j) == '\\') {
                        j++;
                    }
                    j++;
                }
                i = j;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return Pattern.compile("(?:" + s.substring(i + 1), p.flags());
                }
            }
        }
        return p;
    }

    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?iu)(?:ce|cet|cette)[\\s\\u00A0]");

    /** A day or month without a year named with a demonstrative ("ce jeudi 7 mai"), not "ce jour-là". */
    private static boolean pointsAtNow(String text, Candidate c) {
        return c.raw != null && c.raw.startsWith("UNDEF-year-")
                && DEMONSTRATIVE.matcher(text).region(c.start, c.end).lookingAt()
                && !text.substring(c.start, c.end).contains("-là");
    }

    /** An expression on its way: span, rule, underspecified values. */
    private static final class Candidate {
        int start;
        final int end;
        final TemporalRule rule;
        String type;
        String raw;
        String rawBegin;
        String rawEnd;
        String mod;
        Bounds bounds = Bounds.POINT;
        Tense tense;
        /** The clock time of a date with its time ("le 3 mars à 14 heures"): T14:00. */
        String clock;
        String clockBegin;
        String clockEnd;
        /**
         * The pieces TimeML marks separately: the two ends of an interval, a day and its
         * clock time. Either candidates (joined from two) or spans of one rule's match.
         */
        Candidate partA;
        Candidate partB;

        Candidate(int start, int end, TemporalRule rule) {
            this.start = start;
            this.end = end;
            this.rule = rule;
            this.type = rule == null ? "INTERVAL" : rule.type();
        }

        int length() {
            return end - start;
        }
    }

    @Override
    public List<TemporalExpression> tag(String text, List<Sentence> sentences, DocumentDate documentDate) {
        DocumentDate date = documentDate == null ? DocumentDate.NONE : documentDate;
        List<Candidate> candidates = scan(text);
        Matcher[] prefixMatchers = new Matcher[prefixes.size()];
        for (Candidate c : candidates) {
            extend(text, c, prefixMatchers);
        }
        List<Candidate> chosen = select(candidates);
        chosen = withClockTimes(text, chosen);
        chosen = join(text, chosen);
        return resolve(text, sentences, date, chosen);
    }

    // ------------------------------------------------------------------ pass 1: rules

    private List<Candidate> scan(String text) {
        int n = text.length();
        Matcher[] matchers = new Matcher[rules.size()];
        List<Candidate> out = new ArrayList<>();
        char[] key = new char[DEPTH];
        boolean prevWord = false;
        for (int p = 0; p < n; p++) {
            char c = text.charAt(p);
            boolean word = Character.isLetterOrDigit(c);
            boolean startOfWord = word && !prevWord;
            prevWord = word;
            if (!startOfWord) {
                continue;
            }
            keyAt(text, p, key);
            for (int depth = 1; depth <= DEPTH; depth++) {
                TemporalRule[] rs = byPrefix.get(depth - 1).get(pack(key, depth));
                if (rs != null) {
                    tryRules(rs, text, p, matchers, out);
                }
            }
        }
        return out;
    }

    private void tryRules(TemporalRule[] rs, String text, int p, Matcher[] matchers, List<Candidate> out) {
        int n = text.length();
        for (TemporalRule r : rs) {
            Matcher m = matchers[r.order()];
            if (m == null) {
                m = r.pattern().matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                matchers[r.order()] = m;
            }
            m.region(p, n);
            if (m.lookingAt() && m.end() > p) {
                Candidate cd = build(r, m, p, text);
                if (cd != null) {
                    out.add(cd);
                }
            }
        }
    }

    private Candidate build(TemporalRule r, Matcher m, int p, String text) {
        Candidate c = new Candidate(p, m.end(), r);
        if (r.type().equals("INTERVAL")) {
            c.rawBegin = r.begin().eval(m, functions);
            c.rawEnd = r.end().eval(m, functions);
            if (c.rawBegin == null || c.rawEnd == null) {
                return null;
            }
            endsOf(c, m, text);
        } else {
            c.raw = r.value().eval(m, functions);
            if (c.raw == null) {
                return null;
            }
        }
        if (!TemporalResolver.isValidDate(c.raw) || !TemporalResolver.isValidDate(c.rawBegin)
                || !TemporalResolver.isValidDate(c.rawEnd)) {
            return null;
        }
        if (r.mod() != null) {
            String mod = r.mod().eval(m, functions);
            c.mod = mod == null || mod.isEmpty() ? null : mod;
        }
        return c;
    }

    /** "de 23 heures": what may follow the last group of an interval's first end and still belong to it. */
    private static final Pattern END_UNIT = Pattern.compile("[\\s\\u00A0\\u202F]*(?:heures?|h)(?![\\p{L}])");

    /**
     * The two ends of an interval matched by one rule ("du 1er au 3 mars", "de 23 heures à
     * 6 heures"): its groups named with a final 1 make the first end (with the word "heures"
     * after them), the second end runs from the first group named with a final 2 to the end
     * of the match ("3 mars", whose month is the end's as much as the beginning's).
     */
    private void endsOf(Candidate c, Matcher m, String text) {
        String[][] g = intervalGroups.get(c.rule.name());
        int aStart = Integer.MAX_VALUE;
        int aEnd = -1;
        int bStart = Integer.MAX_VALUE;
        for (String name : g[0]) {
            if (m.start(name) >= 0) {
                aStart = Math.min(aStart, m.start(name));
                aEnd = Math.max(aEnd, m.end(name));
            }
        }
        for (String name : g[1]) {
            if (m.start(name) >= 0) {
                bStart = Math.min(bStart, m.start(name));
            }
        }
        if (aEnd < 0 || bStart == Integer.MAX_VALUE || aEnd > bStart) {
            return;
        }
        Matcher u = END_UNIT.matcher(text);
        u.region(aEnd, bStart);
        if (u.lookingAt()) {
            aEnd = u.end();
        }
        c.partA = new Candidate(aStart, aEnd, null);
        c.partB = new Candidate(bStart, m.end(), null);
    }

    // ------------------------------------------------------------------ pass 2: prefixes

    private void extend(String text, Candidate c, Matcher[] matchers) {
        for (int round = 0; round < 3; round++) {
            int bestStart = c.start;
            PrefixRule best = null;
            String bestMod = null;
            for (int i = 0; i < prefixes.size(); i++) {
                PrefixRule pr = prefixes.get(i);
                if (!applies(pr, c)) {
                    continue;
                }
                Matcher m = matchers[i];
                if (m == null) {
                    m = pr.pattern().matcher(text);
                    m.useTransparentBounds(true);
                    matchers[i] = m;
                }
                m.region(Math.max(0, c.start - PREFIX_WINDOW), c.start);
                if (m.find() && m.start() < bestStart) {
                    bestStart = m.start();
                    best = pr;
                    bestMod = pr.mod() == null ? null : pr.mod().eval(m, functions);
                }
            }
            if (best == null) {
                return;
            }
            c.start = bestStart;
            if (c.bounds == Bounds.POINT) {
                c.bounds = best.bounds();
            }
            if (c.tense == null) {
                c.tense = best.tense();
            }
            if (c.mod == null && bestMod != null && !bestMod.isEmpty()) {
                c.mod = bestMod;
            }
        }
    }

    private static boolean applies(PrefixRule pr, Candidate c) {
        if (pr.applies().contains(c.type)) {
            return true;
        }
        return pr.applies().contains("COARSE") && c.type.equals("DATE") && !DAY_VALUE.matcher(c.raw).matches();
    }

    // ------------------------------------------------------------------ pass 3: selection, intervals

    private static List<Candidate> select(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(c -> c.start)
                .thenComparingInt(c -> c.rule.order()));
        TreeMap<Integer, Candidate> taken = new TreeMap<>();
        for (Candidate c : candidates) {
            Map.Entry<Integer, Candidate> before = taken.floorEntry(c.start);
            if (before != null && before.getValue().end > c.start) {
                continue;
            }
            Map.Entry<Integer, Candidate> after = taken.ceilingEntry(c.start);
            if (after != null && after.getKey() < c.end) {
                continue;
            }
            taken.put(c.start, c);
        }
        return new ArrayList<>(taken.values());
    }

    private List<Candidate> join(String text, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Candidate a = in.get(i);
            if (i + 1 < in.size()) {
                Candidate b = in.get(i + 1);
                int floor = out.isEmpty() ? 0 : out.get(out.size() - 1).end;
                Candidate joined = joinPair(text, a, b, floor);
                if (joined != null) {
                    out.add(joined);
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private Candidate joinPair(String text, Candidate a, Candidate b, int floor) {
        boolean dates = a.type.equals("DATE") && b.type.equals("DATE");
        boolean times = a.type.equals("TIME") && b.type.equals("TIME");
        if (!(dates || times) || b.start - a.end > 40) {
            return null;
        }
        String gap = text.substring(a.end, b.start);
        int start = -1;
        if (a.bounds == Bounds.SINCE && b.bounds == Bounds.UNTIL && gap.isBlank()) {
            start = a.start;
        } else if (a.bounds == Bounds.POINT && a.mod == null) {
            for (Pattern[] con : connectors) {
                Matcher before = con[0].matcher(text);
                before.useTransparentBounds(true);
                before.region(Math.max(floor, a.start - 24), a.start);
                if (!before.find()) {
                    continue;
                }
                boolean between = b.bounds == Bounds.POINT ? con[1].matcher(gap).matches()
                        : b.bounds == Bounds.UNTIL && gap.isBlank();
                if (between) {
                    start = before.start();
                    break;
                }
            }
        }
        if (start < 0) {
            return null;
        }
        Candidate c = new Candidate(start, b.end, null);
        c.rawBegin = a.raw;
        c.rawEnd = b.raw;
        c.clockBegin = a.clock;
        c.clockEnd = b.clock;
        c.partA = a;
        c.partB = b;
        return c;
    }

    /**
     * A date followed by its clock time becomes one TIME expression: "le 3 mars à 14 heures",
     * "samedi 7 heures" (where "7 heures" alone reads as a duration), "hier à 22h30".
     */
    private static List<Candidate> withClockTimes(String text, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Candidate a = in.get(i);
            if (i + 1 < in.size() && a.type.equals("DATE") && DAY_VALUE.matcher(a.raw).matches()) {
                Candidate b = in.get(i + 1);
                String gap = text.substring(a.end, b.start);
                String clock = null;
                if (b.type.equals("TIME") && CLOCK.matcher(b.raw).matches() && DATE_TIME_GAP.matcher(gap).matches()
                        && !(gap.contains(",") && b.rule != null && CUED_CLOCK_RULES.contains(b.rule.name()))) {
                    clock = b.raw;
                } else if (b.type.equals("DURATION") && b.mod == null && gap.isBlank() && !gap.isEmpty()
                        && !QUANTITY_OF.matcher(text).region(b.end, text.length()).lookingAt()) {
                    Matcher h = HOURS.matcher(b.raw);
                    if (h.matches() && Integer.parseInt(h.group(1)) < 24) {
                        clock = "T" + TemplateFunctions.pad2(Integer.parseInt(h.group(1))) + ":00";
                    }
                }
                if (clock != null) {
                    Candidate c = new Candidate(a.start, b.end, a.rule);
                    c.type = "TIME";
                    c.raw = a.raw;
                    c.clock = clock;
                    c.bounds = a.bounds;
                    c.tense = a.tense;
                    c.mod = a.mod != null ? a.mod : b.mod;
                    if (a.rule == null || !a.rule.name().startsWith(ANCHOR)) {
                        // TimeML marks "le 3 mars" and "14 heures" apart, "hier à 22h30" as one
                        c.partA = a;
                        c.partB = b;
                    }
                    out.add(c);
                    i++;
                    continue;
                }
            }
            if (i + 1 < in.size() && a.type.equals("TIME") && a.raw != null && CLOCK.matcher(a.raw).matches()) {
                // "vers 15 h 30, hier": a clock time and then its day, one expression
                Candidate b = in.get(i + 1);
                if (b.type.equals("DATE") && b.rule != null && b.rule.name().startsWith(ANCHOR) && b.bounds == Bounds.POINT
                        && DAY_VALUE.matcher(b.raw).matches() && CLOCK_THEN_DAY.matcher(text.substring(a.end, b.start)).matches()) {
                    Candidate c = new Candidate(a.start, b.end, b.rule);
                    c.type = "TIME";
                    c.raw = b.raw;
                    c.clock = a.raw;
                    c.bounds = a.bounds;
                    c.tense = b.tense;
                    c.mod = a.mod;
                    out.add(c);
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    // ------------------------------------------------------------------ pass 4: values

    /**
     * Gives each expression its value in text order, carrying the narrative: the last date
     * resolved, its sentence, and whether it anchors the dates without a year that follow
     * (an explicit date at a point of time, not a bound such as "jusqu'au 31 mars 2025"; or a
     * year in the same sentence). A background date is not part of the narrative at all: the
     * date that names a text ("le décret du 19 avril 2023") or stands in an apposition
     * (", ouverte en 2019,").
     */
    private List<TemporalExpression> resolve(String text, List<Sentence> sentences, DocumentDate date,
                                             List<Candidate> chosen) {
        List<TemporalExpression> out = new ArrayList<>(chosen.size());
        String ref = null;
        int refSentence = -10;
        boolean refExplicit = false;
        String storyYear = null;
        String lead = date.isKnown() ? null : leadAnchor(text, sentences, chosen);
        TenseDetector.Cues[] lastCues = new TenseDetector.Cues[1];
        String clockRef = null;
        int clockRefSentence = -1;
        int refEnd = -1;
        boolean refOpens = false;
        for (Candidate c : chosen) {
            int si = sentenceIndex(sentences, c.start);
            Sentence s = si >= 0 && si < sentences.size() ? sentences.get(si) : null;
            int sentenceNumber = s == null ? Math.max(0, si) : s.index();
            boolean needsTense = needsTense(c.raw) || needsTense(c.rawBegin) || needsTense(c.rawEnd);
            Tense t = Tense.NONE;
            if (needsTense) {
                t = c.tense != null ? c.tense : tenseAt(text, s, c, lastCues);
            }
            // A demonstrative points at the time of writing, not at the story: "ce jeudi 7 mai",
            // "ce 12 mars" take the document date's year even just after "en 2015".
            boolean deictic = c.tense == Tense.FUTURE || pointsAtNow(text, c);
            // The year the story just gave is that of a day or month without one only while the
            // story goes on: not across a paragraph ("… en 2024 dans les Hauts-de-France.\n\nÀ
            // Paris, la RATP a mis fin en juin …"), not in a sentence that looks ahead (a date
            // to come is not in a past year), and, for a year named in the same sentence, only
            // when it opens the sentence ("L'an dernier, … entre juin et septembre"), not when
            // it dates another clause ("qui avait annoncé l'an dernier …, a fait savoir en juin").
            boolean sameStory = ref != null && text.lastIndexOf("\n\n", c.start) < refEnd && t != Tense.FUTURE;
            boolean prefer = !deictic && sameStory && refExplicit && si - refSentence <= 1
                    || !deictic && sameStory && si == refSentence && ref.length() == 4 && refOpens;
            String reference = ref;
            if (ref == null && lead != null) {
                reference = lead;
            }
            TemporalResolver.Context ctx = new TemporalResolver.Context(date, t, reference, prefer, null);
            String value;
            String mod = c.mod;
            Interval interval;
            String newRef;
            boolean explicit;
            List<TemporalExpression> parts = null;
            String clockDay = null;
            if (isClockCandidate(c)) {
                boolean sameDay = clockRef != null && (clockRefSentence == si || clockRefSentence == si - 1
                        && (c.tense != null ? c.tense : tenseAt(text, s, c, lastCues)) != Tense.NONE);
                clockDay = sameDay ? clockRef : UNKNOWN_DAY;
            }
            if (c.type.equals("INTERVAL")) {
                String[] be = resolveInterval(c, ctx);
                String b = withClock(be[0], c.clockBegin);
                String e = withClock(be[1], c.clockEnd);
                if (isClock(b) && isClock(e)) {
                    // "de 23 heures à 6 heures": both on the day of the story, the end the next day when earlier
                    String endDay = clockDay;
                    if (e.compareTo(b) < 0 && isDay(clockDay)) {
                        endDay = java.time.LocalDate.parse(clockDay).plusDays(1).toString();
                    }
                    b = clockDay + b;
                    e = endDay + e;
                } else if (isClock(b) && isDay(e)) {
                    b = e.substring(0, 10) + b;
                } else if (isDay(b) && isClock(e)) {
                    e = b.substring(0, 10) + e;
                }
                value = b != null && e != null ? b + "/" + e : null;
                interval = new Interval(TemporalResolver.interval(b).begin(), TemporalResolver.interval(e).end());
                newRef = be[1];
                // the end of a span of years is no point the story is at: "par rapport à 1982-1990, … en mars"
                explicit = false;
                if (c.partA != null && c.partB != null) {
                    parts = List.of(end(text, c.partA, b, sentenceNumber), end(text, c.partB, e, sentenceNumber));
                }
            } else {
                String raw = c.raw;
                if (raw.startsWith(DAY_PERIOD_OF_NARRATIVE) && c.rule != null && !c.rule.name().startsWith(ANCHOR)
                        && !(isDay(ref) && si - refSentence <= 2)) {
                    // "en fin d'après-midi" far from any day of the narrative: the day of writing
                    raw = "UNDEF-this-" + raw.substring("UNDEF-ref-".length());
                }
                TemporalResolver.Resolution r = TemporalResolver.resolve(raw, ctx);
                if (!prefer && !deictic && t != Tense.FUTURE && storyYear != null && c.bounds == Bounds.POINT
                        && date.isKnown() && YEARLESS_DAY_OR_MONTH.matcher(raw).matches()
                        && !(s != null && tense.mentionsFuture(text, s.start(), s.end()))) {
                    r = new TemporalResolver.Resolution(inStoryYear(r.value(), storyYear, date), r.mod());
                }
                value = withClock(r.value(), c.clock);
                boolean bareClock = c.clock == null && isClock(value);
                if (bareClock) {
                    // "à 22 h": on the day the story is at, or the day of writing (SPEC §4)
                    value = clockDay + value;
                }
                if (r.mod() != null) {
                    mod = r.mod();
                }
                interval = interval(c, value, mod, ctx);
                boolean background = inBackground(text, c.start);
                newRef = (c.type.equals("DATE") || c.clock != null || c.type.equals("TIME") && isDay(value))
                        && !background ? (bareClock ? value : r.value()) : null;
                explicit = !TemporalResolver.isUnderspecified(c.raw) && c.bounds == Bounds.POINT && !bareClock;
                if (c.clock != null && c.partA != null && c.partB != null) {
                    String day = r.value();
                    parts = List.of(part(text, c.partA, day, c.partA.mod, sentenceNumber, "DATE"),
                            part(text, c.partB, value, c.partB.mod, sentenceNumber, "TIME"));
                }
            }
            if (newRef != null && TemporalResolver.Partial.parse(newRef) != null
                    && !(ref == null && lead != null && TemporalResolver.isUnderspecified(c.raw))) {
                ref = newRef;
                refSentence = si;
                refExplicit = explicit;
                refEnd = c.end;
                refOpens = s != null && OPENING.matcher(text.substring(s.start(), Math.max(s.start(), c.start))).matches();
                if (explicit && t != Tense.FUTURE && newRef.matches("\\d{4}.*")) {
                    storyYear = newRef.substring(0, 4);
                }
            }
            if (c.type.equals("SET")) {
                clockRef = null; // "chaque samedi matin, de 10 heures à 12 heures": hours of a habit
            } else if (c.type.equals("INTERVAL") && value != null && !value.contains("T")) {
                // "du jeudi 2 au dimanche 5 juillet, de 14 heures à 3 heures": hours of each of those
                // days, none in particular; nor is an earlier day theirs
                clockRef = null;
            } else if (!c.type.equals("INTERVAL") && c.bounds == Bounds.POINT && isDay(value)
                    && !inBackground(text, c.start)) {
                clockRef = value.substring(0, 10);
                clockRefSentence = si;
            }
            out.add(new TemporalExpression(text.substring(c.start, c.end), c.start, c.end, c.type, value, mod,
                    interval, parts, sentenceNumber));
        }
        return out;
    }

    private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d.*");

    /** A value that starts with a calendar day (2024-03-03, 2024-03-03T14:00, 2024-03-03TEV). */
    private static boolean isDay(String value) {
        return value != null && FULL_DAY.matcher(value).matches();
    }

    /** A clock time not yet on a day: T22:00. */
    private static boolean isClock(String value) {
        return value != null && CLOCK.matcher(value).matches();
    }

    /**
     * A clock time without its own day is on the day the same sentence told before it, at a
     * point of time ("Dimanche soir, à partir de 22 h" → 1999-05-23T22:00; "le jeudi 7
     * octobre, de 19 h 30 à 20 h 30"), or the previous sentence when this one tells an event,
     * in the past or the future ("Il effectuera aujourd'hui un déplacement. Il tiendra une
     * réunion à 16 h"); otherwise its day is unknown, XXXX-XX-XX, so that the value stays a
     * valid TIMEX3 value without a day being guessed. The day of writing is not taken by
     * itself, nor a day told before a set: most clock times the press gives without their day
     * are the hours of a habit or a rule ("les caméras ne filment qu'entre 22 heures et 6
     * heures", "chaque samedi matin, de 10 heures à 12 heures").
     */
    private static final String UNKNOWN_DAY = "XXXX-XX-XX";

    /** A clock time without its day, or an interval with one. */
    private static boolean isClockCandidate(Candidate c) {
        return c.type.equals("INTERVAL") ? isClock(c.rawBegin) || isClock(c.rawEnd)
                : c.clock == null && isClock(c.raw);
    }

    /** One end of an interval as TimeML marks it, with its own day and clock time when it has both. */
    private static TemporalExpression end(String text, Candidate p, String value, int sentence) {
        String type = value != null && value.contains("T") && !value.startsWith("P") ? "TIME" : "DATE";
        List<TemporalExpression> inner = null;
        if (p.clock != null && p.partA != null && p.partB != null && isDay(value)) {
            inner = List.of(part(text, p.partA, value.substring(0, 10), p.partA.mod, sentence, "DATE"),
                    part(text, p.partB, value, p.partB.mod, sentence, "TIME"));
        }
        return new TemporalExpression(text.substring(p.start, p.end), p.start, p.end, type, value, null,
                TemporalResolver.interval(value), inner, sentence);
    }

    private static TemporalExpression part(String text, Candidate p, String value, String mod, int sentence,
                                           String type) {
        return new TemporalExpression(text.substring(p.start, p.end), p.start, p.end, type, value, mod,
                TemporalResolver.interval(value), null, sentence);
    }

    /** What may come before an expression that opens its sentence: "L'an dernier", "Et en 2015". */
    private static final Pattern OPENING = Pattern.compile("[\\s«\"'(—–-]*(?:(?:et|mais|puis|or|alors|déjà)[\\s,]+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A day or a month without a year: "le 18 mars", "en juillet". */
    private static final Pattern YEARLESS_DAY_OR_MONTH = Pattern.compile("UNDEF-year-\\d\\d(?:-\\d\\d)?");

    /**
     * A day or month without a year, told outside the future in a story whose last explicit
     * date gave its year ("En janvier 2025, … En juillet, …"; a trial reported in 2026 about
     * "mai 2024 … Le 18 mars"), and which the document date alone would put after the time of
     * writing: it takes the story's year, unless that too would put it after the document date.
     */
    private static String inStoryYear(String value, String storyYear, DocumentDate date) {
        if (value == null || value.length() < 7 || value.startsWith(storyYear)
                || value.compareTo(date.value()) <= 0) {
            return value;
        }
        String moved = storyYear + value.substring(4);
        TemporalResolver.Partial p = TemporalResolver.Partial.parse(moved);
        if (p == null || moved.compareTo(date.value()) > 0) {
            return value;
        }
        return moved;
    }

    private Tense tenseAt(String text, Sentence s, Candidate c, TenseDetector.Cues[] last) {
        int from = s == null ? 0 : s.start();
        int to = s == null ? text.length() : s.end();
        // the expressions come in text order: the cues of the previous one's sentence are reused
        TenseDetector.Cues cues = last[0];
        if (cues == null || cues.from() != from || cues.to() != to) {
            cues = tense.cues(text, from, to);
            last[0] = cues;
        }
        return tense.detect(cues, c.start, c.end);
    }

    /** A date with its clock time, when the date is a day: 2024-03-03T14:00; the date alone otherwise. */
    private static String withClock(String value, String clock) {
        if (value == null || clock == null) {
            return value;
        }
        if (value.startsWith("T")) {
            return value;
        }
        return value.length() == 10 && Character.isDigit(value.charAt(0)) ? value + clock : value;
    }

    /** Whether the date at {@code start} is background ("le décret du 19 avril 2023", ", ouverte en 2019,"), not narrative. */
    private boolean inBackground(String text, int start) {
        for (Pattern p : background) {
            Matcher m = p.matcher(text);
            m.useTransparentBounds(true);
            m.region(Math.max(0, start - 48), start);
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a document without a date: the latest day the text states in full at a point of
     * time and not in the future tense ("Rendu public le 28 octobre 2024, …"). The dates
     * without a year that open the text, before any date resolved from the text itself, take
     * their first occurrence on or after it: an article opens with its latest news, which
     * cannot be older than the latest past event it reports. Null when the text states no
     * such day.
     */
    private String leadAnchor(String text, List<Sentence> sentences, List<Candidate> chosen) {
        String best = null;
        TenseDetector.Cues[] lastCues = new TenseDetector.Cues[1];
        for (Candidate c : chosen) {
            if (!c.type.equals("DATE") || c.bounds != Bounds.POINT || c.mod != null
                    || TemporalResolver.isUnderspecified(c.raw) || c.raw.length() != 10) {
                continue;
            }
            TemporalResolver.Partial p = TemporalResolver.Partial.parse(c.raw);
            if (p == null || p.precision() < 3 || inBackground(text, c.start)) {
                continue;
            }
            int si = sentenceIndex(sentences, c.start);
            Sentence s = si >= 0 && si < sentences.size() ? sentences.get(si) : null;
            if (tenseAt(text, s, c, lastCues) == Tense.FUTURE) {
                continue;
            }
            if (best == null || c.raw.compareTo(best) > 0) {
                best = c.raw;
            }
        }
        return best;
    }

    private static String[] resolveInterval(Candidate c, TemporalResolver.Context ctx) {
        boolean bu = TemporalResolver.isUnderspecified(c.rawBegin);
        boolean eu = TemporalResolver.isUnderspecified(c.rawEnd);
        String begin;
        String end;
        if (bu && !eu) {
            end = c.rawEnd;
            begin = TemporalResolver.resolve(c.rawBegin, new TemporalResolver.Context(ctx.documentDate(),
                    ctx.tense(), ctx.reference(), ctx.preferReference(), end)).value();
        } else {
            begin = TemporalResolver.resolve(c.rawBegin, ctx).value();
            end = begin == null ? null : TemporalResolver.resolve(c.rawEnd, new TemporalResolver.Context(
                    ctx.documentDate(), ctx.tense(), begin, true, null)).value();
            Matcher w = WEEKDAY_RAW.matcher(c.rawEnd);
            if (begin != null && w.matches() && begin.matches("\\d{4}-\\d\\d-\\d\\d.*")) {
                // "de samedi 7 heures à dimanche 20 heures": the first such day on or after the beginning
                end = java.time.LocalDate.parse(begin.substring(0, 10)).with(java.time.temporal.TemporalAdjusters
                        .nextOrSame(java.time.DayOfWeek.of(Integer.parseInt(w.group(1))))).toString();
            }
        }
        return new String[]{begin, end};
    }

    private static Interval interval(Candidate c, String value, String mod, TemporalResolver.Context ctx) {
        if (value != null && c.type.equals("DURATION") && c.bounds == Bounds.SINCE) {
            return sinceDuration(value, ctx);
        }
        if (value == null || !(c.type.equals("DATE") || c.type.equals("TIME") && isDay(value))) {
            return Interval.OPEN;
        }
        Interval iv = TemporalResolver.interval(value);
        Bounds b = c.bounds;
        if (b == Bounds.POINT && "AFTER".equals(mod)) {
            b = Bounds.AFTER;
        } else if (b == Bounds.POINT && "BEFORE".equals(mod) && c.raw.startsWith("UNDEF-ref")) {
            b = Bounds.BEFORE;
        }
        return switch (b) {
            case POINT -> iv;
            case SINCE -> new Interval(iv.begin(), null);
            case UNTIL -> new Interval(null, iv.end());
            case BEFORE -> new Interval(null, iv.begin());
            case AFTER -> new Interval(iv.end(), null);
        };
    }

    /** "depuis huit ans": the span began eight years before the document date and is still open. */
    private static Interval sinceDuration(String value, TemporalResolver.Context ctx) {
        Matcher m = KNOWN_DURATION.matcher(value);
        if (!m.matches()) {
            return Interval.OPEN;
        }
        String gran = switch (m.group(2)) {
            case "Y" -> "year";
            case "M" -> "month";
            case "W" -> "week";
            default -> "day";
        };
        String begin = TemporalResolver.resolve("UNDEF-this-" + gran + "-minus-" + m.group(1),
                new TemporalResolver.Context(ctx.documentDate(), Tense.NONE, null, false, null)).value();
        return begin == null ? Interval.OPEN : new Interval(TemporalResolver.interval(begin).begin(), null);
    }

    private static boolean needsTense(String raw) {
        return raw != null && (raw.startsWith("UNDEF-year-") || raw.equals("UNDEF-this-weekend"));
    }

    private static int sentenceIndex(List<Sentence> sentences, int offset) {
        if (sentences == null || sentences.isEmpty()) {
            return 0;
        }
        int lo = 0;
        int hi = sentences.size() - 1;
        int last = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else {
                last = mid;
                if (offset >= s.end()) {
                    lo = mid + 1;
                } else {
                    return mid;
                }
            }
        }
        return last;
    }
}
