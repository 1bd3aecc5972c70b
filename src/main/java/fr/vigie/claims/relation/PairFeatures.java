package fr.vigie.claims.relation;

import fr.vigie.claims.ClaimRules;
import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.claims.ClaimRules.Trigger;
import fr.vigie.claims.rules.TriggerFinder;
import fr.vigie.claims.mention.Mention;
import fr.vigie.claims.mention.SentenceWords;
import fr.vigie.claims.slot.ModalitySlot;
import fr.vigie.eval.NameNorms;
import fr.vigie.claims.relation.PairCandidate.Link;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Word;
import fr.vigie.model.Claim;
import fr.vigie.model.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of an actor–tool pair that the decision reads: where each mention comes from
 * and what it is, how far apart they are and in which order, the usage trigger between or
 * around them, the cues of the sentence (negation, conditional, plan, capability, law in
 * general, reported speech), the shape of the sentence (question, number of actors and
 * tools), how often the story names each, whether the actor makes the tool. Not what the
 * rules said: they were written on the same samples the model learns from, so that a pair
 * the rules missed would look like no claim; the composer lets them override the model
 * instead. Strings, as OpenNLP's trainers take them. Thread-safe.
 */
public final class PairFeatures {

    private final ClaimRules rules;
    /** Words that count a phrase ("une quarantaine d'établissements"): the "de" after them is no complement. */
    private final Set<String> counts;

    public PairFeatures(ClaimRules rules) {
        this.rules = rules;
        Set<String> c = new java.util.HashSet<>(rules.words("count-words"));
        c.addAll(rules.words("actor-quantifiers"));
        this.counts = Set.copyOf(c);
    }

    /** What the features of one document read, computed once for all its pairs. */
    public static final class Context {
        final Document doc;
        final SentenceWords words;
        final Map<Integer, List<Hit<Trigger>>> triggers = new HashMap<>();
        final Map<Integer, List<Hit<CueKind>>> cues = new HashMap<>();
        final Map<Integer, List<Hit<ClaimRules.LegalCue>>> legalCues = new HashMap<>();
        final Map<String, Integer> actorCounts = new HashMap<>();
        final Map<String, Integer> toolCounts = new HashMap<>();
        final Map<Integer, Integer> actorsIn = new HashMap<>();
        final Map<Integer, Integer> toolsIn = new HashMap<>();
        final List<Claim> ruleClaims;
        final ClaimRules rules;
        final List<Mention> actors;
        final List<Mention> tools;
        final Map<Integer, List<Mention>> actorsOf = new HashMap<>();
        final Map<Integer, List<Mention>> toolsOf = new HashMap<>();
        /** The normalised names of the document's mentions: {@link #vendorOf} compares them pair by pair. */
        final NameNorms names = new NameNorms();

        public Context(Document doc, SentenceWords words, ClaimRules rules, List<Mention> actors, List<Mention> tools,
                       List<Claim> ruleClaims) {
            this.doc = doc;
            this.words = words;
            this.rules = rules;
            this.ruleClaims = ruleClaims;
            this.actors = List.copyOf(actors);
            this.tools = List.copyOf(tools);
            for (Mention a : actors) {
                actorCounts.merge(a.canonical(), 1, Integer::sum);
                actorsIn.merge(a.sentence(), 1, Integer::sum);
                actorsOf.computeIfAbsent(a.sentence(), k -> new ArrayList<>()).add(a);
            }
            for (Mention t : tools) {
                toolCounts.merge(t.canonical(), 1, Integer::sum);
                toolsIn.merge(t.sentence(), 1, Integer::sum);
                toolsOf.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
            }
        }

        public Document doc() { return doc; }
        public SentenceWords words() { return words; }
        public List<Mention> actors() { return actors; }
        public List<Mention> tools() { return tools; }
        /** The actor mentions of one sentence. */
        public List<Mention> actorsOf(int s) { return actorsOf.getOrDefault(s, List.of()); }

        /**
         * The usage triggers of a sentence, but those inside the clause that says what a tool does:
         * in "des caméras détectant les bagages abandonnés" nobody abandons anything.
         */
        public List<Hit<Trigger>> triggers(int s) {
            return triggers.computeIfAbsent(s, k -> {
                List<Hit<Trigger>> all = rules.triggers().findLongest(words.get(k), 0, words.get(k).size());
                List<Hit<Trigger>> out = new ArrayList<>(all.size());
                for (Hit<Trigger> h : all) if (!insideDescribingClause(k, h)) out.add(h);
                return out;
            });
        }

