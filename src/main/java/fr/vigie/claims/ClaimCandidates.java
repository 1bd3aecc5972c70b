package fr.vigie.claims;

import fr.vigie.claims.ClaimRules.Anaphor;
import fr.vigie.claims.ClaimRules.AnaphorKind;
import fr.vigie.claims.ClaimRules.Trigger;
import fr.vigie.claims.ClaimRules.TriggerKind;
import fr.vigie.claims.rules.TriggerFinder;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Word;
import fr.vigie.lexicon.Words;
import fr.vigie.model.Span;
import fr.vigie.nlp.SentenceGate;
import fr.vigie.pipeline.ModelStore;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences where the claim rules read part-of-speech tags or statistical entities,
 * found by a cheap pass of the same lexicons and rules ({@code lexicons/tools.tsv},
 * {@code claims/triggers.tsv}, {@code claims/anaphora.tsv}, {@code claims/legal-cues.tsv}):
 * adding a tool or a trigger there changes the candidates too. Every other sentence can be
 * left untagged without changing any claim. The one place where this is decided.
 *
 * <p>Why these, from what {@link RuleBasedClaimExtractor} does with a sentence:
 * <ul>
 *   <li>A claim is drafted only in a sentence with a usage trigger and a tool, named or
 *       referred to. So a <em>claim sentence</em> has a trigger, and names a tool or holds a
 *       tool anaphor after a tool was named. Entities decide its actor, agent, attribution,
 *       which triggers count, which anaphors resolve: it gets entities. Tags are read only
 *       for one-word verb triggers that are also nouns ("l'exploitant", "une équipe") or
 *       follow a determiner ("son test"): a verb the tagger reads as a noun there is no
 *       trigger. It gets tags when it has one.</li>
 *   <li>A sentence with a legal cue and a tool lends its status to the claims on that tool;
 *       whether a noun-phrase anaphor there ("le dispositif") stands for a tool depends on
 *       the entities around it: such a sentence gets entities.</li>
 *   <li>An actor named by its role ("la préfecture", "la commune") becomes the story's
 *       actor unless an entity overlaps it; a later "la préfecture" of a claim sentence may
 *       refer to it. Sentences with such a phrase, before the last claim sentence that
 *       refers back to an actor by name ({@code SAME:} in anaphora.tsv), get entities.</li>
 * </ul>
 * Each test is looser than the extractor's own (every match of every pattern counts, a
 * pronoun anaphor counts when a verb trigger follows within three words), so the gate
 * never leaves out a sentence the extractor would read; {@code GatedPathTest} checks the
 * claims of the samples against those of the full pipeline. Thread-safe.
 */
public final class ClaimCandidates implements SentenceGate {

    /** Words between an anaphor and its trigger for a possessive, pronoun or clitic: "l'a utilisé", "il a été testé". */
    private static final int ANAPHOR_TRIGGER_GAP = 3;

    private final Lexicons lexicons;
    private final ClaimRules rules;

    /**
     * The last answer given on each thread. Every document is asked about twice, with the same
     * text and sentences: by {@code CoreNlpStage} before tagging, and again by
     * {@code ActorMentionFinder} (through another instance over the same lexicons and rules),
     * which keeps statistical organisations only in gated sentences. The answer depends on
     * nothing else, so the second asking reuses the first. Holds one document per thread.
     */
    private static final ThreadLocal<Answer> LAST = new ThreadLocal<>();

    /** An answer and what it was computed from. */
    private record Answer(Lexicons lexicons, ClaimRules rules, String text, List<Span> sentences, List<Need> needs) {

        boolean answers(Lexicons l, ClaimRules r, String t, List<Span> s) {
            return lexicons == l && rules == r && text.equals(t) && sentences.equals(s);
        }
    }

    public ClaimCandidates(Lexicons lexicons, ClaimRules rules) {
        this.lexicons = lexicons;
        this.rules = rules;
    }

    public static ClaimCandidates load(ModelStore store) {
        return new ClaimCandidates(Lexicons.load(store), ClaimRules.load(store));
    }

    /** What the cheap pass sees in one sentence; {@code legalCue} is only looked for with a noun-phrase anaphor. */
    private record Reading(boolean trigger, boolean verbTrigger, boolean tool, boolean toolAnaphor,
                           boolean nounPhraseAnaphor, boolean legalCue, boolean actorByRole, boolean sameActor) {
    }

