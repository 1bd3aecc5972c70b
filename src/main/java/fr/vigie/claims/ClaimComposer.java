package fr.vigie.claims;

import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.claims.ClaimRules.LegalCue;
import fr.vigie.claims.ClaimRules.Trigger;
import fr.vigie.claims.decision.PairModel;
import fr.vigie.claims.mention.ActorMentionFinder;
import fr.vigie.claims.mention.Mention;
import fr.vigie.claims.mention.OpenVocabulary;
import fr.vigie.claims.mention.SentenceWords;
import fr.vigie.claims.mention.ToolMentionFinder;
import fr.vigie.claims.relation.Coordination;
import fr.vigie.claims.relation.PairCandidate;
import fr.vigie.claims.relation.PairCandidateGenerator;
import fr.vigie.claims.relation.PairFeatures;
import fr.vigie.claims.slot.ActionSlot;
import fr.vigie.claims.slot.LegalSlot;
import fr.vigie.claims.slot.ModalitySlot;
import fr.vigie.claims.slot.SupportSlot;
import fr.vigie.claims.slot.TimeSlot;
import fr.vigie.eval.NameNormaliser;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Word;
import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import fr.vigie.model.Sentence;
import fr.vigie.pipeline.ModelStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public ClaimComposer(Lexicons lexicons, ClaimRules claimRules, OpenVocabulary vocabulary, PairModel model) {
        this.rules = new RuleBasedClaimExtractor(lexicons, claimRules);
        this.claimRules = claimRules;
        this.lexicons = lexicons;
        this.actors = new ActorMentionFinder(lexicons, vocabulary, new ClaimCandidates(lexicons, claimRules));
        this.tools = new ToolMentionFinder(lexicons, vocabulary);
        this.features = new PairFeatures(claimRules);
        this.pairs = new PairCandidateGenerator(features);
        this.model = model;
    }

    public static ClaimComposer load(ModelStore store) {
        return new ClaimComposer(Lexicons.load(store), ClaimRules.load(store), OpenVocabulary.load(store),
                PairModel.load(store));
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
        return new Reading(doc, ruled, context, pairs.generate(context, a, t));
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
            out.add(SupportSlot.withSupport(doc, c, Map.of()));
        }
        if (decision.present()) {
            Map<String, Kept> best = new LinkedHashMap<>();
            for (PairCandidate p : r.candidates()) {
                double prob = decision.probability(p);
                if (!decision.keeps(prob) || stated(r.ruleClaims(), p) || overruled(r.ruleClaims(), p)) continue;
                String key = NameNormaliser.norm(p.actor().canonical()) + "\u0000" + NameNormaliser.norm(p.tool().canonical());
                Kept k = best.get(key);
                if (k == null || prob > k.probability) best.put(key, new Kept(p, prob));
            }
            coordinate(r, decision, best);
            for (Kept k : best.values()) {
                Claim c = claim(r, k.pair, k.probability);
                if (c != null) out.add(c);
            }
        }
        out.sort(Comparator.comparingInt((Claim c) -> c.evidence().start()).thenComparingInt(c -> c.actor().start()));
        List<Claim> numbered = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            numbered.add(out.get(i).withId("c" + (i + 1)));
        }
        return numbered;
    }

    private record Kept(PairCandidate pair, double probability) { }

    /**
     * One claim per listed actor: when a pair is kept, the actors coordinated with its actor
     * in that sentence ("Maxi, Primo et Tarto utilisent…") take the same tool, whatever the
     * model said of each item alone.
     */
    private static void coordinate(Reading r, PairModel decision, Map<String, Kept> best) {
        List<Kept> kept = List.copyOf(best.values());
        for (Kept k : kept) {
            for (PairCandidate p : r.candidates()) {
                if (p.sentence() != k.pair.sentence() || p.tool() != k.pair.tool() || p.actor() == k.pair.actor()) continue;
                if (p.actor().sentence() != k.pair.actor().sentence()) continue;
                if (!Coordination.listed(r.context().words().get(p.actor().sentence()), k.pair.actor(), p.actor(), r.candidates())) continue;
                if (stated(r.ruleClaims(), p)) continue;
                String key = NameNormaliser.norm(p.actor().canonical()) + "\u0000" + NameNormaliser.norm(p.tool().canonical());
                best.putIfAbsent(key, new Kept(p, k.probability));
            }
        }
    }

    /** Whether a rule claim already states this actor with this tool. */
    private static boolean stated(List<Claim> ruled, PairCandidate p) {
        for (Claim c : ruled) {
            boolean actor = NameNormaliser.aliasMatch(List.of(p.actor().text(), p.actor().canonical()),
                    List.of(c.actor().text(), c.actor().canonical()));
            boolean tool = NameNormaliser.aliasMatch(List.of(p.tool().text(), p.tool().canonical()),
                    nonNull(c.tool().text(), c.tool().canonical(), c.tool().vendor()));
            if (actor && tool) return true;
        }
        return false;
    }

    /**
     * Whether the rules already chose the actor of this tool in this sentence: where they read
     * a usage they are precise, and another actor for the same tool there is left to them.
     */
    private static boolean overruled(List<Claim> ruled, PairCandidate p) {
        for (Claim c : ruled) {
            if (c.evidence().sentence() != p.sentence()) continue;
            boolean sameTool = c.tool().canonical().equals(p.tool().canonical())
                    || (c.tool().start() < p.tool().end() && p.tool().start() < c.tool().end());
            if (sameTool) return true;
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
        Hit<Trigger> trigger = PairFeatures.nearest(r.context().triggers(s), toolBefore ? p.actor() : p.tool());
        Claim.Action action = ActionSlot.of(doc, trigger);
        if (action == null && p.link() == PairCandidate.Link.PREVIOUS_SENTENCE) {
            // "Le ministère a amélioré ses outils d'analyse. Une nouvelle version du logiciel X …": the
            // action is stated where the actor is, the tool named in the sentence after
            action = ActionSlot.of(doc, PairFeatures.nearest(r.context().triggers(p.actor().sentence()), p.actor()));
        }
        if (action == null) return null;
        Mention a = p.actor();
        Mention t = p.tool();
        Claim.Actor actor = new Claim.Actor(a.text(), a.canonical(), a.actorType(), a.start(), a.end());
        Claim.Tool tool = new Claim.Tool(t.text(), t.canonical(), t.vendor(),
                t.category() == null ? Claim.ToolCategory.OTHER : t.category(), t.start(), t.end());
        List<Hit<CueKind>> cues = r.context().cues(s);
        if (ModalitySlot.framedOnly(cues, trigger)) return null;
        // a heading ("Une utilisation des drones à but préventif") states nothing of the story's actor
        if (p.link() != PairCandidate.Link.SAME_SENTENCE && !ws.isEmpty() && !endsLikeASentence(ws)) return null;
        ModalitySlot.Reading modality = ModalitySlot.of(doc.text(), ws, cues, trigger);
        Claim.Time time = TimeSlot.of(doc, s, trigger == null ? (toolBefore ? a : t).start() : trigger.start());
        List<Hit<LegalCue>> legalCues = claimRules.legalCues().findAll(ws, 0, ws.size());
        Claim.Legal legal = LegalSlot.of(doc, lexicons, legalCues, s);
        if (legal.status() == Claim.LegalStatus.UNKNOWN) {
            Claim.Legal near = LegalSlot.ofSameUsage(doc, lexicons,
                    j -> claimRules.legalCues().findAll(r.context().words().get(j), 0, r.context().words().get(j).size()),
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

    private static boolean endsLikeASentence(List<Word> ws) {
        String last = ws.get(ws.size() - 1).norm();
        return last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\u00bb") || last.equals("\"")
                || last.equals("\u2026") || last.equals(")");
    }
}
