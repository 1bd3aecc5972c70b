package fr.vigie.claims.relation;

import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.claims.ClaimRules.Trigger;
import fr.vigie.claims.mention.Mention;
import fr.vigie.claims.mention.SentenceWords;
import fr.vigie.claims.relation.PairCandidate.Link;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Word;
import fr.vigie.model.Claim;
import fr.vigie.model.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of an actor–tool pair that the decision reads: where each mention comes from
 * and what it is, how far apart they are and in which order, the usage trigger between or
 * around them, the cues of the sentence (negation, conditional, plan, capability, law in
 * general, reported speech), the shape of the sentence (question, number of actors and
 * tools), how often the story names each, and whether the precise rules already read the
 * sentence otherwise. Strings, as OpenNLP's trainers take them. Thread-safe.
 */
public final class PairFeatures {

    private final ClaimRules rules;

    public PairFeatures(ClaimRules rules) {
        this.rules = rules;
    }

    /** What the features of one document read, computed once for all its pairs. */
    public static final class Context {
        final Document doc;
        final SentenceWords words;
        final Map<Integer, List<Hit<Trigger>>> triggers = new HashMap<>();
        final Map<Integer, List<Hit<CueKind>>> cues = new HashMap<>();
        final Map<String, Integer> actorCounts = new HashMap<>();
        final Map<String, Integer> toolCounts = new HashMap<>();
        final Map<Integer, Integer> actorsIn = new HashMap<>();
        final Map<Integer, Integer> toolsIn = new HashMap<>();
        final List<Claim> ruleClaims;
        final ClaimRules rules;

        public Context(Document doc, SentenceWords words, ClaimRules rules, List<Mention> actors, List<Mention> tools,
                       List<Claim> ruleClaims) {
            this.doc = doc;
            this.words = words;
            this.rules = rules;
            this.ruleClaims = ruleClaims;
            for (Mention a : actors) {
                actorCounts.merge(a.canonical(), 1, Integer::sum);
                actorsIn.merge(a.sentence(), 1, Integer::sum);
            }
            for (Mention t : tools) {
                toolCounts.merge(t.canonical(), 1, Integer::sum);
                toolsIn.merge(t.sentence(), 1, Integer::sum);
            }
        }

        public Document doc() { return doc; }
        public SentenceWords words() { return words; }

        public List<Hit<Trigger>> triggers(int s) {
            return triggers.computeIfAbsent(s, k -> rules.triggers().findLongest(words.get(k), 0, words.get(k).size()));
        }

        public List<Hit<CueKind>> cues(int s) {
            return cues.computeIfAbsent(s, k -> rules.modalityCues().findAll(words.get(k), 0, words.get(k).size()));
        }
    }

