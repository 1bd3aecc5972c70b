package fr.vigie.claims.mention;

import fr.vigie.lexicon.CuePattern;
import fr.vigie.lexicon.CueSet;
import fr.vigie.model.Claim.ActorType;
import fr.vigie.model.Claim.ToolCategory;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.ModelStore.DataLine;

import fr.vigie.claims.ClaimRules;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.function.Function;

/**
 * The head nouns that find actors and tools no lexicon names ({@code claims/actor-heads.tsv},
 * {@code claims/tool-heads.tsv}) and the words that give a found tool its category
 * ({@code claims/tool-category-cues.tsv}), with the word classes they read
 * ({@code claims/word-classes.tsv}: count-words, naming-verbs). Immutable and
 * thread-safe.
 */
public final class OpenVocabulary {

    public static final String ACTOR_HEADS = "claims/actor-heads.tsv";
    public static final String TOOL_HEADS = "claims/tool-heads.tsv";
    public static final String TOOL_CATEGORY_CUES = "claims/tool-category-cues.tsv";

    /** How the canonical name of an actor found by its head is made (see actor-heads.tsv). */
    public enum Naming { PLACE, NAME, PHRASE, BODY }

    public record ActorHead(ActorType type, Naming naming) { }

    /** SPECIFIC: a tool by itself; GENERIC: a tool only with a name or a complement. */
    public enum ToolHeadKind {
        SPECIFIC, GENERIC,
        /** Generic, and a tool only by a describing clause or a complement that names a technique. */
        DESCRIBED
    }

    public record ToolHead(ToolCategory category, ToolHeadKind kind) { }

    private final CueSet<ActorHead> actorHeads;
    private final CueSet<ToolHead> toolHeads;
    private final CueSet<ToolCategory> categoryCues;
    private final Set<String> countWords;
    private final Set<String> namingVerbs;
    private final Set<String> actorCounts;
    private final Set<String> vagueHeads;
    private final Set<String> describingVerbStems;
    private final Set<String> cameraStems;
    private final Set<String> describingLeads;
    private final Set<String> editorialMarks;
    private final Set<String> stateWords;
    private final Set<String> capitalHeads;
    private final Set<String> equippingWords;

    private OpenVocabulary(ModelStore store) {
        actorHeads = read(store, ACTOR_HEADS, 3, f -> new ActorHead(ActorType.valueOf(f[1]), Naming.valueOf(f[2])));
        toolHeads = read(store, TOOL_HEADS, 3, f -> new ToolHead(ToolCategory.valueOf(f[1]), ToolHeadKind.valueOf(f[2])));
        categoryCues = read(store, TOOL_CATEGORY_CUES, 2, f -> ToolCategory.valueOf(f[1]));
        Map<String, Set<String>> classes = ClaimRules.wordClasses(store);
        countWords = word(classes, "count-words");
        namingVerbs = word(classes, "naming-verbs");
        Set<String> counts = new java.util.HashSet<>(countWords);
        counts.addAll(word(classes, "actor-quantifiers"));
        actorCounts = Set.copyOf(counts);
        vagueHeads = word(classes, "vague-heads");
        describingVerbStems = word(classes, "describing-verb-stems");
        cameraStems = word(classes, "plain-camera-stems");
        describingLeads = word(classes, "describing-leads");
        editorialMarks = word(classes, "editorial-marks");
        stateWords = word(classes, "state-prepositions");
        capitalHeads = word(classes, "capital-heads");
        equippingWords = word(classes, "equipping-words");
    }

    private static Set<String> word(Map<String, Set<String>> classes, String name) {
        Set<String> w = classes.get(name);
        if (w == null) throw new IllegalStateException(ClaimRules.WORD_CLASSES + " has no class " + name);
        return w;
    }

    public static OpenVocabulary load(ModelStore store) {
        return new OpenVocabulary(store);
    }

    private static <T> CueSet<T> read(ModelStore store, String file, int columns, Function<String[], T> parse) {
        List<CuePattern.Entry<T>> entries = new ArrayList<>();
        for (DataLine l : store.dataLines(file)) {
            String[] f = l.fields();
            if (f.length != columns) throw l.error("expected " + columns + " tab-separated columns");
            try {
                entries.add(new CuePattern.Entry<>(CuePattern.compile(f[0]), parse.apply(f)));
            } catch (RuntimeException e) {
                throw l.error(e.getMessage());
            }
        }
        return new CueSet<>(entries);
    }

    public CueSet<ActorHead> actorHeads() { return actorHeads; }
    public CueSet<ToolHead> toolHeads() { return toolHeads; }
    public CueSet<ToolCategory> categoryCues() { return categoryCues; }
    /** Words that count what follows ("trois", "plusieurs", "une cinquantaine de"): word-classes.tsv count-words. */
    public Set<String> countWords() { return countWords; }
    /** Participles that introduce a product's name ("un logiciel baptisé Veritas"): word-classes.tsv naming-verbs. */
    public Set<String> namingVerbs() { return namingVerbs; }

    /** Stems of the verbs that, after "qui" or "capable de", say what a tool does. */
    public Set<String> describingVerbStems() { return describingVerbStems; }

    /** Adjectives that, with "de" and a verb, say what a tool does ("capables de reconnaître"). */
    public Set<String> describingLeads() { return describingLeads; }

    /** Marks of the writer or the editor ("NDLR", "N.B."), which an entity recogniser may take for a body: never an actor. */
    public Set<String> editorialMarks() { return editorialMarks; }

    /** Words before a bare head that say where or in what state, not who ("mise en service", "hors service"). */
    public Set<String> stateWords() { return stateWords; }

    /** Heads that name a body only with a capital ("l'État", not "en l'état de"): word-classes.tsv capital-heads. */
    public Set<String> capitalHeads() { return capitalHeads; }

    /** Participles that join cameras to the technique they run ("utilisant", "dotées de"): word-classes.tsv equipping-words. */
    public Set<String> equippingWords() { return equippingWords; }

    /** Stems of the nouns that name cameras ({@code plain-camera-stems}). */
    public Set<String> cameraStems() { return cameraStems; }
    /** Count words and the quantifiers that count bodies ("plus de mille magasins", "certains collèges"): count-words and actor-quantifiers. */
    public Set<String> actorCounts() { return actorCounts; }
    /** Heads that name nobody alone ("le service", "la direction"): word-classes.tsv vague-heads. */
    public Set<String> vagueHeads() { return vagueHeads; }
}
