package fr.vigie.entities;

import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Entries.ActorPattern;
import fr.vigie.lexicon.Entries.InstitutionEntry;
import fr.vigie.lexicon.Entries.LawEntry;
import fr.vigie.lexicon.Entries.PlaceEntry;
import fr.vigie.lexicon.Entries.ToolEntry;
import fr.vigie.lexicon.Entries.ToolKind;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.PhraseMatcher.Match;
import fr.vigie.lexicon.Word;
import fr.vigie.lexicon.Words;
import fr.vigie.model.Document;
import fr.vigie.model.Entity;
import fr.vigie.model.Sentence;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.Requirement;
import fr.vigie.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the domain entities of the lexicons (TOOL, VENDOR, ACTOR, PLACE, LAW, and the
 * institutions under their role: REGULATOR, COURT, PARLIAMENT, INSPECTION, NGO, MEDIA, EU,
 * POLITICAL), each with its canonical name and {@link Entity.Origin#GAZETTEER}, and makes them
 * take precedence over the statistical model: a model entity that overlaps a domain entity
 * is dropped, a model entity is trimmed of elisions and quotes it swallowed ("l’Intérieur",
 * "« Quel", "Briefcam n’"), and titles alone ("M.", "Mme") are not persons. A place inside
 * an actor ("police municipale de Nice") is kept as a nested PLACE entity. Thread-safe.
 */
public final class GazetteerStage implements Stage {

    public static final String TOOL = "TOOL";
    public static final String VENDOR = "VENDOR";
    public static final String ACTOR = "ACTOR";
    public static final String PLACE = "PLACE";
    public static final String LAW = "LAW";

    private static final Pattern TITLE = Pattern.compile("(?i)(M|MM|Mme|Mmes|Mlle|Me|Dr|Pr)\\.?");
    private static final Pattern LEADING_JUNK = Pattern.compile(
            "^(?:[«»\"“”„‘’'\\s(\\[]+|(?i:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]\\s*)+");
    private static final Pattern TRAILING_JUNK = Pattern.compile(
            "(?:[«»\"“”„‘’'\\s,;:.!?)\\]]+|\\s+(?i:n|l|d|qu)['’])+$");

    private final Lexicons lexicons;

    public GazetteerStage(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    public static GazetteerStage load(ModelStore store) {
        return new GazetteerStage(Lexicons.load(store));
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.TEXT, Requirement.SENTENCES, Requirement.NER);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.of(Requirement.DOMAIN_ENTITIES);
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        List<Entity> domain = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            domain.addAll(tag(text, s));
        }
        List<Entity> out = new ArrayList<>(domain);
        for (Entity e : document.entities()) {
            if (e.origin() == Entity.Origin.GAZETTEER) continue; // re-run: replace our own
            Entity t = clean(text, e);
            if (t == null) continue;
            boolean overlaps = false;
            for (Entity d : domain) {
                if (d.start() < t.end() && t.start() < d.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) out.add(t);
        }
        out.sort(Comparator.comparingInt(Entity::start).thenComparing(Comparator.comparingInt(Entity::end).reversed()));
        document.setEntities(out);
    }

    /** A model entity trimmed of swallowed elisions and quotes, or null when nothing of it is left or it is a title alone. */
    static Entity clean(String text, Entity e) {
        int start = e.start(), end = e.end();
        if (start < 0 || end > text.length() || start >= end) return null;
        String covered = text.substring(start, end);
        Matcher lead = LEADING_JUNK.matcher(covered);
        if (lead.find() && lead.end() > 0) {
            start += lead.end();
        }
        covered = text.substring(start, end);
        Matcher trail = TRAILING_JUNK.matcher(covered);
        if (trail.find()) {
            end = start + trail.start();
        }
        if (end <= start) return null;
        String t = text.substring(start, end);
        if ("PER".equals(e.type()) && TITLE.matcher(t).matches()) return null;
        if (t.codePoints().noneMatch(Character::isLetterOrDigit)) return null;
        if (start == e.start() && end == e.end()) return e;
        return new Entity(t, e.type(), start, end, e.sentence(), e.canonical(), e.origin());
    }

    private record Candidate(int start, int end, int priority, String type, String canonical, Entity nested) {
        int length() {
            return end - start;
        }
    }

    /** The domain entities of one sentence, non-overlapping (except a place nested in an actor), in text order. */
    public List<Entity> tag(String text, Sentence s) {
        List<Word> words = Words.of(text, s.start(), s.end());
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Match<LawEntry> law = lexicons.laws().longestAt(words, i, words.size());
            if (law != null) cands.add(new Candidate(law.start(), law.end(), 0, LAW, law.value().canonical(), null));
            Match<ToolEntry> tool = lexicons.tools().longestAt(words, i, words.size());
            if (tool != null) {
                String type = tool.value().kind() == ToolKind.VENDOR ? VENDOR : TOOL;
                cands.add(new Candidate(tool.start(), tool.end(), 1, type, tool.value().canonical(), null));
            }
            Candidate templated = actorOfPlace(text, words, i, s.index());
            if (templated != null) {
                cands.add(templated);
                cands.addAll(listedPlaces(text, words, templated, s.index()));
            }
            Candidate named = namedActor(text, words, i, s.index());
            if (named != null) cands.add(named);
            Match<ActorEntry> actor = lexicons.actors().longestAt(words, i, words.size());
            if (actor != null) {
                cands.add(new Candidate(actor.start(), actor.end(), 3, ACTOR, actor.value().canonical(), null));
                Candidate placed = actorPhrase(text, words, actor.start(), actor, s.index());
                if (placed != null) cands.add(placed);
            }
            Match<String> unit = lexicons.actorUnits().longestAt(words, i, words.size());
            if (unit != null) {
                int k = connector(words, unit.endWord());
                Match<ActorEntry> body = k < 0 ? null : lexicons.actors().longestAt(words, k, words.size());
                if (body != null) { // "la compagnie de gendarmerie (de Lodève)"
                    Candidate placed = actorPhrase(text, words, unit.start(), body, s.index());
                    cands.add(placed != null ? placed
                            : new Candidate(unit.start(), body.end(), 3, ACTOR, body.value().canonical(), null));
                }
            }
            Match<InstitutionEntry> inst = lexicons.institutions().longestAt(words, i, words.size());
            if (inst != null) cands.add(new Candidate(inst.start(), inst.end(), 4, inst.value().role(), inst.value().canonical(), null));
            Match<PlaceEntry> place = placeAt(text, words, i);
            if (place != null) {
                cands.add(new Candidate(place.start(), place.end(), 5, PLACE, place.value().canonical(), null));
                Match<ActorPattern> suffix = lexicons.actorSuffixes().longestAt(words, place.endWord(), words.size());
                if (suffix != null) { // "Vitré Communauté"
                    Entity nested = new Entity(text.substring(place.start(), place.end()), PLACE, place.start(), place.end(),
                            s.index(), place.value().canonical(), Entity.Origin.GAZETTEER);
                    cands.add(new Candidate(place.start(), suffix.end(), 2, ACTOR,
                            suffix.value().canonicalFor(place.value().canonical(), text.substring(suffix.start(), suffix.end())), nested));
                }
            }
        }
        String sentenceText = text.substring(s.start(), s.end());
        for (Lexicons.LawPattern lp : lexicons.lawPatterns()) {
            Matcher m = lp.regex().matcher(sentenceText);
            while (m.find()) {
                if (m.end() > m.start()) {
                    cands.add(new Candidate(s.start() + m.start(), s.start() + m.end(), 0, LAW, lp.entry().canonical(), null));
                }
            }
        }
        cands.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparingInt(Candidate::priority));
        List<Entity> out = new ArrayList<>();
        int covered = -1;
        for (Candidate c : cands) {
            if (c.start() < covered) continue;
            // a longer candidate starting later but overlapping must not be cut: prefer the longest of overlapping ones
            Candidate best = c;
            for (Candidate o : cands) {
                if (o != c && o.start() > c.start() && o.start() < c.end() && o.end() > c.end() && o.length() > best.length()) {
                    best = null;
                    break;
                }
            }
            if (best == null) continue;
            out.add(new Entity(text.substring(c.start(), c.end()), c.type(), c.start(), c.end(), s.index(), c.canonical(),
                    Entity.Origin.GAZETTEER));
            if (c.nested() != null) out.add(c.nested());
            covered = c.end();
        }
        return out;
    }

    /**
     * "les gendarmes de l'Hérault", "la compagnie de gendarmerie des Sables-d'Olonne": a listed
     * actor (from {@code start}, its unit included) followed by "de" and a place is one actor
     * phrase, with the same canonical name and the place nested; null when no place follows.
     */
    private Candidate actorPhrase(String text, List<Word> words, int start, Match<ActorEntry> actor, int sentence) {
        int k = connector(words, actor.endWord());
        if (k < 0) return null;
        Match<PlaceEntry> place = placeAt(text, words, k);
        if (place == null) return null;
        int j = place.endWord();
        if (j + 1 < words.size() && Set.of(",", "et", "ou").contains(words.get(j).norm())) {
            int from = words.get(j + 1).norm().equals("et") ? j + 2 : j + 1;
            int next = connector(words, from);
            if (next >= 0 && placeAt(text, words, next) != null) return null; // "de l'Isère, de la Savoie et …": one body per place
        }
        Entity nested = new Entity(text.substring(place.start(), place.end()), PLACE, place.start(), place.end(), sentence,
                place.value().canonical(), Entity.Origin.GAZETTEER);
        return new Candidate(start, place.end(), 3, ACTOR, actor.value().canonical(), nested);
    }

    /** "police municipale de Nice", "la mairie d'Antibes": a head of actor-patterns.tsv, a connector, a place. */
    private Candidate actorOfPlace(String text, List<Word> words, int i, int sentence) {
        Match<ActorPattern> head = lexicons.actorHeads().longestAt(words, i, words.size());
        if (head == null) return null;
        int j = head.endWord();
        if (j + 2 < words.size() && words.get(j).norm().equals("(") && words.get(j + 2).norm().equals(")")) {
            j += 3; // "la direction départementale de la sécurité publique (DDSP) de Seine-Maritime"
        }
        int k = connector(words, j);
        if (k < 0) return null;
        Match<PlaceEntry> place = placeAt(text, words, k);
        if (place == null) return unlistedTown(text, words, head, k, sentence);
        // a listed place that is only the start of a longer name: "du Val de Saire" is not Le Val
        if (place.endWord() == k + 1 && nameGoesOn(words, place.endWord()) > place.endWord()) {
            Candidate longer = unlistedTown(text, words, head, k, sentence);
            if (longer != null) return longer;
        }
        String canonical = head.value().canonicalFor(place.value().canonical());
        Entity nested = new Entity(text.substring(place.start(), place.end()), PLACE, place.start(), place.end(), sentence,
                place.value().canonical(), Entity.Origin.GAZETTEER);
        return new Candidate(head.start(), place.end(), 2, ACTOR, canonical, nested);
    }

    /**
     * "la commune d'Orange" with a town missing from places.tsv: capitalised words after a
     * local head ("commune", "mairie", "police municipale"…) name the town as written.
     */
    private Candidate unlistedTown(String text, List<Word> words, Match<ActorPattern> head, int k, int sentence) {
        var type = head.value().type();
        if (type != fr.vigie.model.Claim.ActorType.LOCAL_AUTHORITY && type != fr.vigie.model.Claim.ActorType.MUNICIPAL_POLICE) {
            return null;
        }
        int end = unlistedTownEnd(text, words, k);
        if (end < 0) return null;
        String town = text.substring(words.get(k).start(), words.get(end - 1).end());
        return new Candidate(head.start(), words.get(end - 1).end(), 2, ACTOR, head.value().canonicalFor(town), null);
    }

    /**
     * The end (exclusive word index) of a town name missing from places.tsv that starts at
     * word k: capitalised words and hyphenated parts, no digit, no name the lexicons know;
     * -1 when there is none.
     */
    private int unlistedTownEnd(String text, List<Word> words, int k) {
        int end = k;
        while (end < words.size()) {
            Word w = words.get(end);
            if (w.capitalized() && w.norm().length() > 1 && Character.isLetter(w.norm().charAt(0))) {
                end++;
            } else if (end > k && w.norm().equals("-") && end + 1 < words.size() && Character.isLetter(words.get(end + 1).norm().charAt(0))) {
                end += 2; // Saint-Jean-de-Luz: hyphenated parts, small words included
            } else if (end > k && nameGoesOn(words, end) > end) {
                end = nameGoesOn(words, end); // "Pays de Saint-Omer", "Val de Saire": a name joined by "de"
            } else {
                break;
            }
        }
        if (end == k) return -1;
        String town = text.substring(words.get(k).start(), words.get(end - 1).end());
        if (town.chars().anyMatch(Character::isDigit)) return -1;
        if (lexicons.actors().longestAt(words, k, words.size()) != null
                || lexicons.institutions().longestAt(words, k, words.size()) != null
                || lexicons.tools().longestAt(words, k, words.size()) != null) {
            return -1; // "la ville de Police…" never; a known name is not a town
        }
        return end;
    }

    /**
     * Where a name written in words goes on after word {@code i}: "de", "du", "des" or "d'" then a
     * capitalised word ("Pays de Saint-Omer", "Val de Saire", "Vallée du Lot") gives the index of
     * that word; otherwise {@code i}.
     */
    private static int nameGoesOn(List<Word> words, int i) {
        int j = i;
        String n = j < words.size() ? words.get(j).norm() : "";
        if (!(n.equals("de") || n.equals("du") || n.equals("des") || n.equals("d"))) return i;
        j++;
        if (n.equals("d") && j < words.size() && words.get(j).norm().equals("'")) j++;
        if (j >= words.size()) return i;
        Word w = words.get(j);
        return w.capitalized() && w.norm().length() > 1 && Character.isLetter(w.norm().charAt(0)) ? j : i;
    }

    /**
     * "les polices municipales de Nice, de Cannes et d'Antibes", "les villes de Lyon, Grenoble
     * et Valence": each place listed after an actor of a place, with its own preposition or
     * none, is the same kind of actor of that place. Places without a preposition count only
     * when the list closes with "et" or "ou" ("la mairie de Nice, Toulon a …" is no list).
     */
    private List<Candidate> listedPlaces(String text, List<Word> words, Candidate first, int sentence) {
        List<Candidate> out = new ArrayList<>();
        Match<ActorPattern> head = lexicons.actorHeads().longestAt(words, wordIndex(words, first.start()), words.size());
        if (head == null) return out;
        int j = wordIndex(words, first.end() - 1) + 1;
        int closed = 0;       // items up to the last one introduced by "et" / "ou"
        boolean bare = false; // an item without its preposition
        while (j < words.size()) {
            String sep = words.get(j).norm();
            if (!sep.equals(",") && !sep.equals("et") && !sep.equals("ou")) break;
            int from = j + 1;
            boolean coordinated = !sep.equals(",");
            if (sep.equals(",") && from < words.size() && Set.of("et", "ou").contains(words.get(from).norm())) {
                from++;
                coordinated = true;
            }
            int k = connector(words, from);
            if (k < 0) {
                k = from;
                bare = true;
            }
            Match<PlaceEntry> place = k < words.size() ? placeAt(text, words, k) : null;
            if (place == null) {
                // "de Malemort et d'Allassac": a town missing from places.tsv, with its own
                // preposition, after a head of a town ("les polices municipales de Brive, …")
                int end = bare || k >= words.size() || !townHead(head) ? -1 : unlistedTownEnd(text, words, k);
                if (end < 0) break;
                int townStart = words.get(k).start();
                int townStop = words.get(end - 1).end();
                String town = text.substring(townStart, townStop);
                Entity nested = new Entity(town, PLACE, townStart, townStop, sentence, town, Entity.Origin.GAZETTEER);
                out.add(new Candidate(townStart, townStop, 2, ACTOR, head.value().canonicalFor(town), nested));
                if (coordinated) closed = out.size();
                j = end;
                continue;
            }
            Entity nested = new Entity(text.substring(place.start(), place.end()), PLACE, place.start(), place.end(), sentence,
                    place.value().canonical(), Entity.Origin.GAZETTEER);
            // the item is the place, not its preposition: "de Cannes" names Cannes
            out.add(new Candidate(place.start(), place.end(), 2, ACTOR, head.value().canonicalFor(place.value().canonical()),
                    nested));
            if (coordinated) closed = out.size();
            j = place.endWord();
        }
        return bare ? new ArrayList<>(out.subList(0, closed)) : out;
    }

    /** A head whose place is a town: a commune or its police. */
    private static boolean townHead(Match<ActorPattern> head) {
        var type = head.value().type();
        return type == fr.vigie.model.Claim.ActorType.LOCAL_AUTHORITY || type == fr.vigie.model.Claim.ActorType.MUNICIPAL_POLICE;
    }

    private static int wordIndex(List<Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) if (words.get(i).end() > offset) return i;
        return words.size() - 1;
    }

    private static final Set<String> NAME_GLUE = Set.of("du", "de", "des", "la", "le", "les", "l", "d", "'", "-", "&", "et");

    /**
     * "le groupe Distrival", "la salle de spectacles Le Hangar 59", "Arvernis Transports": a
     * head of named-actors.tsv before (or after) a run of capitalised words that no lexicon knows.
     */
    private Candidate namedActor(String text, List<Word> words, int i, int sentence) {
        Match<ActorPattern> head = lexicons.namedHeads().longestAt(words, i, words.size());
        if (head != null) {
            int end = nameEnd(words, head.endWord());
            if (end > head.endWord() && unknownName(words, head.endWord())) {
                String name = text.substring(words.get(head.endWord()).start(), words.get(end - 1).end());
                String canonical = head.value().template().replace("{name}", name)
                        .replace("{head}", text.substring(head.start(), head.end()));
                return new Candidate(head.start(), words.get(end - 1).end(), 3, ACTOR, canonical, null);
            }
        }
        if (i > 0 && !words.get(i - 1).capitalized() || i == 0) {
            int end = nameEnd(words, i);
            if (end > i && end - i <= 3 && unknownName(words, i)) {
                Match<ActorPattern> suffix = lexicons.namedSuffixes().longestAt(words, end - 1, words.size());
                if (suffix != null && suffix.firstWord() == end - 1 && end - 1 > i) end = end - 1; // the head was read as part of the name
                suffix = lexicons.namedSuffixes().longestAt(words, end, words.size());
                if (suffix != null && suffix.firstWord() == end) {
                    String name = text.substring(words.get(i).start(), words.get(end - 1).end());
                    String canonical = suffix.value().template().replace("{name}", name)
                            .replace("{head}", text.substring(suffix.start(), suffix.end()));
                    return new Candidate(words.get(i).start(), suffix.end(), 3, ACTOR, canonical, null);
                }
            }
        }
        return null;
    }

    /** The end of the run of capitalised words from {@code k} (small words and a number inside), at most six words. */
    private static int nameEnd(List<Word> words, int k) {
        int end = k;
        int i = k;
        while (i < words.size() && i - k < 8) {
            Word w = words.get(i);
            boolean letter = !w.norm().isEmpty() && Character.isLetter(w.norm().charAt(0));
            if (w.capitalized() && letter) {
                end = ++i;
            } else if (end > k && !w.norm().isEmpty() && Character.isDigit(w.norm().charAt(0)) && w.norm().length() <= 4) {
                end = ++i; // "Le Hangar 59"
                break;
            } else if (end > k && NAME_GLUE.contains(w.norm()) || i == k && Set.of("le", "la", "les", "l", "'").contains(w.norm()) && w.capitalized()) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    /** True when the name starting at {@code k} is not one the lexicons already know. */
    private boolean unknownName(List<Word> words, int k) {
        int n = words.size();
        return lexicons.tools().longestAt(words, k, n) == null && lexicons.actors().longestAt(words, k, n) == null
                && lexicons.places().longestAt(words, k, n) == null && lexicons.institutions().longestAt(words, k, n) == null
                && lexicons.laws().longestAt(words, k, n) == null;
    }

    /** The place named at word {@code k}, unless it is only the start of a hyphenated name ("Moirans-en-Montagne"). */
    private Match<PlaceEntry> placeAt(String text, List<Word> words, int k) {
        Match<PlaceEntry> place = lexicons.places().longestAt(words, k, words.size());
        if (place == null) return null;
        if (place.end() + 1 < text.length() && text.charAt(place.end()) == '-' && Character.isLetter(text.charAt(place.end() + 1))) {
            return null;
        }
        if (place.start() > 1 && text.charAt(place.start() - 1) == '-' && Character.isLetter(text.charAt(place.start() - 2))) {
            return null; // the end of a hyphenated name: "Nord" of "Bruxelles-Nord"
        }
        return place;
    }

    /** The word index after "de", "d'", "du", "des", "de la", "de l'" at {@code j}, or -1. */
    private static int connector(List<Word> words, int j) {
        if (j >= words.size()) return -1;
        String w = words.get(j).norm();
        if (w.equals("du") || w.equals("des")) return j + 1;
        if (w.equals("d") && j + 1 < words.size() && words.get(j + 1).norm().equals("'")) return j + 2;
        if (w.equals("de")) {
            if (j + 1 < words.size() && words.get(j + 1).norm().equals("la")) return j + 2;
            if (j + 2 < words.size() && words.get(j + 1).norm().equals("l") && words.get(j + 2).norm().equals("'")) return j + 3;
            return j + 1;
        }
        return -1;
    }
}
