package fr.vigie.claims.mention;

import fr.vigie.claims.mention.Mention.Determiner;
import fr.vigie.claims.mention.Mention.Kind;
import fr.vigie.claims.mention.Mention.Origin;
import fr.vigie.claims.mention.OpenVocabulary.ActorHead;
import fr.vigie.claims.mention.OpenVocabulary.Naming;
import fr.vigie.entities.GazetteerStage;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Entries.PlaceEntry;
import fr.vigie.lexicon.Entries.PlaceKind;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.PhraseMatcher;
import fr.vigie.lexicon.Word;
import fr.vigie.lexicon.Words;
import fr.vigie.model.Claim.ActorType;
import fr.vigie.model.Document;
import fr.vigie.model.Entity;
import fr.vigie.nlp.SentenceGate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where actors are found: every phrase of a document that names a body that can use a tool.
 * In order of trust: the actors of the lexicons (domain entities, with their canonical
 * names); a head noun of {@code claims/actor-heads.tsv} with the name that follows it ("la
 * société Lumina", "la ville de Saint-Brieuc"), and each item of a list after such a head ("les
 * enseignes Maxi, Primo et Tarto"); a town of {@code lexicons/places.tsv} or
 * {@code lexicons/communes.tsv} standing alone (not after a preposition: "à Rennes" says where).
 * and the organisations of CoreNLP's entity recogniser ("Eurostar", "Clearview AI") in the
 * sentences where it always runs: the entity gate ({@link SentenceGate}) tags only some
 * sentences, and the same text must give the same claims whether the others are tagged or
 * not. A bare head ("la mairie", "la société") refers back to the last actor of its kind.
 * Thread-safe.
 */
public final class ActorMentionFinder {

    /** Sentences a bare head looks back for its antecedent. */
    private static final int LOOK_BACK = 12;

    private final Lexicons lexicons;
    private final OpenVocabulary vocabulary;

    private final SentenceGate gate;
    private final ForeignForces foreign;

    /** {@code gate}: the sentences whose statistical organisations are read; null reads none. */
    public ActorMentionFinder(Lexicons lexicons, OpenVocabulary vocabulary, SentenceGate gate) {
        this.lexicons = lexicons;
        this.vocabulary = vocabulary;
        this.gate = gate;
        this.foreign = new ForeignForces(lexicons);
    }

    public List<Mention> find(Document doc, SentenceWords words) {
        List<Mention> all = new ArrayList<>();
        Map<Integer, List<Entity>> entities = new HashMap<>();
        for (Entity e : doc.entities()) {
            entities.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
        }
        // which sentences the entity gate tags: computed again here (the full pipeline tags them all),
        // and only for a document where the recogniser found an organisation
        List<SentenceGate.Need> needs = gate == null || !hasOrganisation(doc) ? null : gate.needs(doc.text(), spans(doc));
        Acronyms acronyms = new Acronyms(vocabulary.countWords());
        Mention town = onlyTown(doc, words);
        for (int s = 0; s < words.size(); s++) {
            List<Mention> here = new ArrayList<>();
            List<Entity> es = entities.getOrDefault(s, List.of());
            for (Entity e : es) {
                if (e.type().equals(GazetteerStage.ACTOR) && e.canonical() != null) {
                    ActorEntry a = lexicons.actor(e.canonical());
                    ActorType type = a != null ? a.type() : typeByHead(doc.cut(e.start(), e.end()));
                    here.add(fromSpan(doc, words.get(s), s, e.start(), e.end(), e.canonical(), type, Origin.LEXICON));
                }
            }
            acronyms.mark(doc, words.get(s), s, here);
            heads(doc, words.get(s), s, here, all, town);
            namedLists(doc, words.get(s), s, here);
            appositions(doc, words.get(s), s, es, here);
            for (Entity e : es) {
                if (e.type().equals(GazetteerStage.PLACE) && e.canonical() != null && Phrases.free(here, e.start(), e.end())
                        && !afterPreposition(words.get(s), e.start()) && !dateline(words.get(s), e.end())) {
                    PlaceEntry p = lexicons.place(e.canonical());
                    if (p != null && p.kind() == PlaceKind.COMMUNE && p.actorType() != null) {
                        here.add(fromSpan(doc, words.get(s), s, e.start(), e.end(), p.canonical(), p.actorType(), Origin.PLACE));
                    }
                }
            }
            if (needs != null && s < needs.size() && needs.get(s) != SentenceGate.Need.NOTHING) {
                for (Entity e : es) {
                    if (e.type().equals(ORGANISATION) && e.origin() == Entity.Origin.MODEL && Phrases.free(here, e.start(), e.end())
                            && !afterPreposition(words.get(s), e.start())) {
                        String text = doc.cut(e.start(), e.end());
                        if (vocabulary.editorialMarks().contains(Words.fold(text).replace(".", "").replace(" ", ""))) continue;
                        here.add(fromSpan(doc, words.get(s), s, e.start(), e.end(), text, typeByHead(text), Origin.ENTITY));
                    }
                }
            }
            // "État" in "le Conseil d'État", "région" in "la chambre régionale des comptes": part of an institution's name
            here.removeIf(m -> insideInstitution(es, m));
            for (int k = 0; k < here.size(); k++) here.set(k, foreign.of(doc, words.get(s), es, here.get(k)));
            here.sort(Comparator.comparingInt(Mention::start));
            acronyms.learn(doc, words.get(s), here);
            all.addAll(here);
        }
        return all;
    }

    /**
     * A town set in apposition to a group it belongs to: "à Compiègne, l'une des premières
     * communes à avoir doté sa police de drones". The group's head ("communes") is no actor of
     * its own there: the town is, wherever it stands (even after "à", where a town otherwise
     * says where).
     */
    private void appositions(Document doc, List<Word> ws, int s, List<Entity> es, List<Mention> here) {
        for (Mention m : List.copyOf(here)) {
            if ((m.origin() != Origin.HEAD && m.origin() != Origin.LEXICON) || !m.plural()) continue;
            Mention town = apposed(doc, ws, s, es, m.firstWord());
            if (town == null) continue;
            here.remove(m);
            if (Phrases.free(here, town.start(), town.end())) here.add(town);
        }
    }

    /**
     * The town or body a group starting at word {@code first} of sentence {@code s} stands in
     * apposition to ("X, l'une des (premières) communes …"), as an actor mention; null when none.
     */
    public Mention apposed(Document doc, List<Word> ws, int s, int first) {
        List<Entity> es = new ArrayList<>();
        for (Entity e : doc.entities()) if (e.sentence() == s) es.add(e);
        return apposed(doc, ws, s, es, first);
    }

    private Mention apposed(Document doc, List<Word> ws, int s, List<Entity> es, int first) {
        int j = first - 1;
        while (j >= 0 && vocabulary.countWords().contains(ws.get(j).norm()) && !ws.get(j).norm().startsWith("un")) j--;
        // one adjective before the head: "l'une des rares communes", "l'un des seuls sites"
        if (j >= 1 && !ws.get(j).isPunctuation() && (ws.get(j - 1).norm().equals("des") || ws.get(j - 1).norm().equals("d"))) j--;
        if (j < 0 || !(ws.get(j).norm().equals("des") || ws.get(j).norm().equals("d"))) return null;
        j--;
        if (j >= 0 && ws.get(j).norm().equals("'")) j--;
        if (j < 0 || !(ws.get(j).norm().equals("une") || ws.get(j).norm().equals("un"))) return null;
        j--;
        if (j >= 1 && ws.get(j).norm().equals("'") && ws.get(j - 1).norm().equals("l")) j -= 2;
        if (j < 1 || !ws.get(j).norm().equals(",")) return null;
        Word last = ws.get(j - 1);
        for (Entity e : es) {
            if (e.end() != last.end() || e.canonical() == null) continue;
            if (e.type().equals(GazetteerStage.PLACE)) {
                PlaceEntry p = lexicons.place(e.canonical());
                if (p != null && p.kind() == PlaceKind.COMMUNE && p.actorType() != null) {
                    return fromSpan(doc, ws, s, e.start(), e.end(), p.canonical(), p.actorType(), Origin.PLACE);
                }
            } else if (e.type().equals(GazetteerStage.ACTOR)) {
                ActorEntry a = lexicons.actor(e.canonical());
                ActorType type = a != null ? a.type() : typeByHead(doc.cut(e.start(), e.end()));
                return fromSpan(doc, ws, s, e.start(), e.end(), e.canonical(), type, Origin.LEXICON);
            }
        }
        return null;
    }

    private static final Set<String> NOT_INSTITUTIONS = Set.of(GazetteerStage.ACTOR, GazetteerStage.PLACE,
            GazetteerStage.TOOL, GazetteerStage.VENDOR, GazetteerStage.LAW);

    /** Whether the mention is a shorter part of an institution the gazetteer named (a court, a regulator…). */
    private static boolean insideInstitution(List<Entity> es, Mention m) {
        for (Entity e : es) {
            if (e.origin() == Entity.Origin.GAZETTEER && !NOT_INSTITUTIONS.contains(e.type())
                    && e.start() <= m.start() && m.end() <= e.end() && e.end() - e.start() > m.end() - m.start()) {
                return true;
            }
        }
        return false;
    }

    /** The statistical recogniser's type for organisations. */
    private static final String ORGANISATION = "ORG";

    private static boolean hasOrganisation(Document doc) {
        for (Entity e : doc.entities()) {
            if (e.type().equals(ORGANISATION) && e.origin() == Entity.Origin.MODEL) return true;
        }
        return false;
    }

    private static List<fr.vigie.model.Span> spans(Document doc) {
        List<fr.vigie.model.Span> out = new ArrayList<>(doc.sentences().size());
        for (var s : doc.sentences()) out.add(new fr.vigie.model.Span(s.start(), s.end()));
        return out;
    }

    /** The type a head of actor-heads.tsv gives a body the gazetteer named without typing it ("société Lumina"). */
    private ActorType typeByHead(String text) {
        List<Word> ws = Words.of(text);
        for (Hit<ActorHead> h : vocabulary.actorHeads().findLongest(ws, 0, ws.size())) {
            return h.value().type();
        }
        return ActorType.OTHER;
    }

    /** Whether a place follows a preposition ("à Rennes", "près de Vannes"): then it says where, not who. */
    private static boolean afterPreposition(List<Word> ws, int start) {
        for (int i = 0; i < ws.size(); i++) {
            if (ws.get(i).start() >= start) {
                return i > 0 && PREPOSITIONS.contains(ws.get(i - 1).norm());
            }
        }
        return false;
    }

    /** Whether a place opens a dispatch: "NICE (AFP) -", "Rennes - …": where it was written, not who acts. */
    private static boolean dateline(List<Word> ws, int end) {
        for (int i = 0; i < ws.size(); i++) {
            if (ws.get(i).start() >= end) {
                if (i > 4) return false;
                String n = ws.get(i).norm();
                if (n.equals("-") || n.equals("\u2013") || n.equals("\u2014")) return true;
                return n.equals("(") && i + 2 < ws.size() && ws.get(i + 2).norm().equals(")")
                        && ws.get(i + 1).capitalized();
            }
        }
        return false;
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("a", "au", "aux", "en", "dans", "de", "d",
            "du", "des", "pres", "vers", "sur", "sous", "par", "pour", "entre", "depuis", "chez", "'", "-", "outre", "via");


    private Mention fromSpan(Document doc, List<Word> ws, int s, int start, int end, String canonical,
                                    ActorType type, Origin origin) {
        int first = -1, last = -1;
        for (int i = 0; i < ws.size(); i++) {
            if (first < 0 && ws.get(i).end() > start) first = i;
            if (ws.get(i).start() < end) last = i;
        }
        if (first < 0) first = 0;
        if (last < first) last = first;
        Determiner d = Phrases.determinerBefore(ws, first, vocabulary.countWords());
        return new Mention(Kind.ACTOR, origin, doc.cut(start, end), canonical, start, end, s, first, last + 1, type,
                null, null, ws.get(first).norm(), d, Phrases.pluralWord(ws.get(first)), -1);
    }

    /** Head nouns of actor-heads.tsv with their names, lists and references back. */
    private void heads(Document doc, List<Word> ws, int s, List<Mention> here, List<Mention> before, Mention town) {
        String text = doc.text();
        int size = ws.size();
        for (Hit<ActorHead> h : vocabulary.actorHeads().findLongest(ws, 0, size)) {
            // a head that holds a shorter lexicon name ("communauté de communes" holds "communes") is the longer reading
            if (!Phrases.free(here, h.start(), h.end()) && here.stream().allMatch(m -> !m.overlaps(h.start(), h.end())
                    || (m.origin() == Origin.LEXICON && h.start() <= m.start() && m.end() <= h.end() && m.end() - m.start() < h.end() - h.start()))) {
                here.removeIf(m -> m.overlaps(h.start(), h.end()));
            }
            if (!Phrases.free(here, h.start(), h.end())) continue;
            // "en" or "hors" with a bare head says where or in what state, not who: "la mise en service du
            // dispositif", "voté en mairie", "hors service"
            if (h.firstWord() > 0 && vocabulary.stateWords().contains(ws.get(h.firstWord() - 1).norm())) continue;
            // "en l'état de l'instruction" is no State
            if (h.endWord() == h.firstWord() + 1 && !ws.get(h.firstWord()).capitalized()
                    && vocabulary.capitalHeads().contains(ws.get(h.firstWord()).norm())) continue;
            ActorHead head = h.value();
            int i = h.endWord();
            int nameFrom = i;
            if (i < size && Phrases.OF.contains(ws.get(i).norm())) {
                nameFrom = i + 1;
                if (nameFrom < size && ws.get(nameFrom).norm().equals("'")) nameFrom++;
                if (nameFrom < size && Phrases.DEFINITE.contains(ws.get(nameFrom).norm()) && nameFrom + 1 < size
                        && Phrases.isNameWord(ws.get(nameFrom + 1))) nameFrom++;
            }
            int nameEnd = nameFrom;
            String canonical = null;
            PhraseMatcher.Match<PlaceEntry> place = nameFrom < size ? lexicons.places().longestAt(ws, nameFrom, size) : null;
            if (place != null) {
                nameEnd = place.endWord();
                canonical = place.value().canonical();
            } else {
                nameEnd = Phrases.nameEnd(ws, nameFrom, size);
                if (nameEnd > nameFrom) canonical = Phrases.cut(text, ws, nameFrom, nameEnd);
            }
            boolean plural = Phrases.pluralWord(ws.get(h.endWord() - 1));
            Determiner det = Phrases.determinerBefore(ws, h.firstWord(), vocabulary.countWords());
            String headText = Phrases.cut(text, ws, h.firstWord(), h.endWord());
            if (canonical != null) {
                String phrase = Phrases.cut(text, ws, h.firstWord(), nameEnd);
                // a body named after its place ("l'aéroport de Nice") is not the place
                String canon = switch (head.naming()) {
                    case PLACE -> canonical;
                    case NAME -> place != null ? Phrases.capitalised(phrase) : canonical;
                    case PHRASE, BODY -> Phrases.capitalised(phrase);
                };
                ActorType type = head.type();
                if (place != null && head.naming() == Naming.PLACE && head.type() == ActorType.LOCAL_AUTHORITY
                        && place.value().actorType() != null) {
                    type = place.value().actorType();
                }
                here.add(new Mention(Kind.ACTOR, Origin.HEAD, phrase, canon, ws.get(h.firstWord()).start(),
                        ws.get(nameEnd - 1).end(), s, h.firstWord(), nameEnd, type, null, null, Words.fold(headText), det,
                        plural, -1));
                listItems(doc, ws, s, nameEnd, head.type(), here);
                continue;
            }
            // a plural head introducing a list: "des enseignes comme Maxi, Primo et Tarto"
            if (plural && i < size && Phrases.LIST_INTRO.contains(ws.get(i).norm())) {
                int from = i + 1;
                if (from < size && (ws.get(from).norm().equals("que") || ws.get(from).norm().equals("lesquels")
                        || ws.get(from).norm().equals("lesquelles") || ws.get(from).norm().equals("d"))) from++;
                if (from < size && ws.get(from).norm().equals("'")) from++;
                int end = Phrases.nameEnd(ws, from, size);
                if (end > from) {
                    String name = Phrases.cut(text, ws, from, end);
                    here.add(new Mention(Kind.ACTOR, Origin.LIST, name, name, ws.get(from).start(), ws.get(end - 1).end(), s,
                            from, end, head.type(), null, null, Words.fold(headText), Determiner.NONE, false, -1));
                    listItems(doc, ws, s, end, head.type(), here);
                }
            }
            // a bare head: refers back, or names a body by its head alone
            Mention antecedent = plural ? null : antecedent(head, Words.fold(headText), before, here, s);
            if (antecedent == null && !plural && town != null && head.naming() == Naming.PLACE
                    && head.type() == ActorType.LOCAL_AUTHORITY) {
                // "le conseil municipal", "la Ville" before any town is named: the one town the document names
                antecedent = town;
            }
            int start = ws.get(h.firstWord()).start();
            int end = ws.get(h.endWord() - 1).end();
            int endWord = h.endWord();
            if (head.naming() == Naming.BODY && i < size && Phrases.OF.contains(ws.get(i).norm())) {
                // "la direction des transports", "le service de sécurité du réseau": the complement names it
                int j = i + 1;
                int stop = Math.min(size, i + 6);
                while (j < stop && complementWord(ws.get(j)) && !(j > i + 1 && verbBeforeItsObject(ws, j))) j++;
                while (j > i + 1 && (Phrases.OF.contains(ws.get(j - 1).norm()) || Phrases.DEFINITE.contains(ws.get(j - 1).norm())
                        || ws.get(j - 1).norm().equals("'"))) j--;
                if (j > i + 1) {
                    endWord = j;
                    end = ws.get(j - 1).end();
                    antecedent = null;
                }
            }
            String phrase = text.substring(start, end);
            if (antecedent != null && det == Determiner.POSSESSIVE && head.naming() == Naming.BODY
                    && endWord == h.endWord() && ownersBody(ws, h.firstWord(), antecedent, s)) {
                // "la ville de Nîmes et son agglomération": the owner's body, another actor than the owner
                String own = Phrases.capitalised(headText) + " de " + antecedent.canonical();
                here.add(new Mention(Kind.ACTOR, Origin.HEAD, phrase, own, start, end, s, h.firstWord(), endWord,
                        head.type(), null, null, Words.fold(headText), det, false, -1));
                continue;
            }
            if (antecedent != null && (det == Determiner.DEFINITE || det == Determiner.DEMONSTRATIVE
                    || det == Determiner.POSSESSIVE) && endWord == h.endWord()) {
                here.add(new Mention(Kind.ACTOR, Origin.ANAPHOR, phrase, antecedent.canonical(), start, end, s,
                        h.firstWord(), endWord, antecedent.actorType(), null, null, Words.fold(headText), det, false,
                        antecedent.sentence()));
            } else if (endWord == h.endWord() && vocabulary.vagueHeads().contains(Words.fold(headText))) {
                // "le service", "la direction" alone, with no body before them to stand for: nobody to name
                continue;
            } else if (head.naming() == Naming.BODY || plural) {
                if (plural && endWord == h.endWord()) {
                    // a counted group stands for its bodies: "plus de mille magasins", "certains collèges"
                    int from = Phrases.quantityStart(ws, h.firstWord(), vocabulary.actorCounts());
                    if (from < h.firstWord()) {
                        start = ws.get(from).start();
                        phrase = text.substring(start, end);
                    }
                }
                here.add(new Mention(Kind.ACTOR, Origin.HEAD, phrase, Phrases.capitalised(phrase), start, end, s,
                        h.firstWord(), endWord, head.type(), null, null, Words.fold(headText), det, plural, -1));
            }
        }
    }

    /**
     * Whether a possessive body head ("son agglomération", "sa métropole") is listed right
     * after its owner, named earlier in the same sentence: "la ville de Nîmes et son
     * agglomération", "la commune, sa métropole". Such a body is the owner's, not the owner.
     */
    private static boolean ownersBody(List<Word> ws, int headWord, Mention owner, int sentence) {
        if (owner.sentence() != sentence || owner.actorType() != ActorType.LOCAL_AUTHORITY) return false;
        int det = headWord - 1;
        if (det < 1 || det - 1 < owner.endWord()) return false;
        String before = ws.get(det - 1).norm();
        return (before.equals("et") || before.equals("ou") || before.equals(",")) && det - 1 - owner.endWord() <= 3;
    }

    /** Items listed after an actor's name: ", Primo et Tarto", ", de Vannes et de Lorient". */
    private void listItems(Document doc, List<Word> ws, int s, int from, ActorType type, List<Mention> here) {
        int size = ws.size();
        int i = from;
        while (i < size && Phrases.LIST_GLUE.contains(ws.get(i).norm())) {
            boolean closing = !ws.get(i).norm().equals(",");
            int j = i + 1;
            while (j < size && Phrases.LIST_GLUE.contains(ws.get(j).norm())) j++;
            if (j < size && Phrases.OF.contains(ws.get(j).norm())) j++;
            if (j < size && ws.get(j).norm().equals("'")) j++;
            // "… ou encore la Fnac": an article before a listed name
            if (j + 1 < size && Phrases.DEFINITE.contains(ws.get(j).norm()) && Phrases.isNameWord(ws.get(j + 1))) j++;
            PhraseMatcher.Match<PlaceEntry> place = j < size ? lexicons.places().longestAt(ws, j, size) : null;
            int end = place != null ? place.endWord() : Phrases.nameEnd(ws, j, size);
            if (end <= j) return;
            String name = Phrases.cut(doc.text(), ws, j, end);
            String canon = place != null ? place.value().canonical() : name;
            if (Phrases.free(here, ws.get(j).start(), ws.get(end - 1).end())) {
                here.add(new Mention(Kind.ACTOR, Origin.LIST, name, canon, ws.get(j).start(), ws.get(end - 1).end(), s, j,
                        end, place != null && place.value().actorType() != null ? place.value().actorType() : type,
                        null, null, null, Determiner.NONE, false, -1));
            }
            i = end;
            if (closing) return;
        }
    }

    /**
     * Names listed with an actor of the lexicons or a town, before or after it ("Maxi,
     * Carrefour, Primo et Tarto"): each is an actor of the same type, the list being one of
     * bodies alike.
     */
    private void namedLists(Document doc, List<Word> ws, int s, List<Mention> here) {
        for (Mention m : List.copyOf(here)) {
            if (m.plural() || (m.origin() != Origin.LEXICON && m.origin() != Origin.PLACE)) continue;
            listItems(doc, ws, s, m.endWord(), m.actorType(), here);
            int j = m.firstWord() - 1;
            while (j > 0 && ws.get(j).norm().equals(",")) {
                int end = j;
                int start = end;
                while (start > 0 && (Phrases.isNameWord(ws.get(start - 1)) || ws.get(start - 1).norm().equals("-"))) start--;
                if (start == end || !Phrases.isNameWord(ws.get(start))) break;
                if (start > 0 && !Set.of(",", ":", "comme", "dont", "notamment", "(").contains(ws.get(start - 1).norm())
                        && !Phrases.isDeterminer(ws.get(start - 1))) break;
                if (!Phrases.free(here, ws.get(start).start(), ws.get(end - 1).end())) break;
                PhraseMatcher.Match<PlaceEntry> place = lexicons.places().longestAt(ws, start, end);
                String name = Phrases.cut(doc.text(), ws, start, end);
                here.add(new Mention(Kind.ACTOR, Origin.LIST, name, place != null && place.endWord() == end
                        ? place.value().canonical() : name, ws.get(start).start(), ws.get(end - 1).end(), s, start, end,
                        m.actorType(), null, null, null, Determiner.NONE, false, -1));
                j = start - 1;
            }
        }
    }

    /** The last actor of the same kind named in this sentence or the ones before, for a bare head. */
    private Mention antecedent(ActorHead head, String headWord, List<Mention> before, List<Mention> here, int s) {
        for (int k = here.size() - 1; k >= 0; k--) {
            Mention m = here.get(k);
            if (compatible(head, m) || (!m.plural() && headWord.equals(m.head()))) return m;
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            if (s - m.sentence() > LOOK_BACK) break;
            if (compatible(head, m) || (!m.plural() && headWord.equals(m.head()))) return m;
        }
        return null;
    }

    private boolean compatible(ActorHead head, Mention m) {
        if (head.type() == ActorType.LOCAL_AUTHORITY && head.naming() == Naming.PLACE) {
            return m.actorType() == ActorType.LOCAL_AUTHORITY && (m.origin() == Origin.PLACE || m.origin() == Origin.LEXICON
                    || m.origin() == Origin.ANAPHOR || m.origin() == Origin.LIST
                    || (m.origin() == Origin.HEAD && m.head() != null));
        }
        if (head.naming() == Naming.PLACE) {
            // "le préfet" stands for a prefect named before, not for any body of the State ("le ministère")
            return !m.plural() && sameHead(head, m);
        }
        return m.actorType() == head.type() && !m.plural();
    }

    /**
     * The one town of the document, when it names exactly one (a town acting or a place, in any
     * sentence): what "la Ville" or "le conseil municipal" stand for when no town was named
     * before them, as on a town's own page. Null when the document names none or several.
     */
    private Mention onlyTown(Document doc, SentenceWords words) {
        Mention town = null;
        for (Entity e : doc.entities()) {
            if (!e.type().equals(GazetteerStage.PLACE) || e.canonical() == null || e.sentence() >= words.size()) continue;
            PlaceEntry p = lexicons.place(e.canonical());
            if (p == null || p.kind() != PlaceKind.COMMUNE || p.actorType() != ActorType.LOCAL_AUTHORITY) continue;
            if (town == null) {
                town = fromSpan(doc, words.get(e.sentence()), e.sentence(), e.start(), e.end(), p.canonical(), p.actorType(),
                        Origin.PLACE);
            } else if (!town.canonical().equals(p.canonical())) {
                return null;
            }
        }
        return town;
    }

    /** Whether a mention's text opens with a head of the same line of actor-heads.tsv ("préfet", "préfecture"). */
    private boolean sameHead(ActorHead head, Mention m) {
        List<Word> ws = Words.of(m.text());
        for (Hit<ActorHead> h : vocabulary.actorHeads().findLongest(ws, 0, Math.min(ws.size(), 3))) {
            return h.firstWord() == 0 && h.value().equals(head);
        }
        return false;
    }

    /**
     * Whether word {@code j}, after the first word of a complement, is rather the verb of the
     * clause, followed by the determiner of its object: "le syndicat mixte des transports
     * utilise un logiciel" ends at "transports".
     */
    private static boolean verbBeforeItsObject(List<Word> ws, int j) {
        String n = ws.get(j).norm();
        if (j + 1 >= ws.size() || ws.get(j).capitalized() || n.equals("'") || n.equals("-")
                || Phrases.OF.contains(n) || Phrases.DEFINITE.contains(n)) return false;
        String next = ws.get(j + 1).norm();
        return Phrases.DEFINITE.contains(next) || Phrases.DEMONSTRATIVE.contains(next) || Phrases.POSSESSIVE.contains(next)
                || next.equals("un") || next.equals("une") || next.equals("des");
    }

    /** A word that may stand in the complement of a body's head: not a stop word, not punctuation but an elision. */
    private static boolean complementWord(Word w) {
        String n = w.norm();
        if (n.equals("'") || n.equals("-") || Phrases.OF.contains(n) || Phrases.DEFINITE.contains(n)) return true;
        return !w.isPunctuation() && !Phrases.STOP.contains(n);
    }
}
