package fr.vigie.claims;

import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.claims.ClaimRules.Trigger;
import fr.vigie.claims.decision.PairModel;
import fr.vigie.claims.decision.TrainingSettings;
import fr.vigie.claims.mention.ActorMentionFinder;
import fr.vigie.claims.mention.Mention;
import fr.vigie.claims.mention.OpenVocabulary;
import fr.vigie.claims.mention.SentenceWords;
import fr.vigie.claims.mention.ToolMentionFinder;
import fr.vigie.claims.relation.Coordination;
import fr.vigie.claims.relation.PairCandidate;
import fr.vigie.claims.relation.PairCandidateGenerator;
import fr.vigie.claims.relation.PairFeatures;
import fr.vigie.claims.relation.SyntacticFeatures;
import fr.vigie.claims.slot.ActionSlot;
import fr.vigie.claims.slot.LegalSlot;
import fr.vigie.claims.slot.ModalitySlot;
import fr.vigie.claims.slot.SupportSlot;
import fr.vigie.claims.slot.TimeSlot;
import fr.vigie.eval.NameNormaliser;
import fr.vigie.eval.NameNorms;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Word;
import fr.vigie.lexicon.Words;
import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import fr.vigie.model.Sentence;
import fr.vigie.nlp.DependencyParser;
import fr.vigie.pipeline.ModelStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The claims stage's parts, in order: the precise rules ({@link RuleBasedClaimExtractor});
 * mentions of actors and tools, lexicon or not ({@code mention}); the actor–tool pairs a
 * sentence or its story may tie ({@code relation}); the learned decision on each pair
 * ({@code decision}); the slots of a kept pair (action, modality and attribution, time,
 * legal basis: {@code slot}); and the story: one claim per actor and tool not already stated
 * by the rules, and every claim's {@code support}. Thread-safe.
 */
public final class ClaimComposer implements ClaimExtractor {

    private final RuleBasedClaimExtractor rules;
    private final ClaimRules claimRules;
    private final Lexicons lexicons;
    private final ActorMentionFinder actors;
    private final ToolMentionFinder tools;
    private final PairFeatures features;
    private final PairCandidateGenerator pairs;
    private final PairModel model;
    private final Set<String> plainCameraStems;
    private final Set<String> negativeDeterminers;
    private final DependencyParser parser;
    private final boolean fullSyntax;
    private final boolean gateParses;
    private final AtomicLong sentencesRead = new AtomicLong();
    private final AtomicLong sentencesParsed = new AtomicLong();
    private final AtomicLong charactersRead = new AtomicLong();
    private final AtomicLong charactersParsed = new AtomicLong();

    /** The claims stage without syntactic features. */
    public ClaimComposer(Lexicons lexicons, ClaimRules claimRules, OpenVocabulary vocabulary, PairModel model) {
        this(lexicons, claimRules, vocabulary, model, null, false, true);
    }

    /**
     * The claims stage; with a {@code parser}, the pairs of one sentence get the features of its
     * dependency parse ({@link SyntacticFeatures}: the compact set, or every one with
     * {@code fullSyntax}). With {@code gateParses} only the sentences
     * holding a pair the decision can turn into a claim are parsed (see {@link #judged}); without,
     * every sentence holding an actor and a tool (the slow path, for tests: the same claims).
     */
    public ClaimComposer(Lexicons lexicons, ClaimRules claimRules, OpenVocabulary vocabulary, PairModel model,
                         DependencyParser parser, boolean fullSyntax, boolean gateParses) {
        this.rules = new RuleBasedClaimExtractor(lexicons, claimRules);
        this.claimRules = claimRules;
        this.lexicons = lexicons;
        this.actors = new ActorMentionFinder(lexicons, vocabulary, new ClaimCandidates(lexicons, claimRules));
        this.tools = new ToolMentionFinder(lexicons, vocabulary);
        this.features = new PairFeatures(claimRules);
        this.pairs = new PairCandidateGenerator(features);
        this.model = model;
        this.plainCameraStems = claimRules.words("plain-camera-stems");
        this.negativeDeterminers = claimRules.words("negative-determiners");
        this.parser = parser;
        this.fullSyntax = fullSyntax;
        this.gateParses = gateParses;
    }