        /**
         * Whether a trigger of sentence {@code s} only says what a tool carries or runs ("des
         * drones équipés de caméras", "la vidéosurveillance exploitant l'IA",
         * {@link TriggerFinder#attributeOfTool}): no usage of anyone.
         */
        public boolean attributeOfTool(int s, Hit<Trigger> h) {
            boolean afterTool = toolsOf.getOrDefault(s, List.of()).stream().anyMatch(t -> t.endWord() == h.firstWord());
            return TriggerFinder.attributeOfTool(rules, words.get(s), h, afterTool);
        }

        /**
         * Whether a tool is what another tool carries: "une vingtaine d'appareils équipés de
         * caméras", "des drones dotés d'une caméra thermique". The cameras are part of the
         * appliances, not a tool of their own for anyone.
         */
        public boolean componentOfAnotherTool(Mention t) {
            int s = t.sentence();
            List<Word> ws = words.get(s);
            for (Hit<Trigger> h : triggers(s)) {
                if (h.endWord() > t.firstWord() || t.firstWord() - h.endWord() > 3) continue;
                boolean afterTool = toolsOf.getOrDefault(s, List.of()).stream().anyMatch(o -> o.endWord() == h.firstWord());
                // "exploitant l'IA" runs the IA, it does not carry it: only a furnishing participle
                if (!TriggerFinder.furnishesTool(rules, ws, h, afterTool)) continue;
                Set<String> glueWords = rules.words("component-glue");
                boolean glue = true;
                for (int i = h.endWord(); i < t.firstWord(); i++) glue &= glueWords.contains(ws.get(i).norm());
                if (glue) return true;
            }
            return false;
        }

        private boolean insideDescribingClause(int s, Hit<Trigger> h) {
            List<Word> ws = words.get(s);
            for (Mention t : toolsOf.getOrDefault(s, List.of())) {
                if (h.firstWord() <= t.firstWord() || h.endWord() > t.endWord()) continue;
                for (int i = t.firstWord() + 1; i < h.firstWord(); i++) {
                    String n = ws.get(i).norm();
                    if (n.equals("qui") || n.equals("capable") || n.equals("capables") || n.endsWith("ant") || n.endsWith("ants")) {
                        return true;
                    }
                }
            }
            return false;
        }

        public List<Hit<CueKind>> cues(int s) {
            return cues.computeIfAbsent(s, k -> rules.modalityCues().findAll(words.get(k), 0, words.get(k).size()));
        }

        /** The legal cues of a sentence (claims/legal-cues.tsv), read once. */
        public List<Hit<ClaimRules.LegalCue>> legalCues(int s) {
            return legalCues.computeIfAbsent(s, k -> rules.legalCues().findAll(words.get(k), 0, words.get(k).size()));
        }

        /** {@link #legalCues(int)} as a function of the sentence. */
        public java.util.function.IntFunction<List<Hit<ClaimRules.LegalCue>>> legalCues() {
            return this::legalCues;
        }
    }

    private static List<Word> ws(Context c, Mention m) {
        return c.words.get(m.sentence());
    }

    /**
     * Whether the mention's head is a common noun ("la mairie", "les caméras"), whose word the
     * model may learn from; a proper name ("Carrefour", "Veesion") says nothing of other texts,
     * so its word is no feature: its type and category are. For a mention with a head.
     */
    static boolean commonHead(List<Word> ws, Mention m) {
        if (m.origin() == Mention.Origin.HEAD || m.origin() == Mention.Origin.ANAPHOR) return true;
        if (m.firstWord() < 0 || m.firstWord() >= ws.size()) return false;
        return !ws.get(m.firstWord()).capitalized() || m.firstWord() == 0;
    }

