package fr.vigie.lexicon;

import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Entries.ActorPattern;
import fr.vigie.lexicon.Entries.InstitutionEntry;
import fr.vigie.lexicon.Entries.LawEntry;
import fr.vigie.lexicon.Entries.PlaceEntry;
import fr.vigie.lexicon.Entries.PlaceKind;
import fr.vigie.lexicon.Entries.ToolEntry;
import fr.vigie.lexicon.Entries.ToolKind;
import fr.vigie.model.Claim.ActorType;
import fr.vigie.model.Claim.LegalStatus;
import fr.vigie.model.Claim.ToolCategory;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.ModelStore.DataLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The domain lexicons of {@code models/lexicons/}, loaded once into immutable matchers:
 * tools, actors, actor patterns, institutions, places and legal references. Every file
 * documents its columns in its header. Loading fails with the file and line of any bad
 * line, and when an alias names two different things in one file.
 */
public final class Lexicons {

    public static final String TOOLS = "lexicons/tools.tsv";
    public static final String ACTORS = "lexicons/actors.tsv";
    public static final String ACTOR_PATTERNS = "lexicons/actor-patterns.tsv";
    public static final String INSTITUTIONS = "lexicons/institutions.tsv";
    public static final String PLACES = "lexicons/places.tsv";
    public static final String COMMUNES = "lexicons/communes.tsv";
    public static final String LAWS = "lexicons/legal-references.tsv";
    public static final String NATIONALITIES = "lexicons/nationalities.tsv";
    public static final String NAMED_ACTORS = "lexicons/named-actors.tsv";
    public static final String ACTOR_UNITS = "lexicons/actor-units.tsv";

    /** A regular-expression variant of a legal reference. */
    public record LawPattern(Pattern regex, LawEntry entry) {
    }

    private final PhraseMatcher<ToolEntry> tools;
    private final PhraseMatcher<ActorEntry> actors;
    private final PhraseMatcher<ActorPattern> actorHeads;
    private final PhraseMatcher<ActorPattern> actorSuffixes;
    private final PhraseMatcher<String> nationalities;
    private final PhraseMatcher<String> actorUnits;
    private final PhraseMatcher<ActorPattern> namedHeads;
    private final PhraseMatcher<ActorPattern> namedSuffixes;
    private final PhraseMatcher<InstitutionEntry> institutions;
    private final PhraseMatcher<PlaceEntry> places;
    private final PhraseMatcher<LawEntry> laws;
    private final List<LawPattern> lawPatterns;
    private final Map<String, ToolEntry> toolsByCanonical;
    private final Map<String, ActorEntry> actorsByCanonical;
    private final Map<String, PlaceEntry> placesByCanonical;
    private final List<ActorPattern> actorPatterns;
    private final Map<String, Integer> aliasCounts = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    private Lexicons(ModelStore store) {
        Map<String, ToolEntry> tc = new HashMap<>();
        tools = read(store, TOOLS, true, 5, f -> {
            ToolEntry e = new ToolEntry(f[0], ToolCategory.valueOf(f[1]), dash(f[2]), ToolKind.valueOf(f[3]));
            tc.put(e.canonical(), e);
            return e;
        }, 4);
        toolsByCanonical = Map.copyOf(tc);

        Map<String, ActorEntry> ac = new HashMap<>();
        actors = read(store, ACTORS, true, 3, f -> {
            ActorEntry e = new ActorEntry(f[0], ActorType.valueOf(f[1]));
            ac.put(e.canonical(), e);
            return e;
        }, 2);
        actorsByCanonical = Map.copyOf(ac);

        List<ActorPattern> aps = new ArrayList<>();
        actorHeads = read(store, ACTOR_PATTERNS, true, 3, f -> {
            if (!f[2].contains("{place}") && !f[2].contains("{de place}")) {
                throw new IllegalArgumentException("template without {place}: " + f[2]);
            }
            ActorPattern p = new ActorPattern(ActorType.valueOf(f[1]), f[2]);
            aps.add(p);
            return p;
        }, 0, false);
        actorPatterns = List.copyOf(aps);
        PhraseMatcher.Builder<ActorPattern> suffixes = PhraseMatcher.builder(false);
        int k = 0;
        for (DataLine l : store.dataLines(ACTOR_PATTERNS)) {
            ActorPattern p = aps.get(k++);
            for (String h : l.fields()[0].split("\\|")) {
                if (h.startsWith("+")) suffixes.add(h.substring(1), p);
            }
        }
        actorSuffixes = suffixes.build();
        PhraseMatcher.Builder<ActorPattern> nh = PhraseMatcher.builder(false);
        PhraseMatcher.Builder<ActorPattern> ns = PhraseMatcher.builder(false);
        for (DataLine l : store.dataLines(NAMED_ACTORS)) {
            String[] f = l.fields();
            if (f.length != 3 || !f[2].contains("{name}")) throw l.error("expected 3 columns: heads, type, template with {name}");
            ActorPattern p;
            try {
                p = new ActorPattern(ActorType.valueOf(f[1]), f[2]);
            } catch (IllegalArgumentException e) {
                throw l.error(e.getMessage());
            }
            for (String h : f[0].split("\\|")) {
                if (h.startsWith("+")) ns.add(h.substring(1), p);
                else nh.add(h, p);
            }
        }
        namedHeads = nh.build();
        namedSuffixes = ns.build();
        PhraseMatcher.Builder<String> nat = PhraseMatcher.builder(false);
        for (DataLine l : store.dataLines(NATIONALITIES)) {
            String[] f = l.fields();
            if (f.length != 2) throw l.error("expected 2 columns: country, adjectives");
            for (String a : f[1].split("\\|")) nat.add(a, f[0]);
        }
        nationalities = nat.build();
        PhraseMatcher.Builder<String> units = PhraseMatcher.builder(false);
        for (DataLine l : store.dataLines(ACTOR_UNITS)) {
            String[] f = l.fields();
            if (f.length != 1) throw l.error("expected 1 column: unit nouns separated by |");
            for (String u : f[0].split("\\|")) units.add(u, u);
        }
        actorUnits = units.build();

        institutions = read(store, INSTITUTIONS, true, 3, f -> new InstitutionEntry(f[0], f[1]), 2);

        Map<String, PlaceEntry> pc = new HashMap<>();
        places = read(store, List.of(PLACES, COMMUNES), false, 3, f -> {
            PlaceEntry e = new PlaceEntry(f[0], PlaceKind.valueOf(f[1]), f[2].equals("-") ? null : ActorType.valueOf(f[2]));
            pc.put(e.canonical(), e);
            return e;
        }, 3, true);
        placesByCanonical = Map.copyOf(pc);

        List<LawPattern> lps = new ArrayList<>();
        laws = read(store, LAWS, false, 5, f -> new LawEntry(f[0], f[1],
                f[2].equals("-") ? null : LegalStatus.valueOf(f[2]), dash(f[3])), 4);
        for (DataLine l : store.dataLines(LAWS)) {
            String[] f = l.fields();
            if (f.length > 5 && !f[5].isEmpty()) {
                LawEntry e = new LawEntry(f[0], f[1], f[2].equals("-") ? null : LegalStatus.valueOf(f[2]), dash(f[3]));
                for (String rx : f[5].split("\\s*\\|\\|\\s*")) {
                    try {
                        lps.add(new LawPattern(Pattern.compile(rx, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), e));
                    } catch (PatternSyntaxException ex) {
                        throw l.error("bad regular expression " + rx);
                    }
                }
            }
        }
        lawPatterns = List.copyOf(lps);
    }

