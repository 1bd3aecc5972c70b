package fr.vigie.claims.relation;

import fr.vigie.claims.mention.Mention;
import fr.vigie.claims.relation.PairCandidate.Link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which actor and tool mentions may form a claim: for every tool mention, each actor of its
 * sentence; failing one there, the actors of the nearest of the two sentences before that
 * names one (the story going on); and the actor the document is about (named in its opening
 * or more often than any other). An actor whose sentence states a usage but names no tool
 * takes the tools of the nearest of the two sentences before that names one ("Le logiciel a
 * été testé à Lyon. La métropole l'a ensuite acheté."). The decision then keeps or drops each
 * pair. Thread-safe.
 */
public final class PairCandidateGenerator {

    /** Sentences back a story's actor is carried to a tool's sentence. */
    private static final int CARRY = 2;

    private final PairFeatures features;

    public PairCandidateGenerator(PairFeatures features) {
        this.features = features;
    }

    public List<PairCandidate> generate(PairFeatures.Context context, List<Mention> actors, List<Mention> tools) {
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        for (Mention a : actors) {
            bySentence.computeIfAbsent(a.sentence(), k -> new ArrayList<>()).add(a);
        }
        List<Mention> topics = topics(actors);
        List<PairCandidate> out = new ArrayList<>();
        for (Mention t : tools) {
            Set<String> seen = new HashSet<>();
            List<Mention> here = bySentence.getOrDefault(t.sentence(), List.of());
            for (Mention a : here) {
                if (seen.add(a.canonical())) out.add(candidate(context, a, t, Link.SAME_SENTENCE));
            }
            if (here.isEmpty()) {
                for (int back = 1; back <= CARRY && t.sentence() - back >= 0; back++) {
                    List<Mention> prev = bySentence.getOrDefault(t.sentence() - back, List.of());
                    if (prev.isEmpty()) continue;
                    for (Mention a : prev) {
                        if (seen.add(a.canonical())) out.add(candidate(context, a, t, Link.PREVIOUS_SENTENCE));
                    }
                    break;
                }
            }
            for (Mention a : topics) {
                if (a.sentence() <= t.sentence() && seen.add(a.canonical())) out.add(candidate(context, a, t, Link.TOPIC));
            }
        }
        Map<Integer, List<Mention>> toolsBySentence = new HashMap<>();
        for (Mention t : tools) {
            toolsBySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
        }
        for (Map.Entry<Integer, List<Mention>> e : bySentence.entrySet()) {
            int s = e.getKey();
            if (toolsBySentence.containsKey(s) || context.triggers(s).isEmpty()) continue;
            for (int back = 1; back <= CARRY && s - back >= 0; back++) {
                List<Mention> prev = toolsBySentence.get(s - back);
                if (prev == null) continue;
                for (Mention a : e.getValue()) {
                    Set<String> seen = new HashSet<>();
                    for (Mention t : prev) {
                        if (seen.add(t.canonical())) {
                            out.add(new PairCandidate(a, t, s, Link.PREVIOUS_TOOL, features.of(context, a, t, Link.PREVIOUS_TOOL)));
                        }
                    }
                }
                break;
            }
        }
        return out;
    }

    private PairCandidate candidate(PairFeatures.Context context, Mention a, Mention t, Link link) {
        return new PairCandidate(a, t, t.sentence(), link, features.of(context, a, t, link));
    }

    /** The actor named in the opening (first two sentences), and the one named most often if twice or more. */
    static List<Mention> topics(List<Mention> actors) {
        List<Mention> out = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Mention> firstOf = new HashMap<>();
        for (Mention a : actors) {
            if (a.plural() && a.origin() != Mention.Origin.LEXICON) continue;
            counts.merge(a.canonical(), 1, Integer::sum);
            firstOf.putIfAbsent(a.canonical(), a);
        }
        for (Mention a : actors) {
            if (a.sentence() > 1) break;
            if (!a.plural() && out.stream().noneMatch(m -> m.canonical().equals(a.canonical()))) out.add(a);
        }
        String best = null;
        int bestCount = 1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best != null) {
            String b = best;
            if (out.stream().noneMatch(m -> m.canonical().equals(b))) out.add(firstOf.get(best));
        }
        return out;
    }
}
