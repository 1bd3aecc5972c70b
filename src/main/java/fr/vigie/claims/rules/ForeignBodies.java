package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules;
import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Word;
import fr.vigie.model.Claim;
import fr.vigie.model.Entity;

import java.util.Set;

/** Police and gendarmerie of another country ("la police italienne", "En Belgique, la police locale"). */
final class ForeignBodies {

    private final Lexicons lexicons;

    ForeignBodies(Lexicons lexicons, ClaimRules rules) {
        this.lexicons = lexicons;
    }

    /**
     * "la police italienne", "les gendarmes du Canada": a police or gendarmerie followed by a
     * nationality or a foreign country is that country's, never the French one.
     */
    void foreign(SentenceView v) {
        for (int k = 0; k < v.mentions.size(); k++) {
            Mention m = v.mentions.get(k);
            if (m.kind() != MentionKind.ACTOR || m.actor().type() == Claim.ActorType.FOREIGN) continue;
            String country = null;
            Entity entity = m.entity();
            int end = m.end();
            int after = m.end();
            // "la police cantonale genevoise": an adjective of the body may come before the nationality
            if (after + 1 < v.words.size() && institutionalAdjective(v.words.get(after))
                    && lexicons.nationalities().longestAt(v.words, after + 1, v.words.size()) != null) {
                after++;
            }
            var adj = lexicons.nationalities().longestAt(v.words, after, v.words.size());
            if (adj != null) {
                country = adj.value();
                end = adj.endWord(); // "une police québécoise": the adjective belongs to the name
                entity = new Entity(v.surface.substring(entity.start() - v.sentence.start(), adj.end() - v.sentence.start()),
                        entity.type(), entity.start(), adj.end(), entity.sentence(), entity.canonical(), entity.origin());
            }
            if (country == null && m.end() < v.words.size() && Set.of("de", "du", "des", "d").contains(v.words.get(m.end()).norm())) {
                for (Mention p : v.mentions) {
                    if (p.kind() == MentionKind.PLACE && p.first() > m.end() && p.first() - m.end() <= 3
                            && p.place().actorType() == Claim.ActorType.FOREIGN) {
                        country = p.place().canonical();
                    }
                }
            }
            if (country == null) {
                for (Mention p : v.mentions) { // "la police de Genève": the place inside the actor phrase
                    if (p.kind() == MentionKind.PLACE && p.first() >= m.first() && p.end() <= m.end()
                            && p.place().actorType() == Claim.ActorType.FOREIGN) {
                        country = p.place().canonical();
                    }
                }
            }
            if (country == null) country = foreignPlaceAfter(v, m);
            if (country == null && FORCES.contains(m.actor().type())) {
                country = foreignOpening(v); // "En Belgique, la police locale …"
                if (country != null && end < v.words.size() && institutionalAdjective(v.words.get(end))) {
                    Word a = v.words.get(end);
                    end++;
                    entity = new Entity(v.surface.substring(entity.start() - v.sentence.start(), a.end() - v.sentence.start()),
                            entity.type(), entity.start(), a.end(), entity.sentence(), entity.canonical(), entity.origin());
                }
            }
            if (country == null) continue;
            String base = m.actor().canonical().replace(" nationale", "");
            v.mentions.set(k, new Mention(m.kind(), entity, m.first(), end, null,
                    new ActorEntry(base + " (" + country + ")", Claim.ActorType.FOREIGN), null, false));
        }
    }

    private static final Set<Claim.ActorType> FORCES = Set.of(Claim.ActorType.NATIONAL_POLICE, Claim.ActorType.GENDARMERIE,
            Claim.ActorType.MUNICIPAL_POLICE);

    /** "locale", "cantonale", "fédérale", "judiciaire": a lower-case adjective qualifying a body. */
    private static boolean institutionalAdjective(Word w) {
        String n = w.norm();
        return !w.capitalized() && n.length() > 4 && (n.endsWith("ale") || n.endsWith("al") || n.endsWith("ales")
                || n.endsWith("aux") || n.endsWith("aire") || n.endsWith("aires"));
    }

    /**
     * The foreign country that opens the sentence ("En Belgique, …", "Au Canada, …"): the police
     * and gendarmerie of that sentence are that country's.
     */
    private static String foreignOpening(SentenceView v) {
        if (v.words.size() < 3 || !Set.of("en", "au", "aux").contains(v.words.get(0).norm())) return null;
        for (Mention p : v.mentions) {
            if (p.kind() == MentionKind.PLACE && p.first() == 1 && p.end() < v.words.size()
                    && v.words.get(p.end()).norm().equals(",") && p.place().actorType() == Claim.ActorType.FOREIGN) {
                return p.place().canonical();
            }
        }
        return null;
    }

    /**
     * "Le service de police de la ville de Laval, au Québec": a foreign place set off after the
     * actor (and the town it names) by ", au", ", en", ", à" makes it foreign.
     */
    private static String foreignPlaceAfter(SentenceView v, Mention m) {
        int end = m.end();
        Set<String> glue = Set.of("de", "du", "des", "d", "'", "la", "l", "le", "les");
        for (Mention o : v.mentions) {
            if (o.first() < end || o.first() - end > 3 || (o.kind() != MentionKind.ACTOR && o.kind() != MentionKind.PLACE)) continue;
            boolean attached = true;
            for (int i = end; i < o.first(); i++) attached &= glue.contains(v.words.get(i).norm());
            if (attached) end = Math.max(end, o.end()); // "de la ville de Laval"
        }
        if (end + 2 >= v.words.size() || !v.words.get(end).norm().equals(",")
                || !Set.of("au", "en", "a", "aux").contains(v.words.get(end + 1).norm())) {
            return null;
        }
        for (Mention p : v.mentions) {
            if (p.kind() == MentionKind.PLACE && p.first() == end + 2 && p.place().actorType() == Claim.ActorType.FOREIGN) {
                return p.place().canonical();
            }
        }
        return null;
    }
}
