package fr.vigie.claims.mention;

import fr.vigie.entities.GazetteerStage;
import fr.vigie.lexicon.Entries.PlaceEntry;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.PhraseMatcher;
import fr.vigie.lexicon.Word;
import fr.vigie.model.Claim.ActorType;
import fr.vigie.model.Document;
import fr.vigie.model.Entity;

import java.util.List;
import java.util.Set;

/**
 * A police or gendarmerie of another country is that country's, never the French one: "la
 * police italienne", "la police cantonale genevoise" (a nationality after the body, maybe
 * after an adjective of the body), "la police de Genève", "les gendarmes du Canada" (a foreign
 * place right after it), "En Belgique, la police locale…" (a foreign country opening the
 * sentence). Such a mention becomes a FOREIGN actor named after its country, as the rules name
 * theirs ({@code claims/rules/ForeignBodies}). Nationalities are in {@code lexicons/nationalities.tsv}.
 */
final class ForeignForces {

    private static final Set<ActorType> FORCES = Set.of(ActorType.NATIONAL_POLICE, ActorType.GENDARMERIE,
            ActorType.MUNICIPAL_POLICE);

    private final Lexicons lexicons;

    ForeignForces(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The mention as a foreign body when its words or its sentence say so; the mention itself otherwise. */
    Mention of(Document doc, List<Word> ws, List<Entity> es, Mention m) {
        if (m.kind() != Mention.Kind.ACTOR || !FORCES.contains(m.actorType())) return m;
        int end = m.endWord();
        String country = null;
        int after = end;
        if (after + 1 < ws.size() && institutionalAdjective(ws.get(after))
                && lexicons.nationalities().longestAt(ws, after + 1, ws.size()) != null) {
            after++;
        }
        PhraseMatcher.Match<String> nationality = after < ws.size() ? lexicons.nationalities().longestAt(ws, after, ws.size()) : null;
        if (nationality != null) {
            country = nationality.value();
            end = nationality.endWord();
        }
        if (country == null) {
            for (Entity e : es) {
                String place = foreignPlace(e);
                if (place == null) continue;
                int first = wordAt(ws, e.start());
                boolean inside = e.start() >= m.start() && e.end() <= m.end();
                boolean right = first > end - 1 && first - end <= 3 && end < ws.size()
                        && Set.of("de", "du", "des", "d").contains(ws.get(end).norm());
                if (inside || right) country = place;
            }
        }
        if (country == null && ws.size() > 3 && Set.of("en", "au", "aux").contains(ws.get(0).norm())) {
            for (Entity e : es) {
                String place = foreignPlace(e);
                int first = wordAt(ws, e.start());
                int last = wordAt(ws, e.end() - 1);
                if (place != null && first == 1 && last + 1 < ws.size() && ws.get(last + 1).norm().equals(",")) {
                    country = place;
                    if (end < ws.size() && institutionalAdjective(ws.get(end))) end++; // "la police locale"
                }
            }
        }
        if (country == null) return m;
        String base = m.canonical().replace(" nationale", "");
        int stop = ws.get(end - 1).end();
        return new Mention(m.kind(), m.origin(), doc.cut(m.start(), stop), base + " (" + country + ")", m.start(), stop,
                m.sentence(), m.firstWord(), end, ActorType.FOREIGN, null, null, m.head(), m.determiner(), m.plural(), -1);
    }

    private String foreignPlace(Entity e) {
        if (!e.type().equals(GazetteerStage.PLACE) || e.canonical() == null) return null;
        PlaceEntry p = lexicons.place(e.canonical());
        return p != null && p.actorType() == ActorType.FOREIGN ? p.canonical() : null;
    }

    /** "locale", "cantonale", "fédérale": a lower-case adjective qualifying a body. */
    private static boolean institutionalAdjective(Word w) {
        String n = w.norm();
        return !w.capitalized() && n.length() > 4 && (n.endsWith("ale") || n.endsWith("al") || n.endsWith("ales")
                || n.endsWith("aux") || n.endsWith("aire") || n.endsWith("aires"));
    }

    private static int wordAt(List<Word> ws, int offset) {
        for (int i = 0; i < ws.size(); i++) {
            if (ws.get(i).end() > offset) return i;
        }
        return ws.size();
    }
}