    public List<String> of(Context c, Mention a, Mention t, Link link) {
        List<String> f = new ArrayList<>();
        int s = link == Link.PREVIOUS_TOOL ? a.sentence() : t.sentence();
        List<Word> ws = c.words.get(s);
        // the mention the usage trigger of the sentence is read against
        Mention near = link == Link.PREVIOUS_TOOL ? a : t;
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
        if (a.head() != null) f.add("ah=" + (commonHead(ws(c, a), a) ? a.head() : "NAME"));
        if (t.head() != null && !commonHead(ws(c, t), t)) {
            f.add("th=NAME");
        } else if (t.head() != null) {
            f.add("th=" + t.head());
            // plain cameras are no claim's tool; cameras that read plates or analyse images are
            f.add("th+tc=" + t.head() + "+" + t.category());
        }
        if (vendorOf(c.names, a, t)) f.add("actor_is_vendor");
        // "le logiciel de la société Lumina" (its maker), "les caméras de la ville" (its owner)
        if (link == Link.SAME_SENTENCE && complementOf(ws, t, a)) f.add("actor_in_tool_complement+" + a.actorType());
        String prep = a.firstWord() > 0 ? before(c.words.get(a.sentence()), a) : "^";
        f.add("aprep=" + prep);
        f.add("tprep=" + before(c.words.get(t.sentence()), t));
        // triggers of the tool's sentence
        List<Hit<Trigger>> trig = c.triggers(s);
        f.add(trig.isEmpty() ? "no_trigger" : "trigger");
        Hit<Trigger> nearest = nearest(trig, near);
        if (nearest != null) {
            f.add("trig=" + nearest.value().lemma());
            f.add("trigtype=" + nearest.value().type());
            f.add("trigkind=" + nearest.value().kind());
            int gap = nearest.firstWord() < near.firstWord() ? near.firstWord() - nearest.endWord() : nearest.firstWord() - near.endWord();
            f.add("trig_tool_gap=" + bucket(gap));
            f.add("trig_" + (nearest.firstWord() < near.firstWord() ? "before" : "after") + "_tool");
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
            if (between && nearest != null) f.add((actorFirst ? "actor_trig_tool+" : "tool_trig_actor+") + nearest.value().kind());
            relative(c, a, t, nearest, f);
            if (prep.equals("par") || prep.equals("du")) f.add("agent+" + (actorFirst ? "first" : "after"));
            if (!actorFirst && prep.equals("par") && passiveAgent(trig, t, a)) f.add("passive_agent");
            int others = 0;
            for (int i = Math.min(a.endWord(), t.endWord()); i < Math.max(a.firstWord(), t.firstWord()); i++) {
                String n = ws.get(i).norm();
                if (n.equals(",") || n.equals(";") || n.equals(":")) others++;
            }
            f.add("commas=" + Math.min(others, 3));
        } else if (link == Link.PREVIOUS_TOOL) {
            f.add("dist=" + Math.min(s - t.sentence(), 3));
            if (nearest != null) f.add(nearest.firstWord() >= a.endWord() ? "actor_then_trig" : "trig_then_actor");
        } else {
            f.add("dist=" + Math.min(s - a.sentence(), 3));
        }
        // cues of the sentence
        List<Hit<CueKind>> cues = c.cues(s);
        for (Hit<CueKind> h : cues) {
            // "pas", "plus", "aucun" close a negation only after a "ne": "plus de mille magasins" is none
            if (h.value() == CueKind.NEGATION_END && !negationBefore(cues, h)) continue;
            f.add("cue=" + h.value());
        }
        f.add("mod=" + ModalitySlot.of(c.doc.text(), ws, cues, nearest).modality());
        if (fr.vigie.claims.mention.SentenceWords.isQuestion(ws)) f.add("question");
        f.add("n_actors=" + Math.min(c.actorsIn.getOrDefault(s, 0), 3));
        f.add("n_tools=" + Math.min(c.toolsIn.getOrDefault(s, 0), 3));
        f.add("afreq=" + Math.min(c.actorCounts.getOrDefault(a.canonical(), 0), 4));
        f.add("tfreq=" + Math.min(c.toolCounts.getOrDefault(t.canonical(), 0), 4));
        // the first sentence is a title only when a text follows it
        boolean titled = c.doc.sentences().size() > 1;
        if (titled && a.sentence() == 0) f.add("actor_in_title");
        if (titled && s == 0) f.add("tool_in_title");
        if (t.refersBack()) f.add("tool_refers_back");
        if (a.refersBack()) f.add("actor_refers_back");
        return f;
    }

