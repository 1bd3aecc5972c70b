package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import fr.vigie.model.Sentence;
import fr.vigie.model.TemporalExpression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.vigie.claims.rules.CarryOver.interviewee;
import static fr.vigie.claims.rules.CarryOver.storyDraft;
import static fr.vigie.claims.rules.ClaimDedup.dedup;
import static fr.vigie.claims.rules.DocumentTimes.afterDuration;
import static fr.vigie.claims.rules.DocumentTimes.datelineTime;
import static fr.vigie.claims.rules.DocumentTimes.planNotInThePast;
import static fr.vigie.claims.rules.DocumentTimes.propagateTime;
import static fr.vigie.claims.rules.DocumentTimes.untilFromNow;
import static fr.vigie.claims.rules.LegalReading.propagateLegal;
import static fr.vigie.claims.rules.Mention.isActorCandidate;
import static fr.vigie.claims.rules.TimeReading.NARRATIVE_SENTENCES;
import static fr.vigie.claims.rules.TimeReading.lastEvent;
import static fr.vigie.claims.rules.TimeReading.openingTime;
import static fr.vigie.claims.rules.TimeReading.sinceBefore;

/**
 * The claim rules over a whole document: reads each sentence, walks the story in order
 * carrying over what the sentences before lend (the last town, the actors and tools named,
 * the time that opened the story, the sentence just before, an interview's interviewee),
 * drafts the claims of each sentence, then lends legal status and time across sentences,
 * dedups and numbers the claims. The one public way into these rules. Thread-safe.
 */
public final class StoryWalk {

    private final SentenceReader reader;
    private final ActorAnaphora actorAnaphora;
    private final ToolAnaphora toolAnaphora;
    private final ClaimAssembly assembly;
    private final LikewiseCopies likewiseCopies;

    public StoryWalk(Lexicons lexicons, ClaimRules rules) {
        reader = new SentenceReader(lexicons, rules);
        actorAnaphora = new ActorAnaphora(lexicons, rules);
        toolAnaphora = new ToolAnaphora(lexicons, rules);
        assembly = new ClaimAssembly(lexicons, rules);
        likewiseCopies = new LikewiseCopies(lexicons, rules);
    }

    public List<Claim> extract(Document document) {
        String text = document.text();
        List<SentenceView> views = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            views.add(reader.read(document, s));
        }
        List<Mention> toolHistory = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        Map<Integer, List<Mention>> toolsBySentence = new LinkedHashMap<>();
        String lastTown = null;
        List<Mention> actorHistory = new ArrayList<>();
        TemporalExpression narrative = null;
        int narrativeSentence = -1;
        SentenceView before = null;
        Mention interviewee = null;
        List<Draft> vagueDrafts = new ArrayList<>();
        for (SentenceView v : views) {
            v.since = sinceBefore(v, before);
            if (before != null && v.times.isEmpty()) {
                TemporalExpression event = lastEvent(before, document.date() == null ? null : document.date().value());
                // two sentences back at most: "… du 14 mai 2024, les policiers interpellent … . Ils saisissent … . Ces appareils …"
                if (event == null && before.recent != null && v.sentence.index() - before.recent.sentence() <= 2) event = before.recent;
                v.recent = event;
            }
            before = v;
            if (narrative != null && v.sentence.index() - narrativeSentence <= NARRATIVE_SENTENCES && v.times.isEmpty()) {
                v.narrative = narrative; // a sentence with a time of its own is not scoped by the story's
            }
            lastTown = actorAnaphora.resolveActors(text, v, lastTown, actorHistory);
            List<Mention> anaphoric = toolAnaphora.resolveAnaphora(text, v, toolHistory);
            List<Mention> tools = new ArrayList<>(v.of(MentionKind.TOOL));
            tools.addAll(anaphoric);
            tools.sort(Comparator.comparingInt(Mention::first));
            toolsBySentence.put(v.sentence.index(), tools);
            if (!v.question && !tools.isEmpty() && !v.triggers.isEmpty()) {
                Draft previous = storyDraft(drafts, tools);
                List<Mention> previousActors = new ArrayList<>();
                if (previous != null) {
                    // "Les services du Rhône, du Nord et … utilisent X. Ces directions n'y recourent que …": the whole list goes on
                    for (Draft d : drafts) {
                        if (d.sentence() == previous.sentence() && d.actorMention() != null && !d.carriedActor()
                                && d.claim().action().start() == previous.claim().action().start()
                                && !previousActors.contains(d.actorMention())) {
                            previousActors.add(d.actorMention());
                        }
                    }
                }
                drafts.addAll(assembly.claimsOf(text, v, tools, previous, previousActors, actorHistory, interviewee, vagueDrafts));
            }
            if (interviewee == null) interviewee = interviewee(v);
            if (!v.question && v.triggers.isEmpty()) drafts.addAll(likewiseCopies.likewise(text, v, drafts, vagueDrafts));
            TemporalExpression opening = openingTime(v);
            if (opening != null) {
                narrative = opening;
                narrativeSentence = v.sentence.index();
            }
            for (Mention m : v.of(MentionKind.TOOL)) toolHistory.add(m);
            for (Mention m : v.mentions) {
                if (isActorCandidate(m) && m.kind() == MentionKind.ACTOR) actorHistory.add(m);
            }
        }
        propagateLegal(text, views, toolsBySentence, drafts);
        propagateTime(views, toolsBySentence, drafts);
        afterDuration(document, views, drafts);
        untilFromNow(document, drafts);
        planNotInThePast(document, drafts);
        List<Claim> out = datelineTime(document, dedup(drafts));
        out.sort(Comparator.comparingInt((Claim c) -> c.evidence().start())
                .thenComparingInt(c -> c.action().start()));
        List<Claim> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) numbered.add(out.get(i).withId("c" + (i + 1)));
        return numbered;
    }
}