    public List<String> of(Context c, Mention a, Mention t, Link link) {
        List<String> f = new ArrayList<>();
        int s = t.sentence();
        List<Word> ws = c.words.get(s);
        f.add("bias");
        f.add("link=" + link);
        f.add("ao=" + a.origin());
        f.add("to=" + t.origin());
        f.add("at=" + a.actorType());
        f.add("tc=" + t.category());
        f.add("ad=" + a.determiner());
        f.add("td=" + t.determiner());
        f.add("ao+to=" + a.origin() + "+" + t.origin());
        f.add("link+ao=" + link + "+" + a.origin());
        if (a.plural()) f.add("a_plural");
        if (a.head() != null) f.add("ah=" + a.head());
        if (t.head() != null) f.add("th=" + t.head());
        String prep = a.firstWord() > 0 ? before(c.words.get(a.sentence()), a) : "^";
        f.add("aprep=" + prep);
        f.add("tprep=" + before(ws, t));
        // triggers of the tool's sentence
        List<Hit<Trigger>> trig = c.triggers(s);
        f.add(trig.isEmpty() ? "no_trigger" : "trigger");
        Hit<Trigger> nearest = nearest(trig, t);
        if (nearest != null) {
            f.add("trig=" + nearest.value().lemma());
            f.add("trigtype=" + nearest.value().type());
            f.add("trigkind=" + nearest.value().kind());
            int gap = nearest.firstWord() < t.firstWord() ? t.firstWord() - nearest.endWord() : nearest.firstWord() - t.endWord();
            f.add("trig_tool_gap=" + bucket(gap));
            f.add("trig_" + (nearest.firstWord() < t.firstWord() ? "before" : "after") + "_tool");
        }
        if (link == Link.SAME_SENTENCE) {
            boolean actorFirst = a.start() < t.start();
            f.add(actorFirst ? "actor_first" : "tool_first");
            int gap = actorFirst ? t.firstWord() - a.endWord() : a.firstWord() - t.endWord();
            f.add("gap=" + bucket(gap));
            boolean between = false;
            for (Hit<Trigger> h : trig) {
                if (actorFirst ? h.firstWord() >= a.endWord() && h.endWord() <= t.firstWord()
                        : h.firstWord() >= t.endWord() && h.endWord() <= a.firstWord()) between = true;
            }
            if (between) f.add(actorFirst ? "actor_trig_tool" : "tool_trig_actor");
            if (prep.equals("par") || prep.equals("du")) f.add("agent+" + (actorFirst ? "first" : "after"));
            int others = 0;
            for (int i = Math.min(a.endWord(), t.endWord()); i < Math.max(a.firstWord(), t.firstWord()); i++) {
                String n = ws.get(i).norm();
                if (n.equals(",") || n.equals(";") || n.equals(":")) others++;
            }
            f.add("commas=" + Math.min(others, 3));
        } else {
            f.add("dist=" + Math.min(s - a.sentence(), 3));
        }
        // cues of the sentence
        for (Hit<CueKind> h : c.cues(s)) {
            f.add("cue=" + h.value());
        }
        if (!ws.isEmpty() && ws.get(ws.size() - 1).norm().equals("?")) f.add("question");
        f.add("n_actors=" + Math.min(c.actorsIn.getOrDefault(s, 0), 3));
        f.add("n_tools=" + Math.min(c.toolsIn.getOrDefault(s, 0), 3));
        f.add("afreq=" + Math.min(c.actorCounts.getOrDefault(a.canonical(), 0), 4));
        f.add("tfreq=" + Math.min(c.toolCounts.getOrDefault(t.canonical(), 0), 4));
        if (a.sentence() == 0) f.add("actor_in_title");
        if (s == 0) f.add("tool_in_title");
        if (t.refersBack()) f.add("tool_refers_back");
        if (a.refersBack()) f.add("actor_refers_back");
        f.add("ruled=" + ruled(c, a, t, s));
        return f;
    }

    /** What the precise rules said of this sentence and tool: the same pair, another actor for the tool, or nothing. */
    private static String ruled(Context c, Mention a, Mention t, int s) {
        boolean toolOther = false;
        boolean sentence = false;
        for (Claim cl : c.ruleClaims) {
            if (cl.evidence().sentence() != s) continue;
            sentence = true;
            if (cl.tool().canonical().equals(t.canonical()) && !cl.actor().canonical().equals(a.canonical())) toolOther = true;
        }
        return toolOther ? "tool_other_actor" : sentence ? "sentence" : "none";
    }

    private static String before(List<Word> ws, Mention m) {
        int i = m.firstWord() - 1;
        while (i >= 0 && (fr.vigie.claims.mention.Mention.Determiner.NONE != detOf(ws.get(i)))) i--;
        return i >= 0 ? ws.get(i).norm() : "^";
    }

    private static Mention.Determiner detOf(Word w) {
        return switch (w.norm()) {
            case "le", "la", "les", "l", "'" -> Mention.Determiner.DEFINITE;
            case "ce", "cet", "cette", "ces" -> Mention.Determiner.DEMONSTRATIVE;
            case "son", "sa", "ses", "leur", "leurs" -> Mention.Determiner.POSSESSIVE;
            case "un", "une" -> Mention.Determiner.INDEFINITE;
            default -> Mention.Determiner.NONE;
        };
    }

    /** The trigger hit nearest to a mention (one that overlaps it first), or null. */
    public static Hit<Trigger> nearest(List<Hit<Trigger>> hits, Mention t) {
        Hit<Trigger> best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Hit<Trigger> h : hits) {
            int gap = h.firstWord() < t.firstWord() ? t.firstWord() - h.endWord() : h.firstWord() - t.endWord();
            if (h.firstWord() < t.endWord() && h.endWord() > t.firstWord()) gap = 0;
            if (gap < bestGap) {
                best = h;
                bestGap = gap;
            }
        }
        return best;
    }

    private static String bucket(int gap) {
        if (gap <= 1) return "0-1";
        if (gap <= 4) return "2-4";
        if (gap <= 9) return "5-9";
        return "10+";
    }
}
