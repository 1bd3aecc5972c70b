package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.entities.GazetteerStage;
import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Entries.PlaceEntry;
import fr.vigie.lexicon.Entries.ToolEntry;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Word;
import fr.vigie.lexicon.Words;
import fr.vigie.model.Document;
import fr.vigie.model.Entity;
import fr.vigie.model.Sentence;
import fr.vigie.model.TemporalExpression;

import java.util.Comparator;
import java.util.List;


/** Reads one sentence into a {@link SentenceView}: its named things, times, cues, legal cues and triggers. */
final class SentenceReader {

    private final Lexicons lexicons;
    private final ClaimRules rules;
    private final ForeignBodies foreignBodies;
    private final TriggerFinder triggerFinder;
    private final LegalReading legalReading;

    SentenceReader(Lexicons lexicons, ClaimRules rules) {
        this.lexicons = lexicons;
        this.rules = rules;
        foreignBodies = new ForeignBodies(lexicons, rules);
        triggerFinder = new TriggerFinder(lexicons, rules);
        legalReading = new LegalReading(lexicons, rules);
    }

    SentenceView read(Document doc, Sentence s) {
        String text = doc.text();
        SentenceView v = new SentenceView(s, Words.of(text, s.start(), s.end()), text.substring(s.start(), s.end()));
        for (Entity e : doc.entities()) {
            if (e.end() <= s.start() || e.start() >= s.end()) continue;
            Mention m = mention(v.words, e);
            if (m != null) v.mentions.add(m);
        }
        v.mentions.sort(Comparator.comparingInt(Mention::first));
        foreignBodies.foreign(v);
        for (TemporalExpression t : doc.temporalExpressions()) {
            if (t.start() >= s.start() && t.start() < s.end()) v.times.add(t);
        }
        v.question = fr.vigie.claims.mention.SentenceWords.isQuestion(v.words);
        v.cues = rules.modalityCues().findAll(v.words, 0, v.words.size());
        v.legal = legalReading.withoutBasis(v.words, rules.legalCues().findLongest(v.words, 0, v.words.size()));
        v.triggers = triggerFinder.triggers(doc, v);
        return v;
    }

    private Mention mention(List<Word> words, Entity e) {
        int first = -1, end = -1;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (first < 0 && w.end() > e.start()) first = i;
            if (w.start() < e.end()) end = i + 1;
        }
        if (first < 0 || end <= first) return null;
        String type = e.type();
        if (e.origin() == Entity.Origin.GAZETTEER) {
            switch (type) {
                case GazetteerStage.TOOL, GazetteerStage.VENDOR -> {
                    ToolEntry t = lexicons.tool(e.canonical());
                    return t == null ? null : new Mention(MentionKind.TOOL, e, first, end, t, null, null, false);
                }
                case GazetteerStage.ACTOR -> {
                    ActorEntry a = lexicons.actor(e.canonical());
                    if (a == null) a = lexicons.actorByHead(e.text(), e.canonical()); // "la commune d'Orange"
                    if (a == null) a = lexicons.namedActor(e.text(), e.canonical()); // "le groupe Distrival"
                    if (a == null) a = lexicons.actorByHead(e.canonical(), e.canonical()); // "…, de Malemort et d'Allassac": a list item
                    return a == null ? null : new Mention(MentionKind.ACTOR, e, first, end, null, a, null, false);
                }
                case GazetteerStage.PLACE -> {
                    PlaceEntry p = lexicons.place(e.canonical());
                    return p == null ? null : new Mention(MentionKind.PLACE, e, first, end, null, null, p, false);
                }
                case GazetteerStage.LAW -> {
                    return new Mention(MentionKind.LAW, e, first, end, null, null, null, false);
                }
                default -> {
                    return new Mention(MentionKind.INSTITUTION, e, first, end, null, null, null, false);
                }
            }
        }
        if ("PER".equals(type)) return new Mention(MentionKind.PERSON, e, first, end, null, null, null, false);
        // an organisation the lexicons do not know ("l'AS Garonne") is somebody: it may be the subject
        if ("ORG".equals(type) || "MISC".equals(type) || "LOC".equals(type)) {
            return new Mention(MentionKind.INSTITUTION, e, first, end, null, null, null, false);
        }
        return null;
    }

}
