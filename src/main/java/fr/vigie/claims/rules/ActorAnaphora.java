package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimRules.Anaphor;
import fr.vigie.claims.ClaimRules.AnaphorKind;
import fr.vigie.entities.GazetteerStage;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Entries.PlaceEntry;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Word;
import fr.vigie.lexicon.Words;
import fr.vigie.model.Claim;
import fr.vigie.model.Entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Actors named by their role ("la commune", "la préfecture", "la société") resolved to the town or body of the story. */
final class ActorAnaphora {

    private final Lexicons lexicons;
    private final ClaimRules rules;

    ActorAnaphora(Lexicons lexicons, ClaimRules rules) {
        this.lexicons = lexicons;
        this.rules = rules;
    }

    /**
     * Actors named by their role ("la commune", "la police municipale", "la préfecture") take
     * the identity of the last town or actor of the story; returns the last town after this
     * sentence. A role with nothing to refer to stays what the lexicon says, or nothing.
     */
    String resolveActors(String text, SentenceView v, String lastTown, List<Mention> history) {
        String town = lastTown;
        List<Hit<Anaphor>> hits = new ArrayList<>();
        for (Hit<Anaphor> h : rules.anaphora().findLongest(v.words, 0, v.words.size())) {
            if (h.value().kind() == AnaphorKind.ACTOR) hits.add(h);
        }
        int next = 0;
        List<Mention> resolved = new ArrayList<>();
        for (int i = 0; i <= v.words.size(); i++) {
            // towns named before position i in this sentence count
            for (Mention m : v.mentions) {
                if (m.end() == i) {
                    String t = townOf(m);
                    if (t != null) town = t;
                }
            }
            while (next < hits.size() && hits.get(next).firstWord() == i) {
                Hit<Anaphor> h = hits.get(next++);
                List<Mention> overlapped = new ArrayList<>();
                boolean blocked = false;
                for (Mention m : v.mentions) {
                    if (m.first() < h.endWord() && h.firstWord() < m.end()) {
                        boolean replaceable = (m.kind() == MentionKind.ACTOR && generic(m))
                                || m.entity().origin() == Entity.Origin.MODEL; // "la Métropole" read as a place by the model
                        if (replaceable && m.first() >= h.firstWord() && m.end() <= h.endWord()) {
                            overlapped.add(m);
                        } else {
                            blocked = true;
                        }
                    }
                }
                if (blocked) continue;
                if (h.value().refers().startsWith("TYPE:") && described(v, h.endWord())) continue;
                ActorEntry who = referent(h.value().refers(), town, history);
                if (who == null) continue;
                int start = v.words.get(h.firstWord()).start();
                int end = v.words.get(h.endWord() - 1).end();
                Entity e = new Entity(text.substring(start, end), GazetteerStage.ACTOR, start, end, v.sentence.index(),
                        who.canonical(), Entity.Origin.GAZETTEER);
                v.mentions.removeAll(overlapped);
                resolved.add(new Mention(MentionKind.ACTOR, e, h.firstWord(), h.endWord(), null, who, null, false));
            }
        }
        v.mentions.addAll(resolved);
        v.mentions.sort(Comparator.comparingInt(Mention::first));
        return town;
    }

    /**
     * "l'exploitant du tramway", "la société de gardiennage": a kind of body with a complement that
     * describes it is a new body, not the one of that kind named before.
     */
    private static boolean described(SentenceView v, int end) {
        if (end + 1 >= v.words.size()) return false;
        String n = v.words.get(end).norm();
        int i = end + 1;
        if (n.equals("de") && Set.of("la", "l").contains(v.words.get(i).norm())) i++;
        if (i < v.words.size() && v.words.get(i).norm().equals("'")) i++;
        if (!Set.of("du", "des", "de", "d").contains(n) || i >= v.words.size()) return false;
        Word w = v.words.get(i);
        return !w.capitalized() && !w.norm().isEmpty() && Character.isLetter(w.norm().charAt(0));
    }

    /** An actor of the lexicon that names a kind, not one body: "Police municipale", "Collectivités locales". */
    private boolean generic(Mention m) {
        return lexicons.actorOfPlace(m.actor().type(), "X") != null && m.actor().type() == Claim.ActorType.MUNICIPAL_POLICE
                && !m.actor().canonical().contains(" de ") && !m.actor().canonical().contains(" d'");
    }

    private String townOf(Mention m) {
        if (m.kind() == MentionKind.PLACE && m.place().kind() == fr.vigie.lexicon.Entries.PlaceKind.COMMUNE) {
            return m.place().canonical();
        }
        if (m.kind() == MentionKind.ACTOR && m.actor().type() == Claim.ActorType.LOCAL_AUTHORITY) {
            PlaceEntry p = lexicons.place(m.actor().canonical());
            if (p != null && p.kind() == fr.vigie.lexicon.Entries.PlaceKind.COMMUNE) return p.canonical();
            if (p == null && lexicons.actor(m.actor().canonical()) == null) return m.actor().canonical(); // an unlisted town
        }
        return null;
    }

    private ActorEntry referent(String refers, String town, List<Mention> history) {
        switch (refers) {
            case "TOWN" -> {
                return town == null ? null : new ActorEntry(town, Claim.ActorType.LOCAL_AUTHORITY);
            }
            case "TOWN_POLICE" -> {
                String c = town == null ? null : lexicons.actorOfPlace(Claim.ActorType.MUNICIPAL_POLICE, town);
                return c == null ? null : new ActorEntry(c, Claim.ActorType.MUNICIPAL_POLICE);
            }
            default -> {
                if (refers.startsWith("TYPE:")) {
                    Claim.ActorType type = Claim.ActorType.valueOf(refers.substring("TYPE:".length()));
                    for (int i = history.size() - 1; i >= 0; i--) {
                        ActorEntry a = history.get(i).actor();
                        if (a != null && a.type() == type) return a;
                    }
                    return null;
                }
                // "SAME:communauté/agglomération": the last actor whose name, canonical or as the
                // text wrote it ("la communauté d'agglomération du Grand Dax" is "Grand Dax"), holds one of the words
                String[] words = refers.substring("SAME:".length()).split("/");
                for (int k = 0; k < words.length; k++) words[k] = Words.fold(words[k]);
                for (int i = history.size() - 1; i >= 0; i--) {
                    ActorEntry a = history.get(i).actor();
                    if (a == null) continue;
                    Entity e = history.get(i).entity();
                    String name = Words.fold(a.canonical()) + " " + (e == null || e.text() == null ? "" : Words.fold(e.text()));
                    for (String word : words) if (name.contains(word)) return a;
                }
                return null;
            }
        }
    }
}
