package fr.vigie.claims;

import fr.vigie.model.Claim;

import fr.vigie.lexicon.CuePattern;
import fr.vigie.lexicon.CueSet;
import fr.vigie.model.Claim.ActionType;
import fr.vigie.model.Claim.LegalStatus;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.ModelStore.DataLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The claim rules of {@code models/claims/}: usage triggers, legal cues, modality cues and
 * anaphora, each a set of precompiled {@link CuePattern}s. Immutable and thread-safe.
 */
public final class ClaimRules {

    public static final String INFLECTIONS = "claims/inflections.tsv";
    public static final String TRIGGERS = "claims/triggers.tsv";
    public static final String LEGAL_CUES = "claims/legal-cues.tsv";
    public static final String MODALITY_CUES = "claims/modality-cues.tsv";
    public static final String ANAPHORA = "claims/anaphora.tsv";
    public static final String WORD_CLASSES = "claims/word-classes.tsv";
    public static final String BODY_HEADS = "claims/body-heads.tsv";

    public enum TriggerKind { VERB, NOUN, INSTRUMENT }

    /** A usage trigger: lemma, action type, and how it finds its actor. */
    public record Trigger(String lemma, ActionType type, TriggerKind kind) {
    }

    /** A legal cue: the status it gives and its ground code (null if none). */
    public record LegalCue(LegalStatus status, String ground) {
    }

    public enum CueKind { SOURCE, REPORTING, CONDITIONAL, NEGATION, NEGATION_END, RESTRICTION, DENIAL, WITHOUT, PLAN, PLAN_ANY, CAPABILITY, REGULATION, INTERVIEW, LIKEWISE }

    public enum AnaphorKind { NP, POSSESSIVE, PRONOUN, CLITIC, ACTOR }

    /**
     * An anaphoric phrase: what it can refer to (PRODUCT or ANY for a tool; TOWN, TOWN_POLICE or
     * SAME:word for an actor), and its grammatical kind.
     */
    public record Anaphor(String refers, AnaphorKind kind) {

        public Anaphor {
            boolean actor = kind == AnaphorKind.ACTOR;
            boolean ok = actor ? refers.equals("TOWN") || refers.equals("TOWN_POLICE") || (refers.startsWith("SAME:") && refers.length() > 5)
                    || (refers.startsWith("TYPE:") && Claim.ActorType.valueOf(refers.substring(5)) != null)
                    : refers.equals("PRODUCT") || refers.equals("ANY");
            if (!ok) throw new IllegalArgumentException("bad reference \"" + refers + "\" for " + kind);
        }
    }

    private final CueSet<Trigger> triggers;
    private final CueSet<LegalCue> legalCues;
    private final CueSet<CueKind> modalityCues;
    private final CueSet<Anaphor> anaphora;
    private final Map<String, Set<String>> wordClasses = new LinkedHashMap<>();
    private final CueSet<Claim.ActorType> bodyHeads;

    private ClaimRules(ModelStore store) {
        Map<String, List<String>> inflections = new LinkedHashMap<>();
        for (DataLine l : store.dataLines(INFLECTIONS)) {
            String[] f = l.fields();
            if (f.length != 2) throw l.error("expected 2 columns: class, endings");
            inflections.put(f[0], List.of(f[1].split("\\|", -1)));
        }
        triggers = read(store, TRIGGERS, inflections, 4, f ->
                new Trigger(f[1], ActionType.valueOf(f[2]), TriggerKind.valueOf(f[3])));
        legalCues = read(store, LEGAL_CUES, inflections, 3, f ->
                new LegalCue(LegalStatus.valueOf(f[1]), f[2].equals("-") ? null : f[2]));
        modalityCues = read(store, MODALITY_CUES, inflections, 2, f -> CueKind.valueOf(f[1]));
        anaphora = read(store, ANAPHORA, inflections, 3, f ->
                new Anaphor(f[1], AnaphorKind.valueOf(f[2])));
        bodyHeads = read(store, BODY_HEADS, inflections, 2, f -> Claim.ActorType.valueOf(f[1]));
        wordClasses.putAll(wordClasses(store));
    }

    /** The closed word classes of {@code word-classes.tsv}, by name (folded words). */
    public static Map<String, Set<String>> wordClasses(ModelStore store) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (DataLine l : store.dataLines(WORD_CLASSES)) {
            String[] f = l.fields();
            if (f.length != 2) throw l.error("expected 2 columns: class, words");
            if (out.put(f[0], Set.of(f[1].split("\\|"))) != null) throw l.error("class listed twice: " + f[0]);
        }
        return out;
    }

    public static ClaimRules load(ModelStore store) {
        return new ClaimRules(store);
    }

    private static <T> CueSet<T> read(ModelStore store, String file, Map<String, List<String>> inflections,
                                      int columns, Function<String[], T> parse) {
        List<CuePattern.Entry<T>> entries = new ArrayList<>();
        for (DataLine l : store.dataLines(file)) {
            String[] f = l.fields();
            if (f.length != columns) throw l.error("expected " + columns + " tab-separated columns");
            try {
                T value = parse.apply(f);
                entries.add(new CuePattern.Entry<>(CuePattern.compile(f[0], inflections), value));
            } catch (RuntimeException e) {
                throw l.error(e.getMessage());
            }
        }
        return new CueSet<>(entries);
    }

    public CueSet<Trigger> triggers() { return triggers; }
    public CueSet<LegalCue> legalCues() { return legalCues; }
    public CueSet<CueKind> modalityCues() { return modalityCues; }
    public CueSet<Anaphor> anaphora() { return anaphora; }
    /** Head nouns of a body no lexicon names, with the actor type they give. */
    public CueSet<Claim.ActorType> bodyHeads() { return bodyHeads; }

    /** A closed word class of {@code word-classes.tsv}; an unknown name is a fault of the rules. */
    public Set<String> words(String wordClass) {
        Set<String> w = wordClasses.get(wordClass);
        if (w == null) throw new IllegalStateException(WORD_CLASSES + " has no class " + wordClass);
        return w;
    }
}