    public static ClaimComposer load(ModelStore store) {
        return new ClaimComposer(Lexicons.load(store), ClaimRules.load(store), OpenVocabulary.load(store),
                PairModel.load(store), parserFor(store), fullSyntax(store), true);
    }

    /**
     * The dependency parser (starting to load) when {@code claims/pair-model.properties} says
     * {@code syntax = on} or {@code full}; null when it says {@code off}, the default.
     */
    public static DependencyParser parserFor(ModelStore store) {
        return TrainingSettings.load(store).syntax() != TrainingSettings.Syntax.OFF ? DependencyParser.load(store) : null;
    }

    /** Whether the settings ask for every syntactic feature ({@code syntax = full}). */
    public static boolean fullSyntax(ModelStore store) {
        return TrainingSettings.load(store).syntax() == TrainingSettings.Syntax.FULL;
    }

    /**
     * What the parser has read so far: sentences read by this stage, sentences parsed,
     * characters of the sentences read, characters parsed.
     */
    public long[] parseCounts() {
        return new long[] {sentencesRead.get(), sentencesParsed.get(), charactersRead.get(), charactersParsed.get()};
    }

    /** What the parts before the decision read of one document. */
    public record Reading(Document doc, List<Claim> ruleClaims, PairFeatures.Context context, List<PairCandidate> candidates) {
    }

    /** Rules, mentions and pairs of a document: what training and cross-validation decide on. */
    public Reading read(Document doc) {
        List<Claim> ruled = rules.extract(doc);
        SentenceWords words = SentenceWords.of(doc);
        List<Mention> a = actors.find(doc, words);
        List<Mention> t = tools.find(doc, words);
        PairFeatures.Context context = new PairFeatures.Context(doc, words, claimRules, a, t, ruled);
        List<PairCandidate> candidates = pairs.generate(context, a, t);
        if (parser != null) candidates = withSyntax(context, ruled, candidates);
        return new Reading(doc, ruled, context, candidates);
    }

    /**
     * The candidates, those of one sentence (actor and tool named there) with the features of its
     * parse added; each sentence is parsed once. Pairs across sentences get none.
     */
    private List<PairCandidate> withSyntax(PairFeatures.Context context, List<Claim> ruled, List<PairCandidate> candidates) {
        Document doc = context.doc();
        Map<Integer, DependencyParser.Parse> parses = new HashMap<>();
        NameNorms names = new NameNorms();
        List<PairCandidate> out = new ArrayList<>(candidates.size());
        for (PairCandidate p : candidates) {
            if (p.link() != PairCandidate.Link.SAME_SENTENCE || p.actor().sentence() != p.sentence()
                    || (gateParses && !judged(context, ruled, p, names))) {
                out.add(p);
                continue;
            }
            int s = p.sentence();
            DependencyParser.Parse parse = parses.computeIfAbsent(s, k -> {
                Sentence sentence = doc.sentences().get(k);
                charactersParsed.addAndGet(sentence.end() - sentence.start());
                return parser.parse(doc.text(), sentence.start(), sentence.end());
            });
            List<String> f = new ArrayList<>(p.features());
            f.addAll(fullSyntax ? SyntacticFeatures.full(parse, p.actor(), p.tool(), context.triggers(s))
                    : SyntacticFeatures.of(parse, p.actor(), p.tool(), context.triggers(s)));
            out.add(new PairCandidate(p.actor(), p.tool(), p.sentence(), p.link(), f));
        }
        sentencesRead.addAndGet(doc.sentences().size());
        sentencesParsed.addAndGet(parses.size());
        for (Sentence sentence : doc.sentences()) charactersRead.addAndGet(sentence.end() - sentence.start());
        return out;
    }

    /**
     * Whether the decision's answer on this pair can make a claim: the rules did not already state
     * it or choose the actor of its tool in its sentence, and the pair states an action that is
     * not only framed. The parse of any other pair changes no claim.
     */
    private boolean judged(PairFeatures.Context context, List<Claim> ruled, PairCandidate p, NameNorms names) {
        return !stated(ruled, p, names) && !overruled(context, ruled, p) && claimable(context, p);
    }

    @Override
    public List<Claim> extract(Document doc) {
        return compose(read(doc), model);
    }

