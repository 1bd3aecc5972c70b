package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimRules.Anaphor;
import fr.vigie.claims.ClaimRules.AnaphorKind;
import fr.vigie.claims.ClaimRules.TriggerKind;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Entries.ToolKind;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Word;
import fr.vigie.model.Entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static fr.vigie.claims.rules.Grammar.AUXILIARIES;

/** Tools referred to, not named ("le logiciel", "son utilisation", "il", "l'a utilisé"), resolved to the tool named before. */
final class ToolAnaphora {

    private final ClaimRules rules;
    private final Set<String> makerLead;
    private final ImpersonalClause impersonal;

    ToolAnaphora(Lexicons lexicons, ClaimRules rules) {
        this.rules = rules;
        makerLead = rules.words("maker-lead");
        impersonal = new ImpersonalClause(lexicons, rules);
    }

    List<Mention> resolveAnaphora(String text, SentenceView v, List<Mention> history) {
        List<Mention> out = new ArrayList<>();
        List<Mention> explicit = v.of(MentionKind.TOOL);
        List<Mention> sentenceHistory = new ArrayList<>(history);
        for (Hit<Anaphor> h : rules.anaphora().findLongest(v.words, 0, v.words.size())) {
            Anaphor a = h.value();
            if (a.kind() == AnaphorKind.ACTOR) continue;
            boolean applies = switch (a.kind()) {
                case ACTOR -> false;
                case NP -> !overlapsMention(v, h.firstWord(), h.endWord()) && !toolFollows(explicit, h.endWord(), 3)
                        && !makerFollows(v, h.endWord());
                case POSSESSIVE -> nounTriggerAt(v, h.endWord()) && !toolFollows(explicit, h.endWord() + 1, 3);
                case PRONOUN -> verbTriggerWithin(v, h.endWord(), 2) && impersonal.impersonalEnd(v, h.firstWord()) < 0
                        && (h.firstWord() <= 2 || v.words.get(h.firstWord() - 1).norm().equals(","));
                case CLITIC -> verbTriggerAfterAuxiliaries(v, h.endWord()) && !toolFollows(explicit, h.endWord(), 4)
                        && (h.endWord() - h.firstWord() > 1 || !"l".equals(v.words.get(h.firstWord()).norm()));
            };
            if (!applies) continue;
            // tools named earlier in this sentence count as history too
            List<Mention> before = new ArrayList<>(sentenceHistory);
            List<Mention> here = new ArrayList<>(out);
            for (Mention m : explicit) if (m.end() <= h.firstWord()) here.add(m);
            here.sort(Comparator.comparingInt(Mention::first));
            before.addAll(here);
            Mention target = a.kind() == AnaphorKind.POSSESSIVE && !here.isEmpty()
                    ? here.get(here.size() - 1) // "le logiciel, sans que son usage…": the tool just named
                    : lastTool(before, a.refers());
            if (target == null) continue;
            int start = v.words.get(h.firstWord()).start();
            // a pronoun stands for the tool by itself: "Il" of "Il a été utilisé"
            int lastWord = a.kind() == AnaphorKind.PRONOUN ? h.firstWord() : h.endWord() - 1;
            int end = v.words.get(lastWord).end();
            Entity e = new Entity(text.substring(start, end), "TOOL", start, end, v.sentence.index(),
                    target.tool().canonical(), Entity.Origin.GAZETTEER);
            out.add(new Mention(MentionKind.TOOL, e, h.firstWord(), h.endWord(), target.tool(), null, null, true));
        }
        return out;
    }

    /**
     * "une licence du logiciel d'Avigilon", "le logiciel de la société Visiotech": the noun is
     * followed by the name of its maker, which no lexicon knows; it names a new tool, not the
     * one named before.
     */
    private boolean makerFollows(SentenceView v, int end) {
        if (end >= v.words.size() || !Set.of("de", "d", "du").contains(v.words.get(end).norm())) return false;
        int i = end + 1;
        while (i < v.words.size() && i - end <= 5 && (makerLead.contains(v.words.get(i).norm())
                || (!v.words.get(i).capitalized() && v.words.get(i - 1).norm().equals("societe")))) {
            i++; // "de la société française X"
        }
        if (i >= v.words.size()) return false;
        Word w = v.words.get(i);
        if (!w.capitalized() || w.norm().isEmpty() || !Character.isLetter(w.norm().charAt(0))) return false;
        for (Mention m : v.mentions) {
            if (m.first() <= i && i < m.end() && m.entity().origin() == Entity.Origin.GAZETTEER) {
                return false; // a known tool, place or body (the lexicons only: the same with or without the statistical model)
            }
        }
        return true;
    }

    private static boolean overlapsMention(SentenceView v, int first, int end) {
        for (Mention m : v.mentions) {
            if (m.first() < end && first < m.end()) return true;
        }
        return false;
    }

    private static boolean toolFollows(List<Mention> tools, int from, int within) {
        for (Mention m : tools) {
            if (m.first() >= from && m.first() - from <= within) return true;
        }
        return false;
    }

    private static boolean nounTriggerAt(SentenceView v, int word) {
        for (TriggerHit t : v.triggers) if (t.first() == word && t.trigger().kind() == TriggerKind.NOUN) return true;
        return false;
    }

    private static boolean verbTriggerWithin(SentenceView v, int word, int within) {
        for (TriggerHit t : v.triggers) {
            if (t.trigger().kind() == TriggerKind.VERB && t.first() >= word && t.first() - word <= within) return true;
        }
        return false;
    }

    /** A verb trigger right after, or after auxiliaries only: "l'utilise", "l'a utilisé", "y a eu recours". */
    private static boolean verbTriggerAfterAuxiliaries(SentenceView v, int word) {
        int i = word;
        while (i < v.words.size() && i - word <= 2 && (AUXILIARIES.contains(v.words.get(i).norm()))) i++;
        for (TriggerHit t : v.triggers) {
            if (t.first() == i && t.trigger().kind() == TriggerKind.VERB) return true;
            if (t.first() < i && t.end() > i - 1 && t.first() >= word && t.trigger().kind() == TriggerKind.VERB) return true;
        }
        return false;
    }

    private static Mention lastTool(List<Mention> history, String refers) {
        if (refers.equals("PRODUCT")) {
            for (int i = history.size() - 1; i >= 0; i--) {
                if (history.get(i).tool().kind() != ToolKind.TECHNOLOGY) return history.get(i);
            }
        }
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }
}
