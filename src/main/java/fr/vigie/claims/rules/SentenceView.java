package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.claims.ClaimRules.LegalCue;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Word;
import fr.vigie.model.Sentence;
import fr.vigie.model.TemporalExpression;

import java.util.ArrayList;
import java.util.List;

/** Everything read from one sentence. */
final class SentenceView {
    final Sentence sentence;
    final List<Word> words;
    final String surface;
    final List<Mention> mentions = new ArrayList<>();
    final List<TemporalExpression> times = new ArrayList<>();
    List<TriggerHit> triggers = List.of();
    List<Hit<CueKind>> cues = List.of();
    List<Hit<LegalCue>> legal = List.of();
    boolean question;
    /** The time that opened one of the sentences just before ("En 2018, …"), which the story goes on in. */
    TemporalExpression narrative;
    /** "Depuis, …" with no time of its own: since the last time the sentence before gives. */
    TemporalExpression since;
    /** The last dated event of the sentence just before, for a sentence that dates nothing itself. */
    TemporalExpression recent;

    SentenceView(Sentence sentence, List<Word> words, String surface) {
        this.sentence = sentence;
        this.words = words;
        this.surface = surface;
    }

    List<Mention> of(MentionKind k) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) if (m.kind() == k) out.add(m);
        return out;
    }
}
