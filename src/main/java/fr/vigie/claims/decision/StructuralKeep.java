package fr.vigie.claims.decision;

import fr.vigie.claims.relation.PairCandidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A precise shape that keeps a pair below the model's threshold: the actor is the subject a
 * usage verb takes, right before it, and the tool its object, with no other actor nearer and
 * nothing that frames the usage ("La métropole de Rouen a déployé des caméras de lecture de
 * plaques"). A model trained on a few thousand pairs gives such a pair a low probability when
 * its actor is a head noun or a place no lexicon knows, because most such mentions in the
 * samples are no actor; the shape says they are. The passive is the same shape seen from the
 * tool ("les boîtes noires utilisées par les services de renseignement"). Read from
 * {@code claims/pair-model.properties}: {@code keep.all} (shapes separated by {@code ;}, each the
 * features the pair must all have; one shape is enough), {@code keep.any} (groups separated by
 * {@code ;}, each a list of features of which the pair must have one), {@code keep.none}
 * (features it must not have), {@code keep.floor} (the probability below which even this shape
 * is not kept). Absent: nothing is kept below the threshold.
 */
public record StructuralKeep(List<Set<String>> shapes, List<Set<String>> any, Set<String> none, double floor) {

    public static final StructuralKeep NONE = new StructuralKeep(List.of(), List.of(), Set.of(), 2.0);

    static StructuralKeep of(Properties p) {
        String all = p.getProperty("keep.all");
        if (all == null || all.isBlank()) return NONE;
        List<Set<String>> shapes = new ArrayList<>();
        for (String s : all.split(";")) {
            if (!s.isBlank()) shapes.add(Set.of(s.strip().split("\\s+")));
        }
        List<Set<String>> any = new ArrayList<>();
        for (String g : p.getProperty("keep.any", "").split(";")) {
            if (!g.isBlank()) any.add(Set.of(g.strip().split("\\s+")));
        }
        String none = p.getProperty("keep.none", "").strip();
        return new StructuralKeep(List.copyOf(shapes), List.copyOf(any),
                none.isEmpty() ? Set.of() : Set.of(none.split("\\s+")),
                Double.parseDouble(p.getProperty("keep.floor", "0").strip()));
    }

    /** Whether the pair has this shape and at least the floor's probability. */
    public boolean keeps(PairCandidate c, double probability) {
        if (probability < floor) return false;
        List<String> f = c.features();
        if (shapes.stream().noneMatch(f::containsAll)) return false;
        for (Set<String> g : any) {
            if (f.stream().noneMatch(g::contains)) return false;
        }
        return f.stream().noneMatch(none::contains);
    }
}
