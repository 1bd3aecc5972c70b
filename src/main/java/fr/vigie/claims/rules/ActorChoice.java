package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.claims.ClaimRules.TriggerKind;
import fr.vigie.claims.rules.AgentFinder.AgentResult;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Words;

import java.util.List;
import java.util.Set;

import static fr.vigie.claims.rules.CarryOver.CARRY_SENTENCES;
import static fr.vigie.claims.rules.CarryOver.lastActorBefore;
import static fr.vigie.claims.rules.Gaps.onlyDeterminers;
import static fr.vigie.claims.rules.Grammar.AUXILIARIES;
import static fr.vigie.claims.rules.Grammar.DETERMINERS;
import static fr.vigie.claims.rules.Grammar.PREPOSITIONS;
import static fr.vigie.claims.rules.Grammar.QUOTE_CLOSE;
import static fr.vigie.claims.rules.Grammar.SUBJECT_PRONOUNS;
import static fr.vigie.claims.rules.Grammar.insideActor;
import static fr.vigie.claims.rules.Grammar.insideQuote;
import static fr.vigie.claims.rules.Grammar.passive;
import static fr.vigie.claims.rules.Grammar.subjunctive;
import static fr.vigie.claims.rules.Mention.isActorCandidate;

/** Who a usage trigger's claim is about: the order in which agent, subject, speaker and carried-over actors are tried. */
final class ActorChoice {

    private final SubjectFinder subjects;
    private final AgentFinder agents;
    private final BodyNounPhrases bodyNouns;
    private final CarryOver carryOver;
    private final ImpersonalClause impersonal;
    private final Set<String> vagueQuantifiers;
    private final Set<String> reproachStems;

    ActorChoice(Lexicons lexicons, ClaimRules rules) {
        subjects = new SubjectFinder(lexicons, rules);
        agents = new AgentFinder(lexicons, rules);
        bodyNouns = new BodyNounPhrases(lexicons, rules);
        carryOver = new CarryOver(lexicons, rules);
        impersonal = new ImpersonalClause(lexicons, rules);
        vagueQuantifiers = rules.words("vague-quantifiers");
        reproachStems = rules.words("reproach-stems");
    }

    /**
     * The actors of a usage trigger and how they were found. {@code carried}: from before this
     * sentence; {@code answered}: the "nous" of an interview's answers.
     */
    record Actors(List<Mention> actors, boolean carried, boolean answered) {
    }