    public static Lexicons load(ModelStore store) {
        Lexicons l = new Lexicons(store);
        if (!l.conflicts.isEmpty()) {
            throw new IllegalArgumentException("aliases naming two different things: " + l.conflicts);
        }
        return l;
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() || s.equals("-") ? null : s;
    }

    private <T> PhraseMatcher<T> read(ModelStore store, String file, boolean plural, int minFields,
                                      Function<String[], T> parse, int aliasColumn) {
        return read(store, file, plural, minFields, parse, aliasColumn, true);
    }

    /**
     * Reads a lexicon: each line gives a value and its aliases (the '|'-separated column
     * {@code aliasColumn}); the first column is an alias too when {@code canonicalIsAlias}.
     */
    private <T> PhraseMatcher<T> read(ModelStore store, String file, boolean plural, int minFields,
                                      Function<String[], T> parse, int aliasColumn, boolean canonicalIsAlias) {
        return read(store, List.of(file), plural, minFields, parse, aliasColumn, canonicalIsAlias);
    }

    /** Reads several files into one lexicon, in order (a file that is not there is skipped after the first). */
    private <T> PhraseMatcher<T> read(ModelStore store, List<String> files, boolean plural, int minFields,
                                      Function<String[], T> parse, int aliasColumn, boolean canonicalIsAlias) {
        PhraseMatcher.Builder<T> b = PhraseMatcher.builder(plural);
        for (String file : files) {
            if (!file.equals(files.get(0)) && !store.exists(file)) continue;
            int count = 0;
            for (DataLine l : store.dataLines(file)) {
                String[] f = l.fields();
                if (f.length < minFields - 1) throw l.error("expected at least " + (minFields - 1) + " tab-separated columns");
                T value;
                try {
                    value = parse.apply(f);
                } catch (RuntimeException e) {
                    throw l.error(e.getMessage());
                }
                List<String> aliases = new ArrayList<>();
                if (canonicalIsAlias) {
                    aliases.add(f[0]);
                    // "Police nationale" also as "police nationale"; one-word names keep their capital
                    String lower = f[0].toLowerCase(java.util.Locale.ROOT);
                    if (plural && f[0].contains(" ") && !lower.equals(f[0])) aliases.add(lower);
                }
                if (f.length > aliasColumn && !f[aliasColumn].isEmpty()) {
                    for (String a : f[aliasColumn].split("\\|")) {
                        if (!a.isBlank()) aliases.add(a.trim());
                    }
                }
                for (String a : aliases) {
                    if (!b.add(a, value)) {
                        conflicts.add(file + ":" + l.number());
                    }
                    count++;
                }
            }
            aliasCounts.put(file, count);
        }
        conflicts.addAll(b.conflicts());
        return b.build();
    }

