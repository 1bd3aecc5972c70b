package fr.vigie.claims;

import fr.vigie.claims.ClaimRules.Anaphor;
import fr.vigie.claims.ClaimRules.AnaphorKind;
import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.claims.ClaimRules.LegalCue;
import fr.vigie.claims.ClaimRules.Trigger;
import fr.vigie.claims.ClaimRules.TriggerKind;
import fr.vigie.entities.GazetteerStage;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Entries.ActorEntry;
import fr.vigie.lexicon.Entries.LawEntry;
import fr.vigie.lexicon.Entries.PlaceEntry;
import fr.vigie.lexicon.Entries.ToolEntry;
import fr.vigie.lexicon.Entries.ToolKind;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Word;
import fr.vigie.lexicon.Words;
import fr.vigie.model.Claim;
import fr.vigie.model.Claim.ActionType;
import fr.vigie.model.Claim.LegalStatus;
import fr.vigie.model.Claim.Modality;
import fr.vigie.model.Document;
import fr.vigie.model.Entity;
import fr.vigie.model.Sentence;
import fr.vigie.model.TemporalExpression;
import fr.vigie.model.Token;
import fr.vigie.pipeline.ModelStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claims by rules over the sentence words, the domain entities of {@link GazetteerStage}
 * and the temporal expressions, with the rules of {@link ClaimRules}. For each usage
 * trigger with a tool (named, or referred to: "le logiciel", "son utilisation"), the actor
 * is the "par" agent, else the subject before the trigger, else the actor of the story
 * carried over from the sentences just before. Part-of-speech tags are an extra signal
 * only: the extractor works on text and entities alone. Thread-safe.
 */
public final class RuleBasedClaimExtractor implements ClaimExtractor {

    /** How many sentences back an actor, a time or a tool may be carried over. */
    private static final int CARRY_SENTENCES = 3;
    /** How many sentences an opening time ("En 2018, …") scopes after its own. */
    private static final int NARRATIVE_SENTENCES = 2;
    /** How far a sentence that dates a tool without a usage lends that span to a claim on it. */
    private static final int TIME_LEND_SENTENCES = 2;
    /** How far a sentence that gives a tool a legal status lends it: within the story, not to another one. */
    private static final int LEGAL_LEND_SENTENCES = 8;
    private static final int TOOL_AFTER_WINDOW = 18;
    private static final int TOOL_BEFORE_WINDOW = 12;
    private static final int AGENT_WINDOW = 12;