    /**
     * The actors of a usage trigger over its bound tools, first found first: the "par" agent,
     * the body a reproach is addressed to, the subject before it, a place or a kind of body
     * that opens the sentence, the speaker of a quoted "nous", the interviewee; then, carried
     * over from the story, the actor of the claim just before, the one body named just before,
     * the body of an impersonal decision, the actor a subject pronoun stands for. Null when
     * the trigger must give no claim (an agent that is no user, a governed noun with no agent
     * of its own); no actors when none was found.
     */
    Actors choose(String text, SentenceView v, TriggerHit t, List<Mention> boundTools, Draft previous,
                  List<Mention> previousActors, List<Mention> actorHistory, Mention interviewee) {
        Mention lastTool = boundTools.get(boundTools.size() - 1);
        int afterTrigger = Math.max(t.end(), lastTool.first() >= t.end() ? lastTool.end() : t.end());
        List<Mention> actors;
        boolean carried = false;
        // a governing verb's actor is its subject; the governed noun speaks only for its "par" agent
        AgentResult agent = t.governs() ? new AgentResult(List.of(), false) : agents.agent(v, t, afterTrigger);
        if (agent.blocked()) return null;
        actors = agent.actors();
        if (t.governed() && actors.isEmpty()) return null;
        if (actors.isEmpty() && t.trigger().kind() == TriggerKind.VERB) {
            Mention object = reproachedBody(v, t);
            if (object != null) actors = List.of(object);
        }
        if (actors.isEmpty()) actors = subjects.subject(v, t);
        if (actors.isEmpty() && t.trigger().kind() != TriggerKind.NOUN && passive(v, t)) {
            // "Au centre commercial X, les images sont analysées par le logiciel Y": the place set before
            Mention at = frontedPlace(v, t);
            if (at != null) actors = List.of(at);
        }
        if (actors.isEmpty() && t.trigger().kind() == TriggerKind.VERB) {
            Mention kind = bodyNouns.kindOfBodyOpening(text, v, t);
            if (kind != null) actors = List.of(kind);
        }
        if (actors.isEmpty() && t.trigger().kind() == TriggerKind.VERB) {
            actors = bodyNouns.bodyNounSubject(text, v, t);
        }
        if (actors.isEmpty() && t.trigger().kind() == TriggerKind.VERB) {
            // « Nous ne faisons aucune reconnaissance faciale », affirme la directrice de l'exploitant
            Mention speaker = firstPersonSpeaker(v, t);
            if (speaker != null) actors = List.of(speaker);
        }
        boolean answered = false;
        if (actors.isEmpty() && t.trigger().kind() == TriggerKind.VERB && interviewee != null && firstPersonSubject(v, t)) {
            // an interview: "nous utilisons …" in the answers speaks for the body named in its opening
            actors = List.of(interviewee);
            carried = true;
            answered = true;
        }
        if (actors.isEmpty() && t.trigger().kind() != TriggerKind.INSTRUMENT && carryOver.mayCarry(v, t, boundTools)) {
            if (previous != null && v.sentence.index() - previous.sentence() <= CARRY_SENTENCES
                    && previous.actorMention() != null
                    && !carryOver.scopedElsewhere(v, Mention.actorOf(previous.actorMention()))) {
                actors = previousActors.size() > 1 && previousActors.contains(previous.actorMention())
                        ? List.copyOf(previousActors) : List.of(previous.actorMention());
                carried = true;
            }
        }
        if (actors.isEmpty() && t.trigger().kind() == TriggerKind.VERB && passive(v, t) && !subjunctive(v, t)
                && !insideQuote(v, t) && carryOver.mayCarry(v, t, boundTools)) {
            // "Les enquêteurs … identifient le conducteur. Une balise est posée sous le véhicule.": a
            // passive with no agent continues the story of the one body named just before
            Mention last = carryOver.storyActor(v, actorHistory);
            if (last != null) {
                actors = List.of(last);
                carried = true;
            }
        }
        if (actors.isEmpty() && t.trigger().kind() == TriggerKind.VERB && impersonal.impersonalBefore(v, t)) {
            // "Il est proposé d'équiper les entrées de ville de caméras": the body whose decision it is
            Mention last = lastActorBefore(v, t, actorHistory);
            if (last != null) {
                actors = List.of(last);
                carried = last.entity().sentence() != v.sentence.index();
            }
        }
        if (actors.isEmpty() && t.trigger().kind() == TriggerKind.VERB && !passive(v, t) && pronounSubject(v, t)) {
            // "Le groupe X … . Il a installé …": the subject pronoun is the actor last named
            Mention last = actorHistory.isEmpty() ? null : actorHistory.get(actorHistory.size() - 1);
            if (last != null && v.sentence.index() - last.entity().sentence() <= 2) {
                actors = List.of(last);
                carried = true;
            }
        }
        return new Actors(actors, carried, answered);
    }

    private static final Set<String> PRONOUN_GAP = Set.of("a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront",
            "n", "ne", "'", "pas", "jamais", "deja", "egalement", "aussi", "bien", "meme", "y", "l", "les", "en");

    /**
     * The body a quoted "nous" speaks for: in « Nous n'utilisons … », affirme la directrice de
     * l'exploitant, the actor named just after the reporting verb that follows the quote.
     */
    private static Mention firstPersonSpeaker(SentenceView v, TriggerHit t) {
        if (!insideQuote(v, t)) return null;
        boolean nous = false;
        for (int i = Math.max(0, t.first() - 6); i < t.first(); i++) {
            if (v.words.get(i).norm().equals("nous")) nous = true;
        }
        if (!nous) return null;
        int close = -1;
        for (int i = t.end(); i < v.words.size(); i++) {
            String n = v.words.get(i).norm();
            if (n.equals("\"") || QUOTE_CLOSE.contains(n)) {
                close = i;
                break;
            }
        }
        if (close < 0) return null;
        int verbEnd = -1;
        for (Hit<CueKind> c : v.cues) {
            if (c.value() == CueKind.REPORTING && c.firstWord() > close && c.firstWord() - close <= 3) verbEnd = c.endWord();
        }
        // inverted speech: « … », insiste la directrice: a comma and the verb after the quote
        if (verbEnd < 0 && close + 2 < v.words.size() && v.words.get(close + 1).norm().equals(",")) verbEnd = close + 3;
        if (verbEnd < 0) return null;
        for (Mention m : v.mentions) {
            if (m.first() >= verbEnd && m.first() - verbEnd <= 10 && isActorCandidate(m)) return m;
        }
        return null;
    }

    /**
     * "plusieurs communes", "d'autres villes", "de nombreuses polices municipales": a kind of body
     * with a vague quantifier names nobody in particular; a counted set ("près de 200 communes")
     * does.
     */
    boolean vagueSet(SentenceView v, Mention a) {
        if (a.kind() != MentionKind.ACTOR || a.first() == 0) return false;
        String canonical = a.actor().canonical();
        boolean kind = canonical.equals("Collectivités locales")
                || (canonical.equals("Police municipale") && Words.fold(a.entity().text()).startsWith("polices"));
        if (!kind) return false;
        // a mention carried from an earlier sentence counts its words in that sentence
        for (int i = Math.max(0, a.first() - 2); i < Math.min(a.first(), v.words.size()); i++) {
            if (vagueQuantifiers.contains(v.words.get(i).norm())) return true;
        }
        return false;
    }