    /**
     * Where the pair stands among the other mentions of its sentence: another actor or tool
     * between the two, whether the actor is the one nearest the tool, and whether it is the
     * nearest actor before the usage trigger (the subject a verb most often takes). Actors
     * listed with the pair's actor count as neither between nor nearer.
     */
    private static void relative(Context c, Mention a, Mention t, Hit<Trigger> trigger, List<String> f) {
        int lo = Math.min(a.endWord(), t.endWord()), hi = Math.max(a.firstWord(), t.firstWord());
        boolean actorBetween = false, toolBetween = false, nearestActor = true, subject = trigger != null
                && trigger.firstWord() >= a.endWord();
        int gap = Math.abs(a.firstWord() < t.firstWord() ? t.firstWord() - a.endWord() : a.firstWord() - t.endWord());
        List<Mention> others = c.actorsOf.getOrDefault(t.sentence(), List.of());
        for (Mention o : others) {
            if (o == a || o.overlaps(a.start(), a.end())) continue;
            // an actor listed with this one is its fellow, not a rival ("la ville et son agglomération ont…")
            if (o.sentence() == a.sentence() && Coordination.conjoined(c.words.get(a.sentence()), a, o)
                    && Coordination.listed(c.words.get(a.sentence()), a, o, others)) continue;
            if (o.firstWord() >= lo && o.endWord() <= hi) actorBetween = true;
            int g = Math.abs(o.firstWord() < t.firstWord() ? t.firstWord() - o.endWord() : o.firstWord() - t.endWord());
            if (g < gap) nearestActor = false;
            if (subject && o.firstWord() >= a.endWord() && o.endWord() <= trigger.firstWord()) subject = false;
        }
        for (Mention o : c.toolsOf.getOrDefault(t.sentence(), List.of())) {
            if (o == t || o.overlaps(t.start(), t.end())) continue;
            if (o.firstWord() >= lo && o.endWord() <= hi) toolBetween = true;
        }
        if (actorBetween) f.add("actor_between");
        if (toolBetween) f.add("tool_between");
        f.add(nearestActor ? "nearest_actor" : "farther_actor");
        if (subject) f.add("subject_before_trigger");
    }

    /**
     * Whether the actor is the agent of a passive usage verb that follows the tool: "les boîtes
     * noires utilisées par les services", "un logiciel acheté en 2019 par la préfecture" (the
     * participle may close the tool's own words). The verb is after the tool's first word and
     * before the actor, a few words from its "par".
     */
    private static boolean passiveAgent(List<Hit<Trigger>> triggers, Mention t, Mention a) {
        for (Hit<Trigger> h : triggers) {
            if (h.value().kind() != fr.vigie.claims.ClaimRules.TriggerKind.VERB) continue;
            if (h.firstWord() > t.firstWord() && h.endWord() <= a.firstWord() && a.firstWord() - h.endWord() <= PASSIVE_SPAN) {
                return true;
            }
        }
        return false;
    }

    /** Words between a passive participle and its agent's first word ("utilisés depuis 2019 par les"). */
    private static final int PASSIVE_SPAN = 5;

    /** Whether the actor is the tool's maker: "la société Wintics" with "Cityvision" or "le logiciel de la société". */
    private static boolean vendorOf(NameNorms names, Mention a, Mention t) {
        String actor = names.norm(a.canonical());
        if (actor.isEmpty()) return false;
        if (t.vendor() != null && names.norm(t.vendor()).equals(actor)) return true;
        String tool = names.norm(t.canonical());
        return tool.equals(actor) || (" " + names.norm(t.text()) + " ").contains(" " + actor + " ");
    }

    /** Whether the actor is the complement of the tool: "le logiciel de la société Lumina". */
    private static boolean complementOf(List<Word> ws, Mention t, Mention a) {
        if (a.start() > t.start() && a.start() < t.end()) return true;
        if (a.firstWord() < t.endWord() || a.firstWord() - t.endWord() > 3) return false;
        boolean of = false;
        for (int i = t.endWord(); i < a.firstWord(); i++) {
            String n = ws.get(i).norm();
            if (n.equals("de") || n.equals("du") || n.equals("d")) of = true;
            else if (detOf(ws.get(i)) != Mention.Determiner.DEFINITE) return false;
        }
        return of;
    }

    private static boolean negationBefore(List<Hit<CueKind>> cues, Hit<CueKind> end) {
        for (Hit<CueKind> h : cues) {
            if (h.value() == CueKind.NEGATION && h.firstWord() < end.firstWord()) return true;
        }
        return false;
    }

    /**
     * The word before a mention and its determiner; before its count too ("Une quarantaine
     * d'établissements sont équipés": the "d'" counts, it makes no complement of another noun).
     */
    private String before(List<Word> ws, Mention m) {
        int i = m.firstWord() - 1;
        while (i >= 0 && (fr.vigie.claims.mention.Mention.Determiner.NONE != detOf(ws.get(i)))) i--;
        if (i >= 1 && (ws.get(i).norm().equals("d") || ws.get(i).norm().equals("de")) && counts.contains(ws.get(i - 1).norm())) {
            i--;
            while (i >= 0 && (counts.contains(ws.get(i).norm())
                    || fr.vigie.claims.mention.Mention.Determiner.NONE != detOf(ws.get(i)))) i--;
        }
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