    private static final Set<String> PREPOSITIONS = Set.of("de", "d", "du", "a", "au", "aux", "pour", "contre", "avec", "sur",
            "selon", "aupres", "chez", "envers", "vers", "dans", "en", "entre", "sans", "sous", "parmi", "par", "apres", "avant",
            "concernant", "visant", "lors", "depuis", "face");
    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l", "'", "un", "une", "des", "du", "de", "d", "ce",
            "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "au", "aux", "plusieurs", "certaines", "certains",
            "nombreuses", "nombreux", "toutes", "tous", "-", "\"");
    private static final Set<String> GOVERNING_GLUE = Set.of("de", "d", "'", "a", "l", "la", "le", "les", "des", "du", "au", "aux",
            "un", "une", "en", "sa", "son", "ses", "leur", "leurs", "cette", "ce", "cet", "ces");
    private static final Set<String> LIST_GLUE = Set.of(",", "et", "ou", "ainsi", "que", "le", "la", "les", "l", "'", "des", "du",
            "de", "d", "sa", "son", "ses", "leur", "leurs", "puis");
    private static final Set<String> QUOTE_OPEN = Set.of("\u00AB", "\u201C");
    private static final Set<String> QUOTE_CLOSE = Set.of("\u00BB", "\u201D");
    private static final Set<String> LAW_WORDS = Set.of("loi", "decret", "reglement", "texte", "amendement", "directive",
            "proposition", "article");

    private final Lexicons lexicons;
    private final ClaimRules rules;
    private final Set<String> lackWords;
    private final Set<String> makerLead;
    private final Set<String> impersonalHeads;
    private final Set<String> vagueQuantifiers;
    private final Set<String> vendorParticiples;
    private final Set<String> reproachStems;
    private final Set<String> quantityNouns;
    private final Set<String> storyPlurals;

    public RuleBasedClaimExtractor(Lexicons lexicons, ClaimRules rules) {
        this.lexicons = lexicons;
        this.rules = rules;
        lackWords = rules.words("lack");
        makerLead = rules.words("maker-lead");
        impersonalHeads = rules.words("impersonal-heads");
        vagueQuantifiers = rules.words("vague-quantifiers");
        vendorParticiples = rules.words("vendor-participles");
        reproachStems = rules.words("reproach-stems");
        quantityNouns = rules.words("quantity-nouns");
        storyPlurals = rules.words("story-plurals");
    }

    public static RuleBasedClaimExtractor load(ModelStore store) {
        return new RuleBasedClaimExtractor(Lexicons.load(store), ClaimRules.load(store));
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    // ------------------------------------------------------------------ per-sentence material

    private enum MentionKind { TOOL, ACTOR, PLACE, LAW, INSTITUTION, PERSON }

    /** A named thing in a sentence, with its word range. */
    private record Mention(MentionKind kind, Entity entity, int first, int end, ToolEntry tool, ActorEntry actor,
                           PlaceEntry place, boolean anaphoric) {
        int start() {
            return entity.start();
        }

        int stop() {
            return entity.end();
        }
    }

    /**
     * A trigger in a sentence. {@code governs}: it takes the usage noun after it ("a suspendu
     * l'utilisation"); {@code governed}: that noun, which speaks only for its own "par" agent.
     */
    private record TriggerHit(Trigger trigger, int first, int end, int start, int stop, boolean governs, boolean governed) {
    }

    /** Everything read from one sentence. */
    private static final class SentenceView {
        final Sentence sentence;
        final List<Word> words;
        final String surface;
        final List<Mention> mentions = new ArrayList<>();
        final List<TemporalExpression> times = new ArrayList<>();
        List<TriggerHit> triggers = List.of();
        List<Hit<CueKind>> cues = List.of();
        List<Hit<LegalCue>> legal = List.of();
        boolean question;
        /** The time that opened one of the sentences just before ("En 2018, …"), which the story goes on in. */
        TemporalExpression narrative;
        /** "Depuis, …" with no time of its own: since the last time the sentence before gives. */
        TemporalExpression since;
        /** The last dated event of the sentence just before, for a sentence that dates nothing itself. */
        TemporalExpression recent;

        SentenceView(Sentence sentence, List<Word> words, String surface) {
            this.sentence = sentence;
            this.words = words;
            this.surface = surface;
        }

        List<Mention> of(MentionKind k) {
            List<Mention> out = new ArrayList<>();
            for (Mention m : mentions) if (m.kind() == k) out.add(m);
            return out;
        }
    }

    /** A claim under construction, with what dedup and carry-over need to know. */
    private record Draft(Claim claim, int sentence, boolean carriedActor, Mention actorMention) {

        Draft with(Claim newClaim) {
            return new Draft(newClaim, sentence, carriedActor, actorMention);
        }
    }

    // ------------------------------------------------------------------ extraction

    @Override
    public List<Claim> extract(Document document) {
        String text = document.text();
        List<SentenceView> views = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            views.add(read(document, s));
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
            lastTown = resolveActors(text, v, lastTown, actorHistory);
            List<Mention> anaphoric = resolveAnaphora(text, v, toolHistory);
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
                drafts.addAll(claimsOf(text, v, tools, previous, previousActors, actorHistory, interviewee, vagueDrafts));
            }
            if (interviewee == null) interviewee = interviewee(v);
            if (!v.question && v.triggers.isEmpty()) drafts.addAll(likewise(text, v, drafts, vagueDrafts));
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

    /**
     * "Le logiciel a été installé au début de l'année 2021. Depuis, les policiers l'utilisent":
     * a bare "depuis" opening a sentence that dates nothing itself starts from the last dated
     * event of the sentence before.
     */
    private static TemporalExpression sinceBefore(SentenceView v, SentenceView before) {
        if (before == null || !v.times.isEmpty() || v.words.size() < 2) return null;
        if (!v.words.get(0).norm().equals("depuis") || !v.words.get(1).norm().equals(",")) return null;
        TemporalExpression last = null;
        for (TemporalExpression te : before.times) {
            if (te.interval() == null || te.interval().begin() == null || !YEAR_VALUE.matcher(te.interval().begin()).find()) continue;
            if (last == null || te.start() > last.start()) last = te;
        }
        return last;
    }

    private static final java.util.regex.Pattern YEAR_VALUE = java.util.regex.Pattern.compile("^\\d{4}(?!\\d)");
    private static final java.util.regex.Pattern MONTH_VALUE = java.util.regex.Pattern.compile("^\\d{4}-\\d{2}");

    /** The document date's value when it holds at least the pattern's precision (a year, a month), else null. */
    private static String documentDate(Document document, java.util.regex.Pattern precision) {
        String date = document.date() == null ? null : document.date().value();
        return date != null && precision.matcher(date).find() ? date : null;
    }

    /**
     * A temporal expression that opens the sentence ("En 2018, …", "Deux ans plus tard, …")
     * and names a year: it sets the time of the story that follows.
     */
    private static TemporalExpression openingTime(SentenceView v) {
        for (TemporalExpression te : v.times) {
            int first = wordAt(v.words, te.start());
            if (first > 1 || te.value() == null || !YEAR_VALUE.matcher(te.value()).find()) continue;
            if (first == 1 && !Set.of("et", "puis", "mais", "des", "depuis").contains(v.words.get(0).norm())) continue;
            if (v.words.size() > 1 && v.words.get(0).norm().equals("date")) continue; // the "date …" header line
            String folded = Words.fold(te.text());
            // a year, or a narrative anchor ("Cette année-là", "Deux ans plus tard", "Il y a huit ans"); not "demain", "l'an prochain"
            if (!folded.matches(".*\\d{4}.*") && !folded.matches(".*(annee - la|annee la|plus tard|suivante|suivant|apres).*")
                    && !folded.startsWith("il y a ")) continue;
            return te;
        }
        return null;
    }

    /**
     * The claim a new sentence continues: among the claims of the last sentence that has any,
     * the one on the same tool, else the first one (the main clause).
     */
    private static Draft storyDraft(List<Draft> drafts, List<Mention> tools) {
        if (drafts.isEmpty()) return null;
        int last = drafts.get(drafts.size() - 1).sentence();
        Draft first = null;
        for (Draft d : drafts) {
            if (d.sentence() != last) continue;
            if (first == null) first = d;
            for (Mention m : tools) {
                if (m.tool().canonical().equals(d.claim().tool().canonical())) return d;
            }
        }
        return first;
    }

    private SentenceView read(Document doc, Sentence s) {
        String text = doc.text();
        SentenceView v = new SentenceView(s, Words.of(text, s.start(), s.end()), text.substring(s.start(), s.end()));
        for (Entity e : doc.entities()) {
            if (e.end() <= s.start() || e.start() >= s.end()) continue;
            Mention m = mention(v.words, e);
            if (m != null) v.mentions.add(m);
        }
        v.mentions.sort(Comparator.comparingInt(Mention::first));
        foreign(v);
        for (TemporalExpression t : doc.temporalExpressions()) {
            if (t.start() >= s.start() && t.start() < s.end()) v.times.add(t);
        }
        v.question = isQuestion(v.words);
        v.cues = rules.modalityCues().findAll(v.words, 0, v.words.size());
        v.legal = withoutBasis(v.words, rules.legalCues().findLongest(v.words, 0, v.words.size()));
        v.triggers = triggers(doc, v);
        return v;
    }

    /**
     * "sans aucun arrêté préfectoral", "en l'absence d'autorisation du juge": a legal basis
     * that the text says is missing makes the usage unlawful, for lack of a legal framework.
     */
    private List<Hit<LegalCue>> withoutBasis(List<Word> words, List<Hit<LegalCue>> hits) {
        List<Hit<LegalCue>> out = new ArrayList<>(hits.size());
        for (Hit<LegalCue> h : hits) {
            boolean lacking = false;
            for (int i = Math.max(0, h.firstWord() - 3); i < h.firstWord(); i++) {
                lacking |= lackWords.contains(words.get(i).norm());
            }
            if (lacking && h.value().status() == LegalStatus.LEGAL) {
                out.add(new Hit<>(new LegalCue(LegalStatus.ILLEGAL, "NO_LEGAL_FRAMEWORK"), h.pattern(), h.firstWord(), h.endWord(),
                        h.start(), h.end()));
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * "la police italienne", "les gendarmes du Canada": a police or gendarmerie followed by a
     * nationality or a foreign country is that country's, never the French one.
     */
    private void foreign(SentenceView v) {
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

    private static boolean isQuestion(List<Word> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            String n = words.get(i).norm();
            if (n.equals("\"") || n.equals(")") || QUOTE_CLOSE.contains(n)) continue;
            return n.equals("?");
        }
        return false;
    }

    /** Triggers outside named mentions, a governed trigger folded into its governor. */
    private List<TriggerHit> triggers(Document doc, SentenceView v) {
        List<TriggerHit> raw = new ArrayList<>();
        for (Hit<Trigger> h : rules.triggers().findLongest(v.words, 0, v.words.size())) {
            boolean inside = false;
            for (Mention m : v.mentions) {
                if (m.kind() != MentionKind.PERSON && h.firstWord() >= m.first() && h.firstWord() < m.end()) {
                    inside = true;
                    break;
                }
            }
            if (inside) continue;
            if (h.value().kind() == TriggerKind.VERB && taggedAsNoun(doc, v, h) && !betweenSubjectAndObject(v, h)) continue;
            if (h.value().kind() == TriggerKind.VERB && h.endWord() - h.firstWord() == 1 && h.firstWord() > 0
                    && NOUN_DETERMINERS.contains(v.words.get(h.firstWord() - 1).norm()) && !taggedAsVerb(doc, v, h)) {
                continue; // "une équipe", "son test": a noun, not the verb
            }
            raw.add(new TriggerHit(h.value(), h.firstWord(), h.endWord(), h.start(), h.end(), false, false));
        }
        List<TriggerHit> out = new ArrayList<>();
        for (TriggerHit t : raw) {
            if (!out.isEmpty()) {
                TriggerHit prev = out.get(out.size() - 1);
                if (!prev.governed() && prev.trigger().kind() != TriggerKind.INSTRUMENT && t.first() - prev.end() <= 6
                        && onlyGlue(v, prev.end(), t.first())) {
                    // "a renoncé à utiliser", "teste l'utilisation": the first governs
                    out.set(out.size() - 1, new TriggerHit(prev.trigger(), prev.first(), prev.end(), prev.start(), prev.stop(), true, false));
                    out.add(new TriggerHit(t.trigger(), t.first(), t.end(), t.start(), t.stop(), false, true));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    private static final Set<String> OBJECT_DETERMINERS = Set.of("le", "la", "les", "l", "des", "du", "un", "une", "ses", "son",
            "sa", "leur", "leurs", "ce", "cet", "cette", "ces");

    /**
     * "la gendarmerie nationale équipe ses véhicules": a verb form that is also a noun, right
     * after an actor and before a determiner, is the verb whatever the tagger says.
     */
    private static boolean betweenSubjectAndObject(SentenceView v, Hit<Trigger> h) {
        int j = h.endWord();
        while (j < v.words.size() && adverb(v.words.get(j))) j++; // "équipe progressivement ses véhicules"
        if (j >= v.words.size() || !OBJECT_DETERMINERS.contains(v.words.get(j).norm())) return false;
        int i = h.firstWord();
        while (i > 0 && adverb(v.words.get(i - 1))) i--;
        for (Mention m : v.mentions) {
            if (m.end() == i && isActorCandidate(m)) return true;
        }
        return false;
    }

    private static boolean adverb(Word w) {
        return w.norm().endsWith("ment") && w.norm().length() > 6;
    }

    /** Small words, adverbs in -ment and temporal expressions only: "a suspendu mercredi l'utilisation". */
    private static boolean onlyGlue(SentenceView v, int from, int to) {
        int content = 0;
        for (int i = from; i < to; i++) {
            Word w = v.words.get(i);
            if (GOVERNING_GLUE.contains(w.norm())) continue;
            if (w.norm().endsWith("ment") && w.norm().length() > 6) {
                content++;
                continue;
            }
            boolean inTime = false;
            for (TemporalExpression te : v.times) {
                if (w.start() >= te.start() && w.end() <= te.end()) inTime = true;
            }
            if (!inTime) return false;
        }
        return content <= 1;
    }

    /** Determiners before which a one-word verb trigger is a noun unless the tagger reads a verb ("une équipe", "son test"). */
    static final Set<String> NOUN_DETERMINERS = Set.of("un", "une", "cette", "cet", "ce", "sa", "son", "ses", "leur",
            "leurs", "des", "ces", "notre", "votre", "chaque");

    /** A one-word trigger whose word is also a noun: only there does the tagger's reading matter. */
    static boolean isNounHomograph(ClaimRules rules, List<Word> words, Hit<Trigger> h) {
        return h.endWord() - h.firstWord() == 1 && rules.words("noun-homographs").contains(words.get(h.firstWord()).norm());
    }

    private static boolean taggedAsVerb(Document doc, SentenceView v, Hit<Trigger> h) {
        if (doc.tokens().isEmpty() || v.sentence.endToken() <= v.sentence.firstToken()) return false;
        for (Token t : doc.tokensOf(v.sentence)) {
            if (t.start() == h.start() && t.pos() != null) return t.pos().equals("VERB") || t.pos().equals("AUX");
        }
        return false;
    }

    /**
     * POS as an extra signal: a one-word verb trigger that French also uses as a noun
     * ({@code noun-homographs} in word-classes.tsv: "l'exploitant", "les employés") is
     * dropped when the tagger reads it as a noun. Any other verb trigger is a verb whatever
     * the tagger says, so the tagger runs only where it can decide something.
     */
    private boolean taggedAsNoun(Document doc, SentenceView v, Hit<Trigger> h) {
        List<Token> tokens = doc.tokens();
        if (tokens.isEmpty() || v.sentence.endToken() <= v.sentence.firstToken()) return false;
        if (!isNounHomograph(rules, v.words, h)) return false;
        for (Token t : doc.tokensOf(v.sentence)) {
            if (t.start() == h.start() && t.pos() != null) {
                return t.pos().equals("NOUN");
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ anaphora

    /**
     * Actors named by their role ("la commune", "la police municipale", "la préfecture") take
     * the identity of the last town or actor of the story; returns the last town after this
     * sentence. A role with nothing to refer to stays what the lexicon says, or nothing.
     */
    private String resolveActors(String text, SentenceView v, String lastTown, List<Mention> history) {
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

    private List<Mention> resolveAnaphora(String text, SentenceView v, List<Mention> history) {
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
                case PRONOUN -> verbTriggerWithin(v, h.endWord(), 2) && impersonalEnd(v, h.firstWord()) < 0
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

    // ------------------------------------------------------------------ claims of a sentence

    private List<Draft> claimsOf(String text, SentenceView v, List<Mention> tools, Draft previous, List<Mention> previousActors,
                                 List<Mention> actorHistory, Mention interviewee, List<Draft> vagueOut) {
        List<Draft> out = new ArrayList<>();
        for (TriggerHit t : v.triggers) {
            if (capability(v, t) || adjectival(v, t, tools)) continue;
            List<Mention> boundTools = bindTools(v, t, tools);
            if (boundTools.isEmpty()) continue;
            Mention lastTool = boundTools.get(boundTools.size() - 1);
            int afterTrigger = Math.max(t.end(), lastTool.first() >= t.end() ? lastTool.end() : t.end());
            List<Mention> actors;
            boolean carried = false;
            // a governing verb's actor is its subject; the governed noun speaks only for its "par" agent
            AgentResult agent = t.governs() ? new AgentResult(List.of(), false) : agent(v, t, afterTrigger);
            if (agent.blocked()) continue;
            actors = agent.actors();
            if (t.governed() && actors.isEmpty()) continue;
            if (actors.isEmpty() && t.trigger().kind() == TriggerKind.VERB) {
                Mention object = reproachedBody(v, t);
                if (object != null) actors = List.of(object);
            }
            if (actors.isEmpty()) actors = subject(v, t);
            if (actors.isEmpty() && t.trigger().kind() != TriggerKind.NOUN && passive(v, t)) {
                // "Au centre commercial X, les images sont analysées par le logiciel Y": the place set before
                Mention at = frontedPlace(v, t);
                if (at != null) actors = List.of(at);
            }
            if (actors.isEmpty() && t.trigger().kind() == TriggerKind.VERB) {
                Mention kind = kindOfBodyOpening(text, v, t);
                if (kind != null) actors = List.of(kind);
            }
            if (actors.isEmpty() && t.trigger().kind() == TriggerKind.VERB) {
                actors = bodyNounSubject(text, v, t);
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
            if (actors.isEmpty() && t.trigger().kind() != TriggerKind.INSTRUMENT && mayCarry(v, t, boundTools)) {
                if (previous != null && v.sentence.index() - previous.sentence() <= CARRY_SENTENCES
                        && previous.actorMention() != null) {
                    actors = previousActors.size() > 1 && previousActors.contains(previous.actorMention())
                            ? List.copyOf(previousActors) : List.of(previous.actorMention());
                    carried = true;
                }
            }
            if (actors.isEmpty() && t.trigger().kind() == TriggerKind.VERB && passive(v, t) && !subjunctive(v, t)
                    && !insideQuote(v, t) && mayCarry(v, t, boundTools)) {
                // "Les enquêteurs … identifient le conducteur. Une balise est posée sous le véhicule.": a
                // passive with no agent continues the story of the one body named just before
                Mention last = storyActor(v, actorHistory);
                if (last != null) {
                    actors = List.of(last);
                    carried = true;
                }
            }
            if (actors.isEmpty() && t.trigger().kind() == TriggerKind.VERB && impersonalBefore(v, t)) {
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
            List<Mention> vague = actors.stream().filter(a -> vagueSet(v, a)).toList();
            if (actors.isEmpty()) continue;
            Modality modality = modality(v, t);
            Claim.Attribution attribution = attribution(text, v, t);
            if (modality == Modality.ASSERTED && (attribution != null || insideQuote(v, t) || answered)) modality = Modality.REPORTED;
            Claim.Legal legal = legal(text, v, t);
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

    /**
     * The word after an impersonal "il est proposé de", "il a été décidé d'", "il n'est pas
     * question de" that starts at {@code i}, or -1: such an "il" is nobody and nothing.
     */
    private int impersonalEnd(SentenceView v, int i) {
        if (i >= v.words.size() || !v.words.get(i).norm().equals("il")) return -1;
        int j = i + 1;
        while (j < v.words.size() && j - i <= 5 && (AUXILIARIES.contains(v.words.get(j).norm())
                || Set.of("n", "ne", "'", "pas", "donc", "aussi", "egalement", "desormais").contains(v.words.get(j).norm()))) {
            j++;
        }
        if (j == i + 1 || j + 1 >= v.words.size() || !impersonalHeads.contains(v.words.get(j).norm())) return -1;
        String de = v.words.get(j + 1).norm();
        if (!de.equals("de") && !de.equals("d")) return -1;
        return de.equals("d") ? j + 3 : j + 2;
    }

    /** The verb follows an impersonal "il est proposé de" (with other verbs listed after: "de renoncer … et de ne pas acquérir"). */
    private boolean impersonalBefore(SentenceView v, TriggerHit t) {
        for (int i = 0; i < t.first(); i++) {
            int end = impersonalEnd(v, i);
            if (end >= 0 && end <= t.first() && !hardStopBetween(v.words, end, t.first()) && t.first() - end <= 12) return true;
        }
        return false;
    }

    /** The last body named before the verb, in this sentence or in the two before. */
    private static Mention lastActorBefore(SentenceView v, TriggerHit t, List<Mention> history) {
        Mention here = null;
        for (Mention m : v.mentions) {
            if (m.end() <= t.first() && m.kind() == MentionKind.ACTOR) here = m;
        }
        if (here != null) return here;
        Mention last = history.isEmpty() ? null : history.get(history.size() - 1);
        return last != null && v.sentence.index() - last.entity().sentence() <= 2 ? last : null;
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
    private boolean vagueSet(SentenceView v, Mention a) {
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
     * A bare participle right after a word that is neither the tool nor a clause boundary
     * qualifies that word ("les objets abandonnés"): no usage is stated.
     */
    private boolean adjectival(SentenceView v, TriggerHit t, List<Mention> tools) {
        if (t.trigger().kind() != TriggerKind.VERB || t.first() == 0 || auxiliaryBefore(v, t)) return false;
        if (!participle(text(v, t))) return false;
        Word prev = v.words.get(t.first() - 1);
        if (prev.isPunctuation()) return false;
        for (Mention m : tools) if (m.end() == t.first()) return false;
        return !Set.of("qui", "que", "et", "ou", "mais", "puis").contains(prev.norm());
    }

    private boolean capability(SentenceView v, TriggerHit t) {
        for (Hit<CueKind> c : v.cues) {
            if (c.value() == CueKind.CAPABILITY && c.endWord() <= t.first() && t.first() - c.endWord() <= 3
                    && !authorisationGiven(v, c)) {
                return true;
            }
            if (c.value() == CueKind.REGULATION && t.trigger().kind() == TriggerKind.NOUN && c.endWord() <= t.first()
                    && t.first() - c.endWord() <= 6) {
                return true;
            }
        }
        return false;
    }

    /** The tools a trigger is about: the object after it, or the (passive) subject before it, with coordinated tools. */
    private List<Mention> bindTools(SentenceView v, TriggerHit t, List<Mention> tools) {
        Mention after = null, before = null;
        for (Mention m : tools) {
            if (m.first() >= t.end() && (t.trigger().kind() == TriggerKind.INSTRUMENT ? span(v, t.end(), m.first()) <= 3
                    : t.trigger().kind() == TriggerKind.VERB ? reach(v, t.end(), m.first()) <= TOOL_AFTER_WINDOW
                    : span(v, t.end(), m.first()) <= TOOL_AFTER_WINDOW)
                    && !triggerBetween(v, t.end(), m.first(), t) && !hardStopBetween(v.words, t.end(), m.first())) {
                after = m;
                break;
            }
        }
        if (t.trigger().kind() != TriggerKind.INSTRUMENT) {
            for (Mention m : tools) {
                if (m.end() <= t.first() && span(v, m.end(), t.first()) <= TOOL_BEFORE_WINDOW
                        && !triggerBetween(v, m.end(), t.first(), t) && !hardStopBetween(v.words, m.end(), t.first())) {
                    before = m; // the nearest one before
                }
            }
        }
        Mention chosen;
        if (t.trigger().kind() == TriggerKind.NOUN) {
            chosen = after != null ? after : (before != null && before.anaphoric() && possessiveBefore(v, t) ? before : null);
            if (chosen == null && before != null && t.first() - before.end() <= 2) chosen = before; // "Briefcam, dont l'usage"
        } else if (after != null && before != null) {
            chosen = passive(v, t) ? before : after;
            // "Ces appareils ont été exploités à l'aide du logiciel X": a subject that only refers back is
            // what was worked on; the tool named as the means is the tool
            if (chosen == before && before.anaphoric() && !after.anaphoric() && meansBefore(v, after)) chosen = after;
        } else {
            chosen = after != null ? after : before;
        }
        if (chosen == null) return List.of();
        List<Mention> out = new ArrayList<>();
        out.add(chosen);
        // coordinated tools: "la reconnaissance faciale et la LAPI"
        Mention last = chosen;
        for (Mention m : tools) {
            if (m.first() >= last.end() && m.first() - last.end() <= 4 && onlyListGlue(v.words, last.end(), m.first())
                    && hasCoordinator(v.words, last.end(), m.first()) && !m.tool().canonical().equals(chosen.tool().canonical())) {
                out.add(m);
                last = m;
            }
        }
        // a product right after a technology names it: "un logiciel de VSA fourni par Briefcam"
        List<Mention> refined = new ArrayList<>();
        for (Mention m : out) refined.add(productOf(v, m, tools));
        return refined;
    }

    /** The longest insertion set off by commas that does not count in the distance to the object. */
    private static final int INSERTION = 20;

    /**
     * The distance from a verb to its object: words between, not counting elisions, temporal
     * expressions ("a testé du 2 au 12 novembre 2024 le logiciel") and insertions set off by
     * commas right after the verb ("a installé, dans les halls des immeubles, des caméras").
     */
    private static int reach(SentenceView v, int from, int to) {
        int n = 0;
        int i = from;
        boolean leading = true;
        while (i < to) {
            String norm = v.words.get(i).norm();
            if (leading && norm.equals(",")) {
                int close = -1;
                for (int j = i + 1; j < to && j - i <= INSERTION; j++) {
                    String w = v.words.get(j).norm();
                    if (w.equals(",")) {
                        close = j;
                        break;
                    }
                    if (isTriggerWord(v, j) || QUOTE_OPEN.contains(w)) break;
                }
                if (close > 0) {
                    i = close + 1;
                    n++;
                    continue;
                }
            }
            leading = false;
            if (!norm.equals("'") && !inTime(v, v.words.get(i))) n++;
            i++;
        }
        return n;
    }

    private static boolean inTime(SentenceView v, Word w) {
        for (TemporalExpression te : v.times) {
            if (w.start() >= te.start() && w.end() <= te.end()) return true;
        }
        return false;
    }

    /** Words between two positions, the apostrophes of elisions ("l'", "d'") not counted. */
    private static int span(SentenceView v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (!v.words.get(i).norm().equals("'")) n++;
        return n;
    }

    private static boolean possessiveBefore(SentenceView v, TriggerHit t) {
        if (t.first() == 0) return false;
        String w = v.words.get(t.first() - 1).norm();
        return Set.of("son", "sa", "ses", "leur", "leurs").contains(w);
    }

    /**
     * The most specific name of the same tool nearby: a product beside its vendor ("Cityvision
     * de Wintics") or beside a technology ("un logiciel de VSA fourni par Briefcam").
     */
    private Mention productOf(SentenceView v, Mention m, List<Mention> tools) {
        if (m.tool().kind() == ToolKind.PRODUCT) return m;
        Mention best = m;
        for (Mention o : tools) {
            if (o == m || o.anaphoric() || o.tool().kind() != ToolKind.PRODUCT) continue;
            boolean near = (o.first() >= m.end() && o.first() - m.end() <= 5 && cleanBetween(v, m.end(), o.first()))
                    || (o.end() <= m.first() && m.first() - o.end() <= 3 && cleanBetween(v, o.end(), m.first()));
            if (near) {
                best = o;
                break;
            }
        }
        return best;
    }

    private static boolean isTriggerWord(SentenceView v, int i) {
        for (TriggerHit t : v.triggers) if (i >= t.first() && i < t.end()) return true;
        return false;
    }

    private static boolean triggerBetween(SentenceView v, int from, int to, TriggerHit self) {
        for (TriggerHit o : v.triggers) {
            if (o != self && !o.governed() && o.first() >= from && o.first() < to) return true;
        }
        return false;
    }

    private static boolean hardStopBetween(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            String n = words.get(i).norm();
            if (n.equals(";") || n.equals(":") || n.equals(".") || n.equals("?") || n.equals("!")) return true;
        }
        return false;
    }

    private static boolean onlyListGlue(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) if (!LIST_GLUE.contains(words.get(i).norm())) return false;
        return true;
    }

    private static boolean hasCoordinator(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            String n = words.get(i).norm();
            if (n.equals("et") || n.equals("ou") || n.equals(",")) return true;
        }
        return false;
    }

    /** A verb trigger after a form of "être" (or a participle right after its subject): passive voice. */
    private static boolean passive(SentenceView v, TriggerHit t) {
        for (int i = Math.max(0, t.first() - 3); i < t.first(); i++) {
            String n = v.words.get(i).norm();
            if (Set.of("est", "sont", "etait", "etaient", "ete", "sera", "seront", "serait", "seraient", "soit", "soient",
                    "fut", "furent", "etre").contains(n)) {
                return true;
            }
        }
        return false;
    }

    private record AgentResult(List<Mention> actors, boolean blocked) {
    }

    /** "par X" after the trigger: the agent of a passive or of a nominalisation. */
    private AgentResult agent(SentenceView v, TriggerHit t, int from) {
        for (int i = t.end(); i < Math.min(v.words.size(), from + AGENT_WINDOW); i++) {
            String n = v.words.get(i).norm();
            if (hardStopBetween(v.words, i, i + 1)) break;
            if (i > t.end() && triggerStartsAt(v, i) && !governedAt(v, i)) break;
            if (!n.equals("par")) continue;
            if (i > 0 && vendorParticiples.contains(v.words.get(i - 1).norm())) break; // "fourni par la société X": the vendor
            for (Mention m : v.mentions) {
                if (m.first() > i && m.first() - i <= 3 && onlyDeterminers(v.words, i + 1, m.first())) {
                    if (m.kind() == MentionKind.TOOL || m.kind() == MentionKind.LAW) break; // "fourni par Huawei"
                    if (isActorCandidate(m)) return new AgentResult(list(v, m, true), false);
                    return new AgentResult(List.of(), true); // "par la CNIL", "par Disclose": not a user
                }
            }
        }
        return new AgentResult(List.of(), false);
    }

    private static boolean governedAt(SentenceView v, int i) {
        for (TriggerHit t : v.triggers) if (t.first() == i && t.governed()) return true;
        return false;
    }

    private static boolean triggerStartsAt(SentenceView v, int i) {
        for (TriggerHit t : v.triggers) if (t.first() == i) return true;
        return false;
    }

    private static boolean onlyDeterminers(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) if (!DETERMINERS.contains(words.get(i).norm())) return false;
        return true;
    }

    /** The actor a mention names: a listed or patterned actor, or a place acting as one. */
    private static ActorEntry actorOf(Mention m) {
        if (m.actor() != null) return m.actor();
        return new ActorEntry(m.place().canonical(), m.place().actorType());
    }

    private static boolean isActorCandidate(Mention m) {
        return m.kind() == MentionKind.ACTOR
                || (m.kind() == MentionKind.PLACE && m.place().actorType() != null);
    }

    /** The subject before the trigger: the nearest actor that is not the complement of a preposition. */
    private List<Mention> subject(SentenceView v, TriggerHit t) {
        Mention best = null;
        for (Mention m : v.mentions) {
            if (m.end() > t.first()) break;
            if (hardStopBetween(v.words, m.end(), t.first())) continue;
            if (m.kind() == MentionKind.PLACE && insideActor(v, m)) continue;
            if (m.kind() == MentionKind.TOOL || m.kind() == MentionKind.LAW) continue;
            if (governedByPreposition(v.words, m.first())) continue;
            if (m.first() > 0 && v.words.get(m.first() - 1).norm().equals("(")) continue; // "Istres (Bouches-du-Rhône)"
            best = m;
        }
        if (best != null && !isActorCandidate(best)) {
            Mention other = unlistedOrganisation(v, t, best);
            return other == null ? List.of() : List.of(other);
        }
        if (best == null) return List.of();
        if (best.kind() == MentionKind.PLACE && t.first() - best.end() > 6) return List.of();
        return list(v, best, false);
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "elle", "ils", "elles");

    /**
     * An organisation the lexicons do not know (a club, a shop chain, a school), tagged ORG by
     * the statistical model, is the actor of a usage verb it is the subject of, typed OTHER:
     * directly ("Le club a installé…") or through a pronoun after a reporting verb ("Le club a
     * annoncé qu'il renonçait…"). Never for a usage noun, which a commentator can name.
     */
    private Mention unlistedOrganisation(SentenceView v, TriggerHit t, Mention m) {
        if (t.trigger().kind() != TriggerKind.VERB || m.entity().origin() != Entity.Origin.MODEL) return null;
        Claim.ActorType kind = appositionType(v, m);
        if (kind == null && !"ORG".equals(m.entity().type())) return null;
        if (kind == null) kind = Claim.ActorType.OTHER;
        if (t.first() - m.end() > 10) return null;
        boolean reporting = false;
        for (Hit<CueKind> c : v.cues) {
            if (c.value() == CueKind.REPORTING && c.firstWord() >= m.end() && c.endWord() <= t.first()) reporting = true;
        }
        if (reporting) {
            boolean pronoun = false;
            for (int i = Math.max(m.end(), t.first() - 4); i < t.first(); i++) {
                if (SUBJECT_PRONOUNS.contains(v.words.get(i).norm())) pronoun = true;
            }
            if (!pronoun) return null;
        }
        String name = m.entity().text();
        return new Mention(MentionKind.ACTOR, m.entity(), m.first(), m.end(), null,
                new ActorEntry(name, kind), null, false);
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

    /**
     * "La société d'économie mixte qui gère le port a installé …": a sentence that opens on a
     * definite noun phrase headed by a kind of body of several words (named-actors.tsv), with no
     * name after it, has that body as the subject of its verb. One-word kinds ("la société")
     * refer back to a body named before (anaphora.tsv) and are not taken here.
     */
    private Mention kindOfBodyOpening(String text, SentenceView v, TriggerHit t) {
        if (v.words.size() < 3 || !Set.of("la", "le", "l").contains(v.words.get(0).norm())) return null;
        int first = v.words.get(1).norm().equals("'") ? 2 : 1;
        var head = lexicons.namedHeads().longestAt(v.words, first, t.first());
        if (head == null || head.firstWord() != first || head.endWord() - head.firstWord() < 2) return null;
        if (head.endWord() < v.words.size() && v.words.get(head.endWord()).capitalized()) return null; // a name follows
        for (Mention m : v.mentions) {
            if (m.first() < t.first() && m.first() >= head.endWord() && isActorCandidate(m)
                    && !governedByPreposition(v.words, m.first()) && !v.words.get(m.first() - 1).norm().equals("(")) {
                return null; // another body is the subject
            }
        }
        int start = v.words.get(first).start();
        int end = v.words.get(head.endWord() - 1).end();
        String name = text.substring(start, end);
        Entity e = new Entity(name, GazetteerStage.ACTOR, start, end, v.sentence.index(), name, Entity.Origin.GAZETTEER);
        return new Mention(MentionKind.ACTOR, e, first, head.endWord(), null, new ActorEntry(name, head.value().type()), null, false);
    }

    /**
     * "La société de sécurité chargée du festival, Breizh Sûreté, a installé …": a name set off
     * after a noun phrase headed by a kind of organisation (named-actors.tsv) is that kind of body.
     */
    private Claim.ActorType appositionType(SentenceView v, Mention m) {
        if (m.first() < 3 || !v.words.get(m.first() - 1).norm().equals(",")) return null;
        if (m.end() >= v.words.size() || !v.words.get(m.end()).norm().equals(",")) return null;
        for (int j = Math.max(0, m.first() - 12); j < m.first() - 1; j++) {
            if (j > 0 && !Set.of("la", "le", "l", "'", "les", "un", "une").contains(v.words.get(j - 1).norm())) continue;
            var head = lexicons.namedHeads().longestAt(v.words, j, m.first() - 1);
            if (head != null && head.firstWord() == j) return head.value().type();
        }
        return null;
    }

    private static boolean insideActor(SentenceView v, Mention place) {
        for (Mention m : v.mentions) {
            if (m.kind() == MentionKind.ACTOR && m.first() <= place.first() && place.end() <= m.end()) return true;
        }
        return false;
    }

    /** True when a preposition comes before the mention (through its determiners, or a common noun: "de la zone X"). */
    private boolean governedByPreposition(List<Word> words, int first) {
        int i = first - 1;
        if (i > 1 && commonNoun(words.get(i))) {
            int j = i - 1;
            while (j >= 0 && DETERMINERS.contains(words.get(j).norm()) && !PREPOSITIONS.contains(words.get(j).norm())) j--;
            if (j >= 0 && j < i - 1 && Set.of("de", "d", "du", "des").contains(words.get(j).norm())) return true;
        }
        while (i >= 0 && (DETERMINERS.contains(words.get(i).norm()) && !PREPOSITIONS.contains(words.get(i).norm()))) i--;
        if (i < 0) return false;
        String n = words.get(i).norm();
        if ((n.equals("de") || n.equals("d")) && i > 0 && quantityNouns.contains(words.get(i - 1).norm())) {
            return false; // "une poignée d'enquêteurs", "la plupart des communes": the quantity's complement is the subject
        }
        if (n.equals("des")) {
            // "Des polices municipales utilisent…" at the start of a clause is a determiner
            if (i == 0) return false;
            String p = words.get(i - 1).norm();
            return !(Set.of(",", ";", ":", "\"", "et", "ou", "que", "qu", "'").contains(p));
        }
        return PREPOSITIONS.contains(n);
    }

    /** The mention opens on a definite article that no preposition precedes: "…, la ville a activé". */
    private static boolean definiteStart(List<Word> words, int first) {
        int i = Set.of("la", "le", "les", "l").contains(words.get(first).norm()) ? first : first - 1; // "la ville" as a whole
        if (i >= 0 && i < first && words.get(i).norm().equals("'")) i--;
        if (i < 0 || !Set.of("la", "le", "les", "l").contains(words.get(i).norm())) return false;
        return i == 0 || !PREPOSITIONS.contains(words.get(i - 1).norm());
    }

    /** A lower-case word of letters that is no small word: "zone" of "de la zone Bruxelles-Nord". */
    private static boolean commonNoun(Word w) {
        String n = w.norm();
        return !w.capitalized() && n.length() > 2 && n.chars().allMatch(Character::isLetter) && !DETERMINERS.contains(n)
                && !PREPOSITIONS.contains(n) && !AUXILIARIES.contains(n) && !Set.of("qui", "que", "dont", "et", "ou").contains(n);
    }

    /** The mention and the actors listed with it ("Nice, Roanne et Perpignan"). */
    private List<Mention> list(SentenceView v, Mention m, boolean forward) {
        List<Mention> actors = new ArrayList<>(v.mentions.stream().filter(RuleBasedClaimExtractor::isActorCandidate)
                .filter(x -> !(x.kind() == MentionKind.PLACE && insideActor(v, x))).toList());
        int idx = actors.indexOf(m);
        List<Mention> out = new ArrayList<>();
        out.add(m);
        for (int k = idx - 1; k >= 0; k--) {
            Mention p = actors.get(k);
            Mention next = out.get(0);
            if (next.first() - p.end() <= 3 && onlyListGlue(v.words, p.end(), next.first())
                    && hasCoordinator(v.words, p.end(), next.first()) && (p.kind() == m.kind() || endsWithPlace(v, p, m))
                    && (forward || !governedByPreposition(v.words, p.first()) || !definiteStart(v.words, m.first()))) {
                // "D'après un agent du centre de supervision, la ville a …": a complement before a comma is no item of the list
                out.add(0, p);
            } else {
                break;
            }
        }
        for (int k = idx + 1; k < actors.size(); k++) {
            Mention n = actors.get(k);
            Mention prev = out.get(out.size() - 1);
            if (n.first() - prev.end() <= 3 && onlyListGlue(v.words, prev.end(), n.first())
                    && hasCoordinator(v.words, prev.end(), n.first()) && n.kind() == m.kind()) {
                out.add(n);
            } else {
                break;
            }
        }
        return out;
    }

    /** "attendre que la technologie soit installée": a usage wished, feared or awaited, not narrated. */
    private static boolean subjunctive(SentenceView v, TriggerHit t) {
        for (int i = Math.max(0, t.first() - 3); i < t.first(); i++) {
            String n = v.words.get(i).norm();
            if (n.equals("soit") || n.equals("soient") || n.equals("ait") || n.equals("aient")) return true;
        }
        return false;
    }

    private static final Set<String> MEANS = Set.of("par", "aide", "moyen", "grace", "via", "avec");

    /** "à l'aide du logiciel X", "par le logiciel X", "grâce à X": the tool is named as the means. */
    private static boolean meansBefore(SentenceView v, Mention tool) {
        for (int i = Math.max(0, tool.first() - 4); i < tool.first(); i++) {
            if (MEANS.contains(v.words.get(i).norm())) return true;
        }
        return false;
    }

    /**
     * The actor last named in the two sentences before {@code v}, when the last sentence that
     * names actors names only that one (by canonical name): the story's actor is clear.
     */
    private static Mention storyActor(SentenceView v, List<Mention> history) {
        if (history.isEmpty()) return null;
        Mention last = history.get(history.size() - 1);
        int sentence = last.entity().sentence();
        if (sentence >= v.sentence.index() || v.sentence.index() - sentence > 2) return null;
        ActorEntry who = actorOf(last);
        for (int i = history.size() - 1; i >= 0 && history.get(i).entity().sentence() == sentence; i--) {
            ActorEntry other = actorOf(history.get(i));
            if (who == null || other == null || !other.canonical().equals(who.canonical())) return null;
        }
        return last;
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

    /**
     * "Plusieurs villes utilisent le logiciel X. C'est le cas de Nice, Roanne et Perpignan.": each
     * body named after a LIKEWISE cue, in a sentence with no usage of its own, did what the
     * sentence just before says; its claims are copied to them, with this sentence as evidence.
     */
    private List<Draft> likewise(String text, SentenceView v, List<Draft> drafts, List<Draft> vagueDrafts) {
        int cue = -1;
        for (Hit<CueKind> c : v.cues) if (c.value() == CueKind.LIKEWISE && cue < 0) cue = c.endWord();
        if (cue < 0) return List.of();
        List<Draft> before = new ArrayList<>();
        for (List<Draft> list : List.of(drafts, vagueDrafts)) {
            for (Draft d : list) if (d.sentence() == v.sentence.index() - 1 && d.claim().modality() != Modality.NEGATED) before.add(d);
        }
        if (before.isEmpty()) return List.of();
        Mention first = null;
        for (Mention m : v.mentions) {
            if (m.first() >= cue && m.first() - cue <= 2 && isActorCandidate(m) && !(m.kind() == MentionKind.PLACE && insideActor(v, m))) {
                first = m;
                break;
            }
        }
        if (first == null) return List.of();
        List<Mention> actors = list(v, first, true);
        Claim.Evidence evidence = new Claim.Evidence(v.sentence.index(), v.sentence.start(), v.sentence.end(),
                text.substring(v.sentence.start(), v.sentence.end()));
        List<Draft> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Draft d : before) {
            Claim c = d.claim();
            if (!seen.add(c.tool().canonical() + "\u0000" + c.action().type())) continue;
            for (Mention a : actors) {
                ActorEntry who = actorOf(a);
                Claim.Actor actor = new Claim.Actor(text.substring(a.start(), a.stop()), who.canonical(), who.type(), a.start(), a.stop());
                double confidence = Math.round(Math.max(0.05, c.confidence() - 0.15) * 100) / 100.0;
                out.add(new Draft(new Claim(null, actor, c.action(), c.tool(), c.time(), null, c.legal(), c.modality(),
                        c.attribution(), evidence, confidence), v.sentence.index(), false, a));
            }
        }
        return out;
    }

    /** The first actor named by a sentence that introduces an interview ("… répond à nos questions"), or null. */
    private static Mention interviewee(SentenceView v) {
        boolean interview = false;
        for (Hit<CueKind> c : v.cues) interview |= c.value() == CueKind.INTERVIEW;
        if (!interview) return null;
        for (Mention m : v.mentions) {
            if (m.kind() == MentionKind.ACTOR && m.entity().origin() == Entity.Origin.GAZETTEER && !m.anaphoric()) return m;
        }
        return null;
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

    /** Words of a verb group between a subject and its verb: auxiliaries, negation, clitics, adverbs. */
    private static final Set<String> VERB_GROUP = Set.of("n", "ne", "'", "pas", "jamais", "plus", "y", "en", "l", "les", "se",
            "s", "deja", "aussi", "egalement", "desormais", "ensuite", "bientot", "recemment", "notamment", "toujours",
            "encore", "alors", "meme", "va", "vont", "allait", "allaient", "doit", "doivent", "devrait", "devraient",
            "compte", "comptent", "prevoit", "prevoient", "envisage", "envisagent", "souhaite", "souhaitent", "veut",
            "veulent", "de", "d", "a", "fait", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront",
            "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "ete", "eu", "avoir", "etre");
    private static final Set<String> CLAUSE_WORDS = Set.of("que", "qu", "qui", "dont", "ou", "quand", "lorsque", "si",
            "comme", ",", ";", ":", "(", ")", "«", "»", "\"", "selon", "apres", "avant");

    /**
     * "Le syndicat mixte des transports a installé…", "En 2022, la régie a testé…", "… a
     * indiqué que les services du Rhône, du Nord et de Haute-Garonne utilisent…": a noun
     * phrase that opens the clause of a usage verb, headed by a body noun of body-heads.tsv
     * and holding no other actor or tool, is its actor, named as written, typed by its last
     * body noun; a list of places after the head gives one body per place.
     */
    private List<Mention> bodyNounSubject(String text, SentenceView v, TriggerHit t) {
        if (passive(v, t)) return List.of();
        int g = t.first();
        while (g > 0 && VERB_GROUP.contains(v.words.get(g - 1).norm()) || g > 0 && v.words.get(g - 1).norm().endsWith("ment")) g--;
        for (Hit<CueKind> c : v.cues) {
            // "Le bailleur affirme avoir installé…": the subject ends before the reporting or denying verb
            if ((c.value() == CueKind.REPORTING || c.value() == CueKind.DENIAL || c.value() == CueKind.PLAN)
                    && c.firstWord() > 0 && c.firstWord() < g && c.endWord() >= g - 2) {
                g = c.firstWord();
            }
        }
        // "…, du Nord et de Haute-Garonne": the places listed after the first one, each with its preposition
        List<int[]> items = new ArrayList<>();
        boolean closed = false;
        for (int j = g; ; ) {
            Mention place = null;
            for (Mention m : v.mentions) if (m.kind() == MentionKind.PLACE && m.end() == j) place = m;
            if (place == null) break;
            int c = connectorBefore(v.words, place.first());
            if (c < 1) break;
            String sep = v.words.get(c - 1).norm();
            if (!sep.equals(",") && !sep.equals("et")) break;
            int from = sep.equals("et") && c >= 2 && v.words.get(c - 2).norm().equals(",") ? c - 2 : c - 1;
            closed |= sep.equals("et");
            items.add(0, new int[]{c, place.end()});
            j = from;
            g = from;
        }
        if (!items.isEmpty() && !closed) return List.of();
        if (g <= 1) return List.of();
        int d = -1;
        for (int i = g - 2; i >= 0; i--) {
            String n = v.words.get(i).norm();
            if (CLAUSE_WORDS.contains(n)) {
                if (!n.equals(",") && !n.equals("que") && !n.equals("qu")) return List.of();
                break;
            }
            if (Set.of("le", "la", "les", "l").contains(n)
                    && (i == 0 || Set.of(",", "que", "qu").contains(v.words.get(i - 1).norm()))) {
                d = i;
            }
        }
        if (d < 0 || g - d > 9) return List.of();
        int head = v.words.get(d).norm().equals("l") && d + 1 < g && v.words.get(d + 1).norm().equals("'") ? d + 2 : d + 1;
        for (int i = 0; i < d; i++) {
            // "Selon l'hôpital, la direction…" is fine; an opening that is itself a clause ("Quand …,") is not
            if (Set.of("qui", "quand", "si", "lorsque").contains(v.words.get(i).norm())) return List.of();
        }
        Claim.ActorType type = null;
        int headEnd = -1;
        for (Hit<Claim.ActorType> h : rules.bodyHeads().findLongest(v.words, head, g)) {
            if (h.firstWord() == head) headEnd = h.endWord();
            type = h.value();
        }
        if (headEnd < 0 || type == null) return List.of();
        if (v.words.get(d).norm().equals("les") && headEnd == g && items.isEmpty()
                && !storyPlurals.contains(v.words.get(headEnd - 1).norm())) {
            return List.of(); // "les entreprises utilisent …": a kind, not a body
        }
        int last = items.isEmpty() ? g : items.get(items.size() - 1)[1];
        for (Mention m : v.mentions) {
            if (m.first() < last && m.end() > d && m.kind() != MentionKind.PLACE) return List.of(); // a named body or tool inside
        }
        for (int i = head; i < g; i++) {
            Word w = v.words.get(i);
            if (CLAUSE_WORDS.contains(w.norm()) || Character.isDigit(w.norm().charAt(0))) return List.of();
        }
        List<Mention> out = new ArrayList<>();
        out.add(bodyMention(text, v, head, g, null, type));
        String headText = text.substring(v.words.get(head).start(), v.words.get(headEnd - 1).end());
        for (int[] item : items) out.add(bodyMention(text, v, item[0], item[1], headText, type));
        return out;
    }

    private static Mention bodyMention(String text, SentenceView v, int from, int to, String headText, Claim.ActorType type) {
        int start = v.words.get(from).start();
        int end = v.words.get(to - 1).end();
        String written = text.substring(start, end);
        String name = headText == null ? written : headText + " " + written;
        Entity e = new Entity(written, GazetteerStage.ACTOR, start, end, v.sentence.index(), name, Entity.Origin.GAZETTEER);
        return new Mention(MentionKind.ACTOR, e, from, to, null, new ActorEntry(name, type), null, false);
    }

    /** The first word of "de", "du", "des", "d'", "de la", "de l'" right before word {@code i}, or -1. */
    private static int connectorBefore(List<Word> words, int i) {
        if (i >= 1 && Set.of("du", "des", "de").contains(words.get(i - 1).norm())) return i - 1;
        if (i >= 2 && words.get(i - 1).norm().equals("'") && words.get(i - 2).norm().equals("d")) return i - 2;
        if (i >= 2 && words.get(i - 1).norm().equals("la") && words.get(i - 2).norm().equals("de")) return i - 2;
        if (i >= 3 && words.get(i - 1).norm().equals("'") && words.get(i - 2).norm().equals("l")
                && words.get(i - 3).norm().equals("de")) return i - 3;
        return -1;
    }

    /**
     * "la police nationale de Lyon, Grenoble et Valence": an actor of a place opens a list of
     * places, the first item of which it is.
     */
    private static boolean endsWithPlace(SentenceView v, Mention actor, Mention place) {
        if (actor.kind() != MentionKind.ACTOR || place.kind() != MentionKind.PLACE) return false;
        for (Mention x : v.mentions) {
            if (x.kind() == MentionKind.PLACE && x.end() == actor.end() && x.first() > actor.first()) return true;
        }
        return false;
    }

    /**
     * "le préfet a autorisé la gendarmerie à faire voler des drones": an authorisation given, in a
     * past tense, to a named body states the usage; a text that "autorise à" in general does not.
     */
    private static boolean authorisationGiven(SentenceView v, Hit<CueKind> c) {
        String verb = v.words.get(c.firstWord()).norm();
        if (!verb.startsWith("autoris") && !verb.startsWith("habilit")) return false;
        int i = c.firstWord() - 1;
        while (i >= 0 && adverb(v.words.get(i))) i--;
        if (i < 0 || !Set.of("a", "ont", "avait", "avaient", "avons").contains(v.words.get(i).norm())) return false;
        for (Mention m : v.mentions) {
            if (m.first() >= c.firstWord() && m.end() <= c.endWord() && isActorCandidate(m)) return true;
        }
        return false;
    }

    /** Carry-over of the story's actor is for a usage verb without subject or a possessive noun, never for a law. */
    private boolean mayCarry(SentenceView v, TriggerHit t, List<Mention> boundTools) {
        for (Mention m : v.mentions) {
            if (m.kind() == MentionKind.LAW || m.kind() == MentionKind.INSTITUTION || m.kind() == MentionKind.PERSON) {
                if (m.kind() == MentionKind.LAW) return false;
                if (m.end() <= t.first() && !governedByPreposition(v.words, m.first())) return false; // someone else is the subject
            }
        }
        for (int i = 0; i < t.first(); i++) {
            if (LAW_WORDS.contains(v.words.get(i).norm())) return false;
        }
        if (t.trigger().kind() == TriggerKind.NOUN) {
            return possessiveBefore(v, t) || boundTools.stream().anyMatch(Mention::anaphoric);
        }
        // a bare participle ("la reconnaissance faciale, utilisée en Chine…") describes, it does not narrate
        return !participle(text(v, t)) || auxiliaryBefore(v, t);
    }

    private static String text(SentenceView v, TriggerHit t) {
        return v.surface.substring(t.start() - v.sentence.start(), v.words.get(t.first()).end() - v.sentence.start());
    }

    private static boolean participle(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        // "-is", "-ise" only for the participles of acquérir and mettre: "utilise" is a present tense
        return w.endsWith("é") || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées")
                || Set.of("acquis", "acquise", "acquises", "mis", "mise", "mises").contains(w)
                || w.endsWith("u") || w.endsWith("ue") || w.endsWith("us") || w.endsWith("ues");
    }

    private static final Set<String> AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "aura", "auront", "aurait",
            "auraient", "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "ete", "etre", "avoir",
            "ai", "as", "avons", "avez", "eu", "soit", "soient", "fut", "furent");

    private static boolean auxiliaryBefore(SentenceView v, TriggerHit t) {
        for (int i = Math.max(0, t.first() - 3); i < t.first(); i++) {
            if (AUXILIARIES.contains(v.words.get(i).norm())) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ modality and attribution

    private Modality modality(SentenceView v, TriggerHit t) {
        boolean negated = false, alleged = false, planned = false;
        int negStart = -1;
        for (Hit<CueKind> c : v.cues) {
            int d = t.first() - c.endWord(); // words between the cue and the trigger
            switch (c.value()) {
                case NEGATION -> {
                    if (c.endWord() <= t.first() && d <= 4 && negStart < 0) negStart = c.firstWord();
                    else if (c.endWord() <= t.first() && d <= 4) negStart = Math.max(negStart, c.firstWord());
                }
                case CONDITIONAL -> {
                    if (c.endWord() <= t.first() && d <= 3) alleged = true;
                }
                case PLAN -> {
                    // "pourra, sur autorisation du préfet, faire voler": an insertion counts as one word
                    if (c.endWord() <= t.first() && reach(v, c.endWord(), t.first()) <= 4) planned = true;
                }
                case PLAN_ANY -> planned = true;
                case DENIAL -> {
                    if (c.endWord() <= t.first() && d <= 6 && t.trigger().kind() == TriggerKind.NOUN) negated = true;
                    // "dément avoir utilisé", "nie d'avoir eu recours": the denied past of a usage verb
                    if (c.endWord() <= t.first() && d <= 3 && t.trigger().kind() == TriggerKind.VERB) {
                        for (int i = c.endWord(); i < t.first(); i++) if (v.words.get(i).norm().equals("avoir")) negated = true;
                    }
                }
                case WITHOUT -> {
                    // "sans utiliser", "sans les utiliser"; not "sans même que son usage soit déclaré"
                    if (c.endWord() <= t.first() && d <= 1 && t.trigger().kind() == TriggerKind.VERB) negated = true;
                }
                default -> {
                }
            }
        }
        if (negStart >= 0) {
            boolean end = false, restriction = false;
            for (Hit<CueKind> c : v.cues) {
                if (c.firstWord() <= negStart || c.firstWord() > t.end() + 2) continue;
                if (c.value() == CueKind.NEGATION_END) end = true;
                if (c.value() == CueKind.RESTRICTION) restriction = true;
            }
            // "ne … que" after the verb, within a few words, is a restriction
            for (Hit<CueKind> c : v.cues) {
                if (c.value() == CueKind.RESTRICTION && c.firstWord() >= t.end() && c.firstWord() - t.end() <= 6) restriction = true;
            }
            // "aucun drone n'a été utilisé": the negative word before the verb
            boolean negativeSubject = false;
            for (int i = Math.max(0, negStart - 8); i < negStart; i++) {
                String n = v.words.get(i).norm();
                if (n.equals("aucun") || n.equals("aucune") || n.equals("jamais") || n.equals("personne")) negativeSubject = true;
            }
            if ((end || negativeSubject) && !(restriction && !end)) negated = true;
        }
        if (!negated && t.trigger().kind() == TriggerKind.NOUN && t.first() > 0) {
            String prev = v.words.get(t.first() - 1).norm();
            if (prev.equals("aucun") || prev.equals("aucune") || prev.equals("pas")) negated = true;
        }
        String verb = v.words.get(t.first()).norm();
        if (t.trigger().kind() == TriggerKind.VERB) {
            if (verb.endsWith("rait") || verb.endsWith("raient")) alleged = true;
            if (verb.length() > 5 && (verb.endsWith("era") || verb.endsWith("eront") || verb.endsWith("erai")
                    || verb.endsWith("erons") || verb.endsWith("rra") || verb.endsWith("rront"))) {
                planned = true;
            }
        }
        if (t.trigger().kind() == TriggerKind.VERB && impersonalBefore(v, t)) planned = true; // "il est proposé d'équiper"
        if (negated) return Modality.NEGATED;
        if (alleged) return Modality.ALLEGED;
        if (planned) return Modality.PLANNED;
        return Modality.ASSERTED;
    }

    private Claim.Attribution attribution(String text, SentenceView v, TriggerHit t) {
        for (Hit<CueKind> c : v.cues) {
            if (c.value() != CueKind.SOURCE) continue;
            int end = c.endWord();
            while (end < v.words.size() && end < c.endWord() + 10) {
                String n = v.words.get(end).norm();
                if (n.equals(",") || n.equals(".") || n.equals(";") || n.equals(":") || (end >= t.first() && end < t.end())) break;
                end++;
            }
            if (end <= c.endWord()) continue;
            int srcFirst = c.endWord();
            while (srcFirst < end && DETERMINERS.contains(v.words.get(srcFirst).norm())) srcFirst++;
            // "des documents internes que nous avons pu consulter": the source stops before its relative clause
            int srcEnd = end;
            for (int i = srcFirst + 1; i < end; i++) {
                if (Set.of("que", "qu", "qui", "dont", "lesquels", "lesquelles", "auxquels").contains(v.words.get(i).norm())) {
                    srcEnd = i;
                    break;
                }
            }
            String source = srcFirst < srcEnd ? text.substring(v.words.get(srcFirst).start(), v.words.get(srcEnd - 1).end()) : null;
            return new Claim.Attribution(text.substring(c.start(), v.words.get(end - 1).end()), source);
        }
        for (Hit<CueKind> c : v.cues) {
            if (c.value() != CueKind.REPORTING) continue;
            if (c.firstWord() >= t.first() && c.firstWord() < t.end()) continue;
            Mention src = null;
            boolean postposed = c.firstWord() > t.end();
            for (Mention m : v.mentions) {
                // ", a indiqué la mairie" after the usage: the subject of the usage is not who says it
                if (m.end() <= c.firstWord() && !(postposed && m.first() < t.first())
                        && (m.kind() == MentionKind.INSTITUTION || m.kind() == MentionKind.PERSON || m.kind() == MentionKind.ACTOR)) {
                    src = m;
                }
            }
            if (src == null && c.firstWord() > t.end()) {
                // ", affirme le ministère": the source follows the verb
                for (Mention m : v.mentions) {
                    if (m.first() >= c.endWord() && m.first() - c.endWord() <= 3) {
                        src = m;
                        break;
                    }
                }
                if (src != null) {
                    return new Claim.Attribution(text.substring(c.start(), src.stop()), text.substring(src.start(), src.stop()));
                }
            }
            if (src != null && src.first() < c.firstWord()) {
                return new Claim.Attribution(text.substring(src.start(), c.end()), text.substring(src.start(), src.stop()));
            }
            if (postposed) {
                // ", a indiqué la mairie." with no mention there: the noun phrase after the verb
                int first = c.endWord();
                while (first < v.words.size() && DETERMINERS.contains(v.words.get(first).norm())) first++;
                int end = first;
                while (end < v.words.size() && end < first + 6 && !v.words.get(end).isPunctuation()) end++;
                if (end > first) {
                    return new Claim.Attribution(text.substring(c.start(), v.words.get(end - 1).end()),
                            text.substring(v.words.get(first).start(), v.words.get(end - 1).end()));
                }
            }
            return new Claim.Attribution(text.substring(c.start(), c.end()), null);
        }
        return null;
    }

    private static boolean insideQuote(SentenceView v, TriggerHit t) {
        boolean open = false;
        for (int i = 0; i < t.first(); i++) {
            String raw = v.words.get(i).norm();
            if (raw.equals("\"")) open = !open;
            else if (QUOTE_OPEN.contains(raw)) open = true;
            else if (QUOTE_CLOSE.contains(raw)) open = false;
        }
        return open;
    }

    // ------------------------------------------------------------------ tool, time, place, legal

    private Claim.Tool tool(String text, SentenceView v, Mention m) {
        ToolEntry e = m.tool();
        String vendor = e.vendor();
        if (vendor == null && e.kind() == ToolKind.TECHNOLOGY) {
            // "des caméras intelligentes fournies par Huawei": the vendor named right after a technology
            for (Mention o : v.mentions) {
                if (o.kind() == MentionKind.TOOL && o.tool().kind() == ToolKind.VENDOR && o.first() >= m.end()
                        && o.first() - m.end() <= 5 && cleanBetween(v, m.end(), o.first())) {
                    vendor = o.tool().vendor();
                    break;
                }
            }
        }
        return new Claim.Tool(text.substring(m.start(), m.stop()), e.canonical(), vendor, e.category(), m.start(), m.stop());
    }

    private static boolean cleanBetween(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            String n = v.words.get(i).norm();
            if (n.equals("et") || n.equals("ou") || n.equals(",") || n.equals(";") || isTriggerWord(v, i)) return false;
        }
        return true;
    }

    private Claim.Time time(SentenceView v, TriggerHit t, Draft previous, String toolCanonical, Modality modality,
                            boolean continues) {
        TemporalExpression best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (TemporalExpression te : v.times) {
            int teFirst = wordAt(v.words, te.start());
            int teEnd = wordAt(v.words, Math.max(te.start(), te.end() - 1)) + 1;
            int distance = teFirst >= t.end() ? teFirst - t.end() : t.first() - teEnd;
            double score = -Math.abs(distance);
            String lead = Words.fold(te.text());
            boolean scoping = lead.startsWith("depuis") || lead.startsWith("des ") || lead.startsWith("de ")
                    || lead.startsWith("entre") || lead.startsWith("a partir") || lead.startsWith("jusqu")
                    || lead.startsWith("en ") || "INTERVAL".equals(te.type());
            if (scoping) score += 5;
            if (lead.startsWith("depuis") || lead.startsWith("a partir")) score += 8; // the start of the usage itself
            ActionType type = t.trigger().type();
            if ((type == ActionType.STOP || type == ActionType.RENEW) && (lead.startsWith("depuis") || lead.startsWith("a partir")
                    || lead.startsWith("des ") || "INTERVAL".equals(te.type()))) {
                score += 20; // "a suspendu le 5 décembre l'usage du logiciel, installé depuis mars 2022": what stops began then
            }
            if (te == openingTime(v)) {
                score = Math.max(score, -6); // "Cette année-là, X …": a time opening the sentence scopes all of it
            }
            if (teFirst == 0 && teEnd < v.words.size() && v.words.get(teEnd).norm().equals(",") && te.value() != null
                    && YEAR_VALUE.matcher(te.value()).find()) {
                score = Math.max(score, -6); // "Le 18 mars, … une balise est posée": a dated opening scopes the clause
            }
            if (te.value() == null) score -= 20;
            else if (te.value().startsWith("P") || te.value().startsWith("XXXX") || "SET".equals(te.type())
                    || te.value().endsWith("_REF")) {
                score -= 8; // a duration, a set, "désormais": no date for the usage
            }
            if (te.interval() == null || te.interval().begin() == null) score -= 3;
            if (teEnd <= t.first() && !scoping) {
                for (Hit<CueKind> c : v.cues) {
                    if (c.value() == CueKind.REPORTING && c.firstWord() >= teEnd && c.endWord() <= t.first()
                            && c.firstWord() - teEnd <= 6) {
                        score -= 15; // "Le 14 novembre, Disclose révélait que…": the date of the report
                    }
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = te;
            }
        }
        if (best != null && bestScore < -12) best = null; // the date of a report, a null value: not the usage's
        if (best != null) return Claim.Time.of(best);
        if (v.since != null) {
            TemporalExpression s = v.since;
            return Claim.Time.of(new TemporalExpression(s.text(), s.start(), s.end(), s.type(), s.value(), s.mod(),
                    new TemporalExpression.Interval(s.interval().begin(), null), s.sentence()));
        }
        // a plan is not in the past of the story: "En 2022, … . Les gendarmes pourront faire voler leurs drones"
        boolean plan = modality == Modality.PLANNED;
        if (previous != null && v.sentence.index() - previous.sentence() <= CARRY_SENTENCES && previous.claim().time() != null
                && previous.claim().tool().canonical().equals(toolCanonical) && (!plan || previous.claim().modality() == Modality.PLANNED)) {
            return previous.claim().time();
        }
        if (v.narrative != null && !plan) return Claim.Time.of(v.narrative);
        // only a usage whose actor the story carries on takes the date of the sentences before
        if (v.recent != null && continues && (modality == Modality.ASSERTED || modality == Modality.REPORTED)) {
            return Claim.Time.of(v.recent);
        }
        return null;
    }

    /**
     * "Au petit matin du 14 mai 2024, les policiers interpellent … . Ces appareils ont ensuite été
     * exploités …": the last dated event (a day, a month or a year written with its number, not a
     * duration, not a deictic "demain", not the publication date) of a sentence scopes the
     * asserted or reported usage of the one that follows when that one dates nothing.
     */
    private static TemporalExpression lastEvent(SentenceView v, String published) {
        if (v.words.isEmpty() || v.words.get(0).norm().equals("date")) return null;
        TemporalExpression out = null;
        for (TemporalExpression te : v.times) {
            if (!"DATE".equals(te.type()) || te.value() == null || !YEAR_VALUE.matcher(te.value()).find()) continue;
            if (te.value().equals(published) || te.text().chars().noneMatch(Character::isDigit)) continue;
            if (te.interval() == null || te.interval().begin() == null) continue;
            out = te;
        }
        return out;
    }

    private static int wordAt(List<Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) if (words.get(i).end() > offset) return i;
        return words.size() - 1;
    }

    private Claim.Place place(String text, SentenceView v, Mention actor, TriggerHit t) {
        for (Mention m : v.mentions) {
            if (m.kind() == MentionKind.PLACE && m.first() >= actor.first() && m.end() <= actor.end() && actor.kind() == MentionKind.ACTOR
                    && m != actor) {
                return new Claim.Place(text.substring(m.start(), m.stop()), m.place().canonical(), m.start(), m.stop());
            }
        }
        if (actor.kind() == MentionKind.PLACE && actor.place().kind() != fr.vigie.lexicon.Entries.PlaceKind.COUNTRY) {
            return new Claim.Place(text.substring(actor.start(), actor.stop()), actor.place().canonical(), actor.start(), actor.stop());
        }
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : v.mentions) {
            if (m.kind() != MentionKind.PLACE || insideActor(v, m) || m == actor) continue;
            if (m.first() == 0) continue;
            String prev = v.words.get(m.first() - 1).norm();
            if (!Set.of("a", "en", "dans", "au", "aux", "sur", "de", "d", "'").contains(prev)) continue;
            int d = Math.abs(m.first() - t.first());
            if (d < bestDistance) {
                bestDistance = d;
                best = m;
            }
        }
        return best == null ? null : new Claim.Place(text.substring(best.start(), best.stop()), best.place().canonical(),
                best.start(), best.stop());
    }

    private Claim.Legal legal(String text, SentenceView v, TriggerHit t) {
        List<Claim.Reference> refs = new ArrayList<>();
        LawEntry implied = null;
        Mention impliedMention = null;
        for (Mention m : v.mentions) {
            if (m.kind() != MentionKind.LAW) continue;
            refs.add(new Claim.Reference(text.substring(m.start(), m.stop()), m.entity().canonical()));
            LawEntry e = lawEntry(m);
            if (e != null && e.status() != null && implied == null) {
                implied = e;
                impliedMention = m;
            }
        }
        Hit<LegalCue> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Hit<LegalCue> h : v.legal) {
            int d = h.firstWord() >= t.end() ? h.firstWord() - t.end() : Math.max(0, t.first() - h.endWord());
            if (d < bestDistance) {
                bestDistance = d;
                best = h;
            }
        }
        if (best != null) {
            Set<String> grounds = new LinkedHashSet<>();
            for (Hit<LegalCue> h : v.legal) {
                if (h.value().status() == best.value().status() && h.value().ground() != null) grounds.add(h.value().ground());
            }
            if (implied != null && implied.status() == best.value().status() && implied.ground() != null) grounds.add(implied.ground());
            return new Claim.Legal(best.value().status(), List.copyOf(grounds), text.substring(best.start(), best.end()),
                    List.copyOf(refs));
        }
        if (implied != null) {
            return new Claim.Legal(implied.status(), implied.ground() == null ? List.of() : List.of(implied.ground()),
                    text.substring(impliedMention.start(), impliedMention.stop()), List.copyOf(refs));
        }
        return refs.isEmpty() ? Claim.Legal.UNKNOWN : new Claim.Legal(LegalStatus.UNKNOWN, List.of(), null, List.copyOf(refs));
    }

    private LawEntry lawEntry(Mention m) {
        List<Word> ws = Words.of(m.entity().text());
        var match = lexicons.laws().longestAt(ws, 0, ws.size());
        if (match != null && match.value().canonical().equals(m.entity().canonical())) return match.value();
        for (Lexicons.LawPattern p : lexicons.lawPatterns()) {
            if (p.entry().canonical().equals(m.entity().canonical())) return p.entry();
        }
        return null;
    }

    private double confidence(boolean carried, Mention tool, Modality modality, Mention actor, int sentence) {
        double c = 0.7;
        if (carried) c -= 0.25;
        if (tool.anaphoric()) c -= 0.1;
        if (tool.tool().kind() != ToolKind.TECHNOLOGY) c += 0.1;
        if (actor.kind() == MentionKind.PLACE) c -= 0.05;
        if (modality == Modality.ALLEGED || modality == Modality.PLANNED) c -= 0.05;
        return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100.0;
    }

    // ------------------------------------------------------------------ document level

    /** Whether a sentence names actors, none of them the claim's. */
    private boolean aboutOtherActors(SentenceView v, Claim c) {
        boolean any = false;
        for (Mention m : v.of(MentionKind.ACTOR)) {
            if (!isActorCandidate(m)) continue;
            any = true;
            ActorEntry who = actorOf(m);
            if (who != null && who.canonical().equals(c.actor().canonical())) return false;
        }
        return any;
    }

    /**
     * A sentence that gives a legal status and names a tool without stating a usage ("Briefcam
     * n'était pas un outil légal") lends that status to the claims on the same tool whose
     * status is still unknown; the legal text quotes that sentence.
     */
    private void propagateLegal(String text, List<SentenceView> views, Map<Integer, List<Mention>> toolsBySentence, List<Draft> drafts) {
        Set<Integer> claimSentences = new LinkedHashSet<>();
        for (Draft d : drafts) claimSentences.add(d.sentence());
        List<SentenceView> lenders = new ArrayList<>();
        for (SentenceView v : views) {
            if (v.question || v.legal.isEmpty() || claimSentences.contains(v.sentence.index())) continue;
            if (!toolsBySentence.getOrDefault(v.sentence.index(), List.of()).isEmpty()) lenders.add(v);
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Claim c = d.claim();
            if (c.legal().status() != LegalStatus.UNKNOWN || c.modality() == Modality.NEGATED) continue; // no usage, no status to lend
            // the nearest sentence on the same tool lends its status (the earlier one when two are as near)
            SentenceView best = null;
            for (SentenceView v : lenders) {
                boolean sameTool = false;
                for (Mention m : toolsBySentence.get(v.sentence.index())) sameTool |= m.tool().canonical().equals(c.tool().canonical());
                if (!sameTool || Math.abs(v.sentence.index() - d.sentence()) > LEGAL_LEND_SENTENCES) continue;
                // "La gendarmerie peut, elle, utiliser des drones sur autorisation du préfet": a sentence about
                // other bodies gives their status, not this claim's
                if (aboutOtherActors(v, c)) continue;
                if (best == null || Math.abs(v.sentence.index() - d.sentence()) < Math.abs(best.sentence.index() - d.sentence())) best = v;
            }
            if (best == null) {
                // "Les gendarmes pourront faire voler leurs drones. Un arrêté du préfet les y autorise …": the next
                // sentence, naming no tool and stating no usage, gives the legal basis of the usage just stated
                int next = d.sentence() + 1;
                if (next < views.size()) {
                    SentenceView v = views.get(next);
                    // … but not a sentence about another usage ("Le préfet a autorisé l'usage de caméras par la
                    // gendarmerie"): a trigger of its own says it speaks of something else
                    if (!v.question && !v.legal.isEmpty() && !claimSentences.contains(next)
                            && toolsBySentence.getOrDefault(next, List.of()).isEmpty() && v.triggers.isEmpty()) {
                        best = v;
                    }
                }
            }
            if (best == null) continue;
            Hit<LegalCue> cue = best.legal.get(0);
            Claim.Legal l = new Claim.Legal(cue.value().status(),
                    cue.value().ground() == null ? List.of() : List.of(cue.value().ground()), text.substring(cue.start(), cue.end()),
                    c.legal().references());
            drafts.set(i, d.with(c.withLegal(l)));
        }
    }

    /**
     * A claim whose sentence gives no date ("a eu recours pendant huit mois au logiciel") takes
     * the span a neighbouring sentence gives to the same tool without stating a usage of its own
     * ("… plus de 400 recherches avec l'application entre octobre 2019 et juin 2020").
     */
    private static void propagateTime(List<SentenceView> views, Map<Integer, List<Mention>> toolsBySentence, List<Draft> drafts) {
        Set<Integer> claimSentences = new LinkedHashSet<>();
        for (Draft d : drafts) claimSentences.add(d.sentence());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Claim c = d.claim();
            if (c.modality() == Modality.NEGATED) continue;
            String begin = c.time() == null || c.time().interval() == null ? null : c.time().interval().begin();
            if (begin != null && YEAR_VALUE.matcher(begin).find()) continue;
            TemporalExpression found = null;
            int bestDistance = Integer.MAX_VALUE;
            for (SentenceView v : views) {
                int distance = Math.abs(v.sentence.index() - d.sentence());
                if (distance == 0 || distance > TIME_LEND_SENTENCES || distance >= bestDistance || v.question
                        || claimSentences.contains(v.sentence.index())) {
                    continue;
                }
                boolean sameTool = false;
                for (Mention m : toolsBySentence.getOrDefault(v.sentence.index(), List.of())) {
                    sameTool |= m.tool().canonical().equals(c.tool().canonical());
                }
                // "Le système X est exploité par … . Depuis 2018, il repose sur …": the next sentence goes on about it
                if (!sameTool && !(v.sentence.index() == d.sentence() + 1 && pronounAfterOpening(v))) continue;
                for (TemporalExpression te : v.times) {
                    String lead = Words.fold(te.text());
                    if (te.interval() != null && te.interval().begin() != null && YEAR_VALUE.matcher(te.interval().begin()).find()
                            && (lead.startsWith("depuis") || lead.startsWith("entre") || lead.startsWith("des ")
                            || lead.startsWith("de ") || "INTERVAL".equals(te.type()))) {
                        found = te;
                        bestDistance = distance;
                        break;
                    }
                }
            }
            if (found == null) continue;
            drafts.set(i, d.with(c.withTime(Claim.Time.of(found))));
        }
    }

    private static final java.util.regex.Pattern YEARS_OR_MONTHS = java.util.regex.Pattern.compile("^P(\\d+)([YM])$");

    /**
     * "Après deux ans d'expérimentation, la ville retire ses capteurs": a usage that the sentence
     * dates by nothing but the time it has lasted began that long before the document date.
     */
    private static void afterDuration(Document document, List<SentenceView> views, List<Draft> drafts) {
        String date = documentDate(document, MONTH_VALUE);
        if (date == null) return;
        java.time.YearMonth now = java.time.YearMonth.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(5, 7)));
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Claim c = d.claim();
            if (c.time() != null || c.modality() == Modality.NEGATED || c.modality() == Modality.PLANNED) continue;
            SentenceView v = null;
            for (SentenceView w : views) if (w.sentence.index() == d.sentence()) v = w;
            if (v == null) continue;
            for (TemporalExpression te : v.times) {
                java.util.regex.Matcher m = te.value() == null ? null : YEARS_OR_MONTHS.matcher(te.value());
                if (m == null || !m.find()) continue;
                int first = wordAt(v.words, te.start());
                if (first == 0 || !v.words.get(first - 1).norm().equals("apres")) continue;
                int n = Integer.parseInt(m.group(1));
                java.time.YearMonth begin = m.group(2).equals("Y") ? now.minusYears(n) : now.minusMonths(n);
                String b = m.group(2).equals("Y") ? String.valueOf(begin.getYear()) : begin.toString();
                Claim.Time time = new Claim.Time(te.text(), te.type(), te.value(), te.mod(),
                        new TemporalExpression.Interval(b, date), te.start(), te.end());
                drafts.set(i, d.with(c.withTime(time)));
                break;
            }
        }
    }

    /**
     * "Les gendarmes pourront faire voler des drones jusqu'au 4 janvier": a usage that runs until
     * a date still to come, with no start of its own, runs from the document date.
     */
    private static void untilFromNow(Document document, List<Draft> drafts) {
        String date = documentDate(document, YEAR_VALUE);
        if (date == null) return;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Claim c = d.claim();
            Claim.Time t = c.time();
            if (t == null || t.interval() == null || t.interval().begin() != null || t.interval().end() == null
                    || c.modality() == Modality.NEGATED) {
                continue;
            }
            String end = t.interval().end();
            int n = Math.min(end.length(), date.length());
            if (!YEAR_VALUE.matcher(end).find() || end.substring(0, n).compareTo(date.substring(0, n)) < 0) continue;
            Claim.Time time = new Claim.Time(t.text(), t.type(), t.value(), t.mod(),
                    new TemporalExpression.Interval(date, end), t.start(), t.end());
            drafts.set(i, d.with(c.withTime(time)));
        }
    }

    /**
     * "La commune, qui avait annoncé l'an dernier vouloir s'équiper de caméras": a plan is not
     * scoped by a time over before the document date, which dates the announcement.
     */
    private static void planNotInThePast(Document document, List<Draft> drafts) {
        String date = documentDate(document, YEAR_VALUE);
        if (date == null) return;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Claim c = d.claim();
            Claim.Time t = c.time();
            if (c.modality() != Modality.PLANNED || t == null || t.interval() == null || t.interval().end() == null) continue;
            String end = t.interval().end();
            if (!YEAR_VALUE.matcher(end).find() || end.substring(0, 4).compareTo(date.substring(0, 4)) >= 0) continue;
            drafts.set(i, d.with(c.withTime(null)));
        }
    }

    /**
     * A news claim that no expression dates ("le conseil a approuvé l'achat de huit drones")
     * happened when the article reports it: it takes the dateline, the expression of the text
     * that gives the document its date ("Publié le 17 juin 2025"), when there is one. A denial
     * or an allegation states no event and keeps no time.
     */
    private static List<Claim> datelineTime(Document document, List<Claim> claims) {
        String date = document.date() == null ? null : document.date().value();
        if (date == null) return claims;
        TemporalExpression dateline = null;
        for (TemporalExpression te : document.temporalExpressions()) {
            if (date.equals(te.value()) && "DATE".equals(te.type())) {
                dateline = te;
                break;
            }
        }
        if (dateline == null) return claims;
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.time() != null || c.modality() == Modality.NEGATED || c.modality() == Modality.ALLEGED) {
                out.add(c);
            } else {
                out.add(c.withTime(Claim.Time.of(dateline)));
            }
        }
        return out;
    }

    /** The sentence opens on a time and a comma, then a subject pronoun: "Depuis 2018, il …". */
    private static boolean pronounAfterOpening(SentenceView v) {
        TemporalExpression opening = openingTime(v);
        if (opening == null) return false;
        int end = wordAt(v.words, Math.max(opening.start(), opening.end() - 1)) + 1;
        return end + 1 < v.words.size() && v.words.get(end).norm().equals(",")
                && SUBJECT_PRONOUNS.contains(v.words.get(end + 1).norm());
    }

    /**
     * One claim per (actor, tool, action) and polarity, unless the statements disagree on
     * time or legal status (then each keeps its own evidence). Of redundant statements the
     * most informative is kept, with its own evidence; each repetition raises its confidence
     * a little. Nothing is copied from one sentence's claim into another's.
     */
    private static List<Claim> dedup(List<Draft> drafts) {
        Map<String, List<Draft>> groups = new LinkedHashMap<>();
        Map<Draft, Integer> repeats = new java.util.HashMap<>();
        for (Draft d : drafts) {
            Claim c = d.claim();
            String key = c.actor().canonical() + "\u0000" + c.tool().canonical() + "\u0000" + c.action().type()
                    + "\u0000" + (c.modality() == Modality.NEGATED);
            List<Draft> kept = groups.computeIfAbsent(key, k -> new ArrayList<>());
            boolean merged = false;
            for (int i = 0; i < kept.size(); i++) {
                Draft k = kept.get(i);
                if (compatible(k.claim(), c)) {
                    Draft best = information(d) > information(k) ? d : k;
                    Draft other = best == d ? k : d;
                    if (best.carriedActor() && !other.carriedActor()) {
                        // the sentence that names both the actor and the tool is the evidence; the
                        // continuation lends it the legal basis and time it adds
                        Claim lent = other.claim();
                        if (lent.legal().status() == LegalStatus.UNKNOWN && best.claim().legal().status() != LegalStatus.UNKNOWN) {
                            lent = lent.withLegal(best.claim().legal());
                        }
                        if (lent.time() == null && best.claim().time() != null) lent = lent.withTime(best.claim().time());
                        best = new Draft(lent, other.sentence(), false, other.actorMention());
                    }
                    repeats.put(best, repeats.getOrDefault(k, 0) + 1);
                    kept.set(i, best);
                    merged = true;
                    break;
                }
            }
            if (!merged) kept.add(d);
        }
        List<Claim> out = new ArrayList<>();
        for (List<Draft> g : groups.values()) {
            for (Draft best : g) {
                Claim c = best.claim();
                double conf = Math.min(0.95, c.confidence() + 0.05 * repeats.getOrDefault(best, 0));
                conf = Math.round(conf * 100) / 100.0;
                out.add(c.withConfidence(conf));
            }
        }
        return out;
    }

    private static boolean compatible(Claim a, Claim b) {
        if ((a.modality() == Modality.PLANNED) != (b.modality() == Modality.PLANNED)) return false; // a plan is not the past usage
        String ta = a.time() == null ? null : a.time().value();
        String tb = b.time() == null ? null : b.time().value();
        if (ta != null && tb != null && !ta.equals(tb)) return false;
        LegalStatus la = a.legal().status(), lb = b.legal().status();
        return la == LegalStatus.UNKNOWN || lb == LegalStatus.UNKNOWN || la == lb;
    }

    private static boolean isNoun(Claim c) {
        String a = Words.fold(c.action().text());
        return a.endsWith("tion") || a.endsWith("age") || a.endsWith("ment") || a.endsWith("at") || a.endsWith("ats");
    }

    private static double information(Draft d) {
        Claim c = d.claim();
        double s = c.confidence();
        if (c.time() != null && c.time().value() != null) s += 2;
        if (c.legal().status() != LegalStatus.UNKNOWN) s += 2;
        if (c.place() != null) s += 0.5;
        if (!d.carriedActor()) s += 1;
        if (!c.tool().canonical().isEmpty() && c.action().lemma() != null && !isNoun(c)) s += 0.5; // a verb says more
        return s;
    }
}