    @Override
    public List<Need> needs(String text, List<Span> sentences) {
        Answer last = LAST.get();
        if (last != null && last.answers(lexicons, rules, text, sentences)) {
            return last.needs();
        }
        List<Span> spans = List.copyOf(sentences);
        List<Need> needs = List.copyOf(compute(text, spans));
        LAST.set(new Answer(lexicons, rules, text, spans, needs));
        return needs;
    }

    /** {@link #needs}, computed. */
    List<Need> compute(String text, List<Span> sentences) {
        List<Reading> readings = new ArrayList<>(sentences.size());
        for (Span s : sentences) {
            readings.add(read(Words.of(text, s.start(), s.end())));
        }
        int n = readings.size();
        boolean[] claim = new boolean[n];
        boolean toolNamed = false;
        int lastSameActor = -1;
        for (int k = 0; k < n; k++) {
            Reading r = readings.get(k);
            toolNamed |= r.tool();
            claim[k] = r.trigger() && (r.tool() || (r.toolAnaphor() && toolNamed));
            if (claim[k] && r.sameActor()) {
                lastSameActor = k;
            }
        }
        List<Need> out = new ArrayList<>(n);
        toolNamed = false;
        for (int k = 0; k < n; k++) {
            Reading r = readings.get(k);
            toolNamed |= r.tool();
            if (claim[k]) {
                out.add(r.verbTrigger() ? Need.TAGS_AND_ENTITIES : Need.ENTITIES);
            } else if ((r.legalCue() && r.nounPhraseAnaphor() && toolNamed) || (r.actorByRole() && k < lastSameActor)) {
                out.add(Need.ENTITIES);
            } else {
                out.add(Need.NOTHING);
            }
        }
        return out;
    }

    private Reading read(List<Word> words) {
        int size = words.size();
        boolean tool = false;
        for (int i = 0; i < size && !tool; i++) {
            tool = lexicons.tools().longestAt(words, i, size) != null;
        }
        List<Hit<Trigger>> triggers = rules.triggers().findAll(words, 0, size);
        boolean verbTrigger = false;
        for (Hit<Trigger> t : triggers) {
            verbTrigger |= t.value().kind() == TriggerKind.VERB && needsTag(words, t);
        }
        boolean toolAnaphor = false, nounPhrase = false, byRole = false, same = false;
        for (Hit<Anaphor> h : rules.anaphora().findAll(words, 0, size)) {
            switch (h.value().kind()) {
                case ACTOR -> {
                    byRole = true;
                    same |= h.value().refers().startsWith("SAME:");
                }
                case NP -> {
                    toolAnaphor = true;
                    nounPhrase = true;
                }
                case POSSESSIVE -> toolAnaphor |= triggerAfter(triggers, h, TriggerKind.NOUN);
                case PRONOUN, CLITIC -> toolAnaphor |= triggerAfter(triggers, h, TriggerKind.VERB);
            }
        }
        // a legal cue counts only with a noun-phrase anaphor (see needs): not looked for otherwise
        boolean legal = nounPhrase && !rules.legalCues().findAll(words, 0, size).isEmpty();
        return new Reading(!triggers.isEmpty(), verbTrigger, tool, toolAnaphor, nounPhrase, legal, byRole, same);
    }

    /**
     * Whether the extractor reads the tag of this trigger: a one-word verb trigger that is
     * also a noun ("l'exploitant"), or one after a determiner ("une équipe", "son test").
     */
    private boolean needsTag(List<Word> words, Hit<Trigger> t) {
        if (t.endWord() - t.firstWord() != 1) {
            return false;
        }
        return TriggerFinder.isNounHomograph(rules, words, t) || (t.firstWord() > 0
                && TriggerFinder.NOUN_DETERMINERS.contains(words.get(t.firstWord() - 1).norm()));
    }

    /** A trigger of that kind starting within {@link #ANAPHOR_TRIGGER_GAP} words after the anaphor. */
    private static boolean triggerAfter(List<Hit<Trigger>> triggers, Hit<Anaphor> anaphor, TriggerKind kind) {
        for (Hit<Trigger> t : triggers) {
            int gap = t.firstWord() - anaphor.endWord();
            if (t.value().kind() == kind && gap >= 0 && gap <= ANAPHOR_TRIGGER_GAP) {
                return true;
            }
        }
        return false;
    }
}
