package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Entries.ToolKind;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.Modality;

import java.util.ArrayList;
import java.util.List;

import static fr.vigie.claims.rules.AttributionReading.attribution;
import static fr.vigie.claims.rules.Grammar.insideQuote;
import static fr.vigie.claims.rules.Mention.actorOf;
import static fr.vigie.claims.rules.PlaceChoice.place;
import static fr.vigie.claims.rules.StatedUsage.adjectival;
import static fr.vigie.claims.rules.StatedUsage.capability;
import static fr.vigie.claims.rules.TimeReading.time;
import static fr.vigie.claims.rules.ToolChoice.bindTools;
import static fr.vigie.claims.rules.ToolChoice.tool;

/**
 * Builds the draft claims of one sentence: for each trigger that states a usage, its tools
 * and actors, then modality, attribution, legal status, time, place and confidence.
 */
final class ClaimAssembly {

    private final ActorChoice actorChoice;
    private final ModalityReading modalities;
    private final LegalReading legalReading;

    ClaimAssembly(Lexicons lexicons, ClaimRules rules) {
        actorChoice = new ActorChoice(lexicons, rules);
        modalities = new ModalityReading(lexicons, rules);
        legalReading = new LegalReading(lexicons, rules);
    }

    List<Draft> claimsOf(String text, SentenceView v, List<Mention> tools, Draft previous, List<Mention> previousActors,
                         List<Mention> actorHistory, Mention interviewee, List<Draft> vagueOut) {
        List<Draft> out = new ArrayList<>();
        for (TriggerHit t : v.triggers) {
            if (capability(v, t) || adjectival(v, t, tools)) continue;
            List<Mention> boundTools = bindTools(v, t, tools);
            if (boundTools.isEmpty()) continue;
            ActorChoice.Actors chosen = actorChoice.choose(text, v, t, boundTools, previous, previousActors, actorHistory,
                    interviewee);
            if (chosen == null) continue;
            List<Mention> actors = chosen.actors();
            boolean carried = chosen.carried();
            boolean answered = chosen.answered();
            List<Mention> vague = actors.stream().filter(a -> actorChoice.vagueSet(v, a)).toList();
            if (actors.isEmpty()) continue;
            Modality modality = modalities.modality(v, t);
            Claim.Attribution attribution = attribution(text, v, t);
            if (modality == Modality.ASSERTED && (attribution != null || insideQuote(v, t) || answered)) modality = Modality.REPORTED;
            Claim.Legal legal = legalReading.legal(text, v, t);
            Claim.Action action = new Claim.Action(text.substring(t.start(), t.stop()), t.trigger().lemma(),
                    t.trigger().type(), t.start(), t.stop());
            Claim.Evidence evidence = new Claim.Evidence(v.sentence.index(), v.sentence.start(), v.sentence.end(),
                    text.substring(v.sentence.start(), v.sentence.end()));
            for (Mention toolMention : boundTools) {
                Claim.Tool tool = tool(text, v, toolMention);
                Claim.Time time = time(v, t, previous, tool.canonical(), modality, carried);
                for (Mention a : actors) {
                    ActorEntry who = actorOf(a);
                    Claim.Actor actor = new Claim.Actor(text.substring(a.start(), a.stop()), who.canonical(),
                            who.type(), a.start(), a.stop());
                    Claim.Place place = place(text, v, a, t);
                    double confidence = confidence(carried, toolMention, modality, a, v.sentence.index());
                    Claim c = new Claim(null, actor, action, tool, time, place, legal, modality, attribution, evidence,
                            confidence);
                    // "plusieurs communes": no claim, but a LIKEWISE sentence after it may name them
                    (vague.contains(a) ? vagueOut : out).add(new Draft(c, v.sentence.index(), carried, a));
                }
            }
        }
        return out;
    }

    private static double confidence(boolean carried, Mention tool, Modality modality, Mention actor, int sentence) {
        double c = 0.7;
        if (carried) c -= 0.25;
        if (tool.anaphoric()) c -= 0.1;
        if (tool.tool().kind() != ToolKind.TECHNOLOGY) c += 0.1;
        if (actor.kind() == MentionKind.PLACE) c -= 0.05;
        if (modality == Modality.ALLEGED || modality == Modality.PLANNED) c -= 0.05;
        return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100.0;
    }
}