    public PhraseMatcher<ToolEntry> tools() { return tools; }
    public PhraseMatcher<ActorEntry> actors() { return actors; }
    public PhraseMatcher<ActorPattern> actorHeads() { return actorHeads; }
    public PhraseMatcher<InstitutionEntry> institutions() { return institutions; }
    /** Heads that follow their place: "Vitré Communauté". */
    public PhraseMatcher<ActorPattern> actorSuffixes() { return actorSuffixes; }
    /** Nationality adjectives, to the country's name. */
    public PhraseMatcher<String> nationalities() { return nationalities; }
    /** Nouns of a unit of a body: "compagnie" (de gendarmerie), "équipes" (de la police municipale). */
    public PhraseMatcher<String> actorUnits() { return actorUnits; }
    /** Heads of named-actors.tsv that come before the name ("le groupe Distrival"). */
    public PhraseMatcher<ActorPattern> namedHeads() { return namedHeads; }
    /** Heads of named-actors.tsv that come after the name ("Arvernis Transports"). */
    public PhraseMatcher<ActorPattern> namedSuffixes() { return namedSuffixes; }

    /** The actor an organisation named by a head of named-actors.tsv is ("le groupe Distrival"), or null. */
    public ActorEntry namedActor(String text, String canonical) {
        List<Word> ws = Words.of(text);
        PhraseMatcher.Match<ActorPattern> m = namedHeads.longestAt(ws, 0, ws.size());
        for (int i = 1; m == null && i < ws.size(); i++) {
            PhraseMatcher.Match<ActorPattern> s = namedSuffixes.longestAt(ws, i, ws.size());
            if (s != null && s.endWord() == ws.size()) m = s;
        }
        return m == null ? null : new ActorEntry(canonical, m.value().type());
    }
    public PhraseMatcher<PlaceEntry> places() { return places; }
    public PhraseMatcher<LawEntry> laws() { return laws; }
    public List<LawPattern> lawPatterns() { return lawPatterns; }

    /** The number of aliases read from each file. */
    public Map<String, Integer> aliasCounts() {
        return Map.copyOf(aliasCounts);
    }

    public ToolEntry tool(String canonical) {
        return toolsByCanonical.get(canonical);
    }

    public PlaceEntry place(String canonical) {
        return placesByCanonical.get(canonical);
    }

    /** The canonical name of the actor of {@code type} for a place ("Police municipale de Nice"), or null. */
    public String actorOfPlace(ActorType type, String place) {
        for (ActorPattern p : actorPatterns) {
            if (p.type() == type) return p.canonicalFor(place);
        }
        return null;
    }

    /**
     * What an actor named "head of an unlisted town" is ("la commune d'Orange"): the type of
     * the head of actor-patterns.tsv that starts {@code text}, or null.
     */
    public ActorEntry actorByHead(String text, String canonical) {
        List<Word> ws = Words.of(text);
        PhraseMatcher.Match<ActorPattern> m = actorHeads.longestAt(ws, 0, ws.size());
        if (m == null) {
            for (int i = 1; i < ws.size() && m == null; i++) {
                PhraseMatcher.Match<ActorPattern> s = actorSuffixes.longestAt(ws, i, ws.size());
                if (s != null && s.endWord() == ws.size()) m = s;
            }
        }
        return m == null ? null : new ActorEntry(canonical, m.value().type());
    }

    /**
     * What a canonical actor name is: a listed actor, an actor built from a pattern
     * ("Police municipale de Nice"), or a place acting as an actor; null if none.
     */
    public ActorEntry actor(String canonical) {
        ActorEntry a = actorsByCanonical.get(canonical);
        if (a != null) return a;
        for (ActorPattern p : actorPatterns) {
            String t = p.template();
            int i = t.indexOf('{');
            int j = t.indexOf('}');
            String prefix = t.substring(0, i);
            String suffix = t.substring(j + 1);
            if (canonical.startsWith(prefix) && canonical.endsWith(suffix) && canonical.length() > prefix.length() + suffix.length()) {
                String rest = canonical.substring(prefix.length(), canonical.length() - suffix.length());
                for (String lead : List.of("", "de ", "d'", "du ", "des ")) {
                    if (rest.startsWith(lead)) {
                        String name = rest.substring(lead.length());
                        String candidate = lead.equals("du ") ? "Le " + name : lead.equals("des ") ? "Les " + name : name;
                        PlaceEntry pl = placesByCanonical.get(candidate);
                        if (pl != null && p.canonicalFor(pl.canonical()).equals(canonical)) {
                            return new ActorEntry(canonical, p.type());
                        }
                    }
                }
            }
        }
        PlaceEntry pl = placesByCanonical.get(canonical);
        if (pl != null && pl.actorType() != null) return new ActorEntry(canonical, pl.actorType());
        return null;
    }
}