    /** "elle a testé", "il n'a jamais utilisé": a subject pronoun opens the clause of the verb. */
    private static boolean pronounSubject(SentenceView v, TriggerHit t) {
        int i = t.first() - 1;
        while (i >= 0 && t.first() - i <= 5 && PRONOUN_GAP.contains(v.words.get(i).norm())) i--;
        if (i < 0 || !SUBJECT_PRONOUNS.contains(v.words.get(i).norm())) return false;
        if (i == 0) return true;
        String before = v.words.get(i - 1).norm();
        return Set.of(",", ";", ":", "et", "mais", "puis", "car", "\"", "\u00ab").contains(before) || v.words.get(i - 1).isPunctuation();
    }

    /**
     * "La commission a reproché à la GRC d'y avoir eu recours", "accuse la police d'avoir
     * utilisé": the body a reproach is addressed to is the subject of the infinitive after "de".
     */
    private Mention reproachedBody(SentenceView v, TriggerHit t) {
        int i = t.first() - 1;
        while (i >= 0 && t.first() - i <= 5 && (AUXILIARIES.contains(v.words.get(i).norm())
                || Set.of("y", "l", "'", "les", "en", "ne", "n", "pas", "jamais").contains(v.words.get(i).norm()))) {
            i--;
        }
        if (i < 1 || !Set.of("de", "d").contains(v.words.get(i).norm())) return null;
        int end = i; // the object ends before "de", an acronym in brackets aside: "la Gendarmerie royale du Canada (GRC)"
        if (end >= 3 && v.words.get(end - 1).norm().equals(")") && v.words.get(end - 3).norm().equals("(")) end -= 3;
        Mention object = null;
        for (Mention m : v.mentions) {
            if (m.end() == end && isActorCandidate(m)) object = m;
        }
        if (object == null) return null;
        int j = object.first() - 1;
        while (j >= 0 && DETERMINERS.contains(v.words.get(j).norm()) && !v.words.get(j).norm().equals("de")) j--;
        if (j >= 0 && v.words.get(j).norm().equals("a")) j--; // "reproché à la GRC"
        if (j < 0) return null;
        String verb = v.words.get(j).norm();
        for (String stem : reproachStems) if (verb.startsWith(stem)) return object;
        return null;
    }

    private static final Set<String> LOCATIVES = Set.of("a", "au", "aux", "dans", "chez");

    /**
     * "À Montauban, les plaques sont lues…", "Au centre commercial Les Arcades, les images sont
     * analysées…": an actor or a town that opens the sentence after a locative preposition and
     * a comma sets the scene of a passive usage with no agent of its own.
     */
    private static Mention frontedPlace(SentenceView v, TriggerHit t) {
        if (v.words.size() < 4 || !LOCATIVES.contains(v.words.get(0).norm())) return null;
        Mention found = null;
        for (Mention m : v.mentions) {
            if (m.first() < 1 || m.first() > 3 || !isActorCandidate(m)) continue;
            if (m.kind() == MentionKind.PLACE && insideActor(v, m)) continue;
            if (!onlyDeterminers(v.words, 1, m.first())) continue;
            if (m.end() >= t.first() || !v.words.get(m.end()).norm().equals(",")) continue;
            found = m;
            break;
        }
        if (found == null) return null;
        for (Mention m : v.mentions) {
            if (m.first() > found.end() && m.first() < t.first() && isActorCandidate(m)) return null; // another body
        }
        return found;
    }

    private static final Set<String> FIRST_PERSON_GROUP = Set.of("n", "ne", "'", "avons", "sommes", "allons", "devons",
            "comptons", "prevoyons", "envisageons", "souhaitons", "voulons", "pouvons", "jamais", "pas", "plus", "deja",
            "aussi", "egalement", "desormais", "y", "en", "l", "les", "de", "d", "bien", "toujours", "encore", "ensuite");

    /** "nous utilisons", "nous n'avons jamais installé": "nous" is the subject of the usage verb. */
    private static boolean firstPersonSubject(SentenceView v, TriggerHit t) {
        for (int i = t.first() - 1; i >= 0 && t.first() - i <= 6; i--) {
            String n = v.words.get(i).norm();
            if (n.equals("nous")) return i == 0 || !PREPOSITIONS.contains(v.words.get(i - 1).norm()) && !v.words.get(i - 1).norm().equals("chez");
            if (!FIRST_PERSON_GROUP.contains(n)) return false;
        }
        return false;
    }
}