    /** The claims of a reading with a given decision model. */
    public List<Claim> compose(Reading r, PairModel decision) {
        Document doc = r.doc();
        List<Claim> out = new ArrayList<>();
        for (Claim c : r.ruleClaims()) {
            out.add(SupportSlot.withSupport(doc, apposed(r, c), Map.of()));
        }
        if (decision.present()) {
            Map<String, Kept> best = new LinkedHashMap<>();
            NameNorms names = new NameNorms();
            for (PairCandidate p : r.candidates()) {
                double prob = decision.probability(p);
                if (!decision.keeps(p, prob) || stated(r.ruleClaims(), p, names) || overruled(r.context(), r.ruleClaims(), p)) continue;
                // a pair that can state no claim (no action, a usage only framed, a heading) hides no other pair
                // of its actor and tool that can: it would win the choice below and give nothing
                if (!claimable(r.context(), p)) continue;
                String key = names.norm(p.actor().canonical()) + "\u0000" + names.norm(p.tool().canonical());
                Kept k = best.get(key);
                if (k == null || prob > k.probability) best.put(key, new Kept(p, prob));
            }
            coordinate(r, decision, best, names);
            List<Claim> added = new ArrayList<>();
            for (Kept k : best.values()) {
                Claim c = claim(r, k.pair, k.probability);
                if (c != null) added.add(c);
            }
            for (Claim c : added) {
                if (!plainCamerasOfAnotherClaim(c, out, added, plainCameraStems)) out.add(c);
            }
        }
        out.sort(Comparator.comparingInt((Claim c) -> c.evidence().start()).thenComparingInt(c -> c.actor().start()));
        List<Claim> numbered = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            numbered.add(out.get(i).withId("c" + (i + 1)));
        }
        return numbered;
    }

    /**
     * The same fact named twice: a model claim on plain cameras ("les caméras", "son système de
     * vidéoprotection": no analytic, plate or face cue) by an actor that another claim shows
     * with a tool of its own category ("la ville relie ses caméras à un logiciel d'analyse"):
     * the cameras are what that tool runs on, not a second claim.
     */
    private static boolean plainCamerasOfAnotherClaim(Claim c, List<Claim> ruled, List<Claim> added, Set<String> stems) {
        if (c.tool().category() != Claim.ToolCategory.OTHER) return false;
        String t = Words.fold(c.tool().text());
        if (stems.stream().noneMatch(t::contains)) return false;
        for (List<Claim> list : List.of(ruled, added)) {
            for (Claim o : list) {
                if (o != c && o.tool().category() != Claim.ToolCategory.OTHER
                        && NameNormaliser.norm(o.actor().canonical()).equals(NameNormaliser.norm(c.actor().canonical()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Kept(PairCandidate pair, double probability) { }

    /**
     * A rule claim whose actor is a group in apposition to a town ("à Compiègne, l'une des
     * premières communes à …") is the town's.
     */
    private Claim apposed(Reading r, Claim c) {
        int s = c.evidence().sentence();
        var sentence = r.doc().sentences().get(s);
        if (c.actor().start() < sentence.start() || c.actor().end() > sentence.end()) return c;
        List<Word> ws = r.context().words().get(s);
        int first = -1;
        for (int i = 0; i < ws.size(); i++) {
            if (ws.get(i).start() == c.actor().start()) first = i;
        }
        if (first < 0) return c;
        Mention town = actors.apposed(r.doc(), ws, s, first);
        if (town == null) return c;
        return new Claim(c.id(), new Claim.Actor(town.text(), town.canonical(), town.actorType(), town.start(), town.end()),
                c.action(), c.tool(), c.time(), c.place(), c.legal(), c.modality(), c.attribution(), c.evidence(),
                c.support(), c.confidence());
    }

    /**
     * One claim per listed actor: when a pair is kept, the actors coordinated with its actor
     * in that sentence ("Maxi, Primo et Tarto utilisent…") take the same tool, whatever the
     * model said of each item alone.
     */
    private static void coordinate(Reading r, PairModel decision, Map<String, Kept> best, NameNorms names) {
        List<Kept> kept = List.copyOf(best.values());
        for (Kept k : kept) {
            for (PairCandidate p : r.candidates()) {
                if (p.sentence() != k.pair.sentence() || p.tool() != k.pair.tool() || p.actor() == k.pair.actor()) continue;
                if (p.actor().sentence() != k.pair.actor().sentence()) continue;
                if (!Coordination.listed(r.context().words().get(p.actor().sentence()), k.pair.actor(), p.actor(), r.candidates())) continue;
                if (stated(r.ruleClaims(), p, names)) continue;
                String key = names.norm(p.actor().canonical()) + "\u0000" + names.norm(p.tool().canonical());
                best.putIfAbsent(key, new Kept(p, k.probability));
            }
        }
    }

    /** Whether a rule claim already states this actor with this tool; {@code names} normalises each name once. */
    private static boolean stated(List<Claim> ruled, PairCandidate p, NameNorms names) {
        for (Claim c : ruled) {
            boolean actor = names.aliasMatch(List.of(p.actor().text(), p.actor().canonical()),
                    List.of(c.actor().text(), c.actor().canonical()));
            boolean tool = names.aliasMatch(List.of(p.tool().text(), p.tool().canonical()),
                    nonNull(c.tool().text(), c.tool().canonical(), c.tool().vendor()));
            if (actor && tool) return true;
        }
        return false;
    }

    /**
     * Whether the rules already chose the actor of this tool in this sentence: where they read
     * a usage they are precise, and another actor for the same tool there is left to them.
     */
    private static boolean overruled(PairFeatures.Context context, List<Claim> ruled, PairCandidate p) {
        for (Claim c : ruled) {
            if (c.evidence().sentence() != p.sentence()) continue;
            boolean sameTool = c.tool().canonical().equals(p.tool().canonical())
                    || (c.tool().start() < p.tool().end() && p.tool().start() < c.tool().end());
            if (sameTool && !fellow(context, c, p)) return true;
        }
        return false;
    }

    /**
     * Whether the pair's actor is listed with the actor the rules chose, in the same sentence
     * ("la ville de Nîmes et son agglomération ont mis en place…"): the rules chose one of the
     * list, not against the others.
     */
    private static boolean fellow(PairFeatures.Context context, Claim c, PairCandidate p) {
        int s = p.actor().sentence();
        if (s != p.sentence()) return false;
        List<Mention> here = context.actorsOf(s);
        for (Mention m : here) {
            if (m == p.actor() || m.end() <= c.actor().start() || c.actor().end() <= m.start()) continue;
            return Coordination.listed(context.words().get(s), m, p.actor(), here);
        }
        return false;
    }

    private static List<String> nonNull(String... s) {
        List<String> out = new ArrayList<>();
        for (String x : s) if (x != null) out.add(x);
        return out;
    }

    /**
     * The claim of a kept pair, its slots read from the tool's sentence (the action from the actor's sentence when
     * the tool's states none); null when neither states an action.
     */
    private Claim claim(Reading r, PairCandidate p, double probability) {
        Document doc = r.doc();
        int s = p.sentence();
        List<Word> ws = r.context().words().get(s);
        boolean toolBefore = p.link() == PairCandidate.Link.PREVIOUS_TOOL;
        Hit<Trigger> trigger = usageTrigger(r.context(), p);
        Claim.Action action = ActionSlot.of(doc, actionTrigger(r.context(), p, trigger));
        if (action == null) return null;
        Mention a = p.actor();
        Mention t = p.tool();
        Claim.Actor actor = new Claim.Actor(a.text(), a.canonical(), a.actorType(), a.start(), a.end());
        Claim.Tool tool = new Claim.Tool(t.text(), t.canonical(), t.vendor(),
                t.category() == null ? Claim.ToolCategory.OTHER : t.category(), t.start(), t.end());
        List<Hit<CueKind>> cues = r.context().cues(s);
        if (ModalitySlot.framedOnly(cues, trigger, ws, r.context().legalCues(s), a.sentence() == s ? a.firstWord() : -1)) return null;
        // a heading ("Une utilisation des drones à but préventif") states nothing of the story's actor
        if (p.link() != PairCandidate.Link.SAME_SENTENCE && !ws.isEmpty() && !endsLikeASentence(ws)) return null;
        ModalitySlot.Reading modality = ModalitySlot.of(doc.text(), ws, cues, trigger);
        if (t.sentence() == s) modality = ModalitySlot.withNegativeDeterminer(modality, ws, t.firstWord(), negativeDeterminers);
        Claim.Time time = TimeSlot.of(doc, s, trigger == null ? (toolBefore ? a : t).start() : trigger.start(),
                modality.modality());
        Claim.Legal legal = LegalSlot.of(doc, lexicons, r.context().legalCues(s), s);
        if (legal.status() == Claim.LegalStatus.UNKNOWN) {
            Claim.Legal near = LegalSlot.ofSameUsage(doc, lexicons, r.context().legalCues(),
                    r.context().actors(), r.context().tools(), a, t, s);
            if (near != null) legal = near;
        }
        Sentence sentence = doc.sentences().get(s);
        Claim.Evidence evidence = new Claim.Evidence(s, sentence.start(), sentence.end(),
                doc.cut(sentence.start(), sentence.end()));
        double confidence = Math.round(probability * 100) / 100.0;
        Claim c = new Claim(null, actor, action, tool, time, null, legal, modality.modality(), modality.attribution(),
                evidence, confidence);
        Map<Integer, List<String>> extra = new HashMap<>();
        if (a.refersBack()) extra.computeIfAbsent(a.antecedentSentence(), k -> new ArrayList<>()).add("actor");
        if (t.refersBack()) extra.computeIfAbsent(t.antecedentSentence(), k -> new ArrayList<>()).add("tool");
        if (toolBefore) extra.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add("tool");
        return SupportSlot.withSupport(doc, c, extra);
    }

    /**
     * The trigger that states the pair's usage in its sentence: the one nearest its tool, or its
     * actor when the tool was named in a sentence before ({@code PREVIOUS_TOOL}).
     */
    private static Hit<Trigger> usageTrigger(PairFeatures.Context context, PairCandidate p) {
        Mention near = p.link() == PairCandidate.Link.PREVIOUS_TOOL ? p.actor() : p.tool();
        // "a utilisé des drones équipés de caméras": the usage is "utilisé", not what the drones carry;
        // "revoir sa copie sur la vidéosurveillance exploitant l'IA" states none
        List<Hit<Trigger>> usages = context.triggers(p.sentence()).stream()
                .filter(h -> !context.attributeOfTool(p.sentence(), h)).toList();
        return PairFeatures.nearest(usages, near);
    }

    /**
     * The trigger that gives the action: the usage trigger; failing it, for an actor carried from
     * the sentence before, the one nearest that actor ("Le ministère a amélioré ses outils
     * d'analyse. Une nouvelle version du logiciel X …": the action is stated where the actor is).
     */
    private static Hit<Trigger> actionTrigger(PairFeatures.Context context, PairCandidate p, Hit<Trigger> usage) {
        if (usage != null || p.link() != PairCandidate.Link.PREVIOUS_SENTENCE) return usage;
        return PairFeatures.nearest(context.triggers(p.actor().sentence()), p.actor());
    }

    /**
     * Whether {@link #claim} gives a claim for this pair: an action read from the tool's sentence
     * (or, for a pair carried from the sentence before, from the actor's), a usage not only framed,
     * a sentence that is no question, a tool that is no part another tool carries ("des drones
     * équipés de caméras"), and for a pair whose actor is not in the tool's sentence, a tool's
     * sentence that is no heading.
     */
    static boolean claimable(PairFeatures.Context context, PairCandidate p) {
        int s = p.sentence();
        Hit<Trigger> trigger = usageTrigger(context, p);
        if (actionTrigger(context, p, trigger) == null) return false;
        if (context.componentOfAnotherTool(p.tool())) return false;
        List<Word> ws = context.words().get(s);
        if (ModalitySlot.framedOnly(context.cues(s), trigger, ws, context.legalCues(s),
                p.actor().sentence() == s ? p.actor().firstWord() : -1)) return false;
        // a mere question states nothing (SPEC §3): "Vos services utilisent-ils ce logiciel ?"
        if (SentenceWords.isQuestion(ws)) return false;
        return p.link() == PairCandidate.Link.SAME_SENTENCE || ws.isEmpty() || endsLikeASentence(ws);
    }

    private static boolean endsLikeASentence(List<Word> ws) {
        String last = ws.get(ws.size() - 1).norm();
        return last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\u00bb") || last.equals("\"")
                || last.equals("\u2026") || last.equals(")");
    }
}
