package fr.vigie.claims.relation;

import fr.vigie.claims.ClaimRules.Trigger;
import fr.vigie.claims.mention.Mention;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.nlp.DependencyParser.Parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features of an actor–tool pair of one sentence read from its dependency parse
 * (Universal Dependencies): the path between the head word of the actor and that of the tool
 * (its relations, its length, the word at its top, a usage trigger's lemma when the top is
 * one), the role of each below the top (the actor {@code nsubj}, {@code nsubj:pass},
 * {@code obl:agent}, {@code iobj}, {@code obl}…, the tool {@code obj}, {@code obl},
 * {@code nmod}…), and the shapes that join them: a passive with its agent ("installées par la
 * commune"), a control verb ("autorise la police à utiliser", "enjoint à la commune de
 * cesser"), a relative or participial clause ("les communes équipées de", "la gendarmerie,
 * qui s'est dotée de"), a nominal form ("l'usage des drones par la police"), a coordination.
 * Strings prefixed {@code dp}, added to those of {@link PairFeatures}.
 *
 * <p>Two sets: {@link #of} gives the shapes and roles, with no word of the sentence in them
 * ({@link #COMPACT}); {@link #full} adds the path's relations as a string, the word or trigger
 * lemma at its top, the pair of roles, the prepositions and the control verb. On the samples
 * (5-fold cross-validation, 99 articles) the compact set did better (claims F1 0.688 against
 * 0.681): the full one's words are too rare in 99 articles to be learned. Stateless.
 */
public final class SyntacticFeatures {

    private static final Set<String> SUBJECTS = Set.of("nsubj", "obl:agent", "csubj");
    private static final Set<String> OBJECTS = Set.of("obj", "obl", "obl:arg", "obl:mod", "nmod", "nsubj:pass", "iobj");
    private static final Set<String> CONTROLLERS = Set.of("obj", "iobj", "obl", "obl:arg");
    private static final Set<String> CLAUSES = Set.of("xcomp", "ccomp", "advcl");

    /** The features of the compact set, by name (what comes before '=' when there is one). */
    public static final Set<String> COMPACT = Set.of("dp", "dp_same_head", "dp_no_path", "dp_len", "dp_arole", "dp_trole",
            "dp_agent_of_top", "dp_passive_agent", "dp_agent", "dp_control", "dp_actor_clause", "dp_tool_clause",
            "dp_relcl", "dp_acl", "dp_nominal", "dp_nominal_agent", "dp_actor_conj", "dp_tool_conj");

    private SyntacticFeatures() {
    }

    /** The compact set of syntactic features of the pair: shapes and roles, no words. */
    public static List<String> of(Parse p, Mention actor, Mention tool, List<Hit<Trigger>> triggers) {
        List<String> out = new ArrayList<>();
        for (String x : full(p, actor, tool, triggers)) {
            int eq = x.indexOf('=');
            if (COMPACT.contains(eq < 0 ? x : x.substring(0, eq))) out.add(x);
        }
        return out;
    }

    /** Every syntactic feature of the pair (empty when a mention has no word in the parse). */
    public static List<String> full(Parse p, Mention actor, Mention tool, List<Hit<Trigger>> triggers) {
        List<String> f = new ArrayList<>();
        int a = p.headOf(actor.start(), actor.end());
        int t = p.headOf(tool.start(), tool.end());
        if (a < 0 || t < 0) return f;
        f.add("dp");
        if (a == t) {
            f.add("dp_same_head");
            return f;
        }
        List<Integer> up = chain(p, a);
        List<Integer> down = chain(p, t);
        int top = -1;
        for (int x : up) {
            if (down.contains(x)) {
                top = x;
                break;
            }
        }
        if (top < 0) {
            f.add("dp_no_path");
            return f;
        }
        // relations from the actor up to the top, then from the top down to the tool
        List<String> ups = new ArrayList<>();
        for (int x : up) {
            if (x == top) break;
            ups.add(p.relation()[x]);
        }
        List<String> downs = new ArrayList<>();
        for (int x : down) {
            if (x == top) break;
            downs.add(0, p.relation()[x]);
        }
        int length = ups.size() + downs.size();
        f.add("dp_len=" + Math.min(length, 6));
        f.add("dp_path=" + (length <= 4 ? String.join("<", ups) + "^" + String.join(">", downs) : "long"));
        String arole = ups.isEmpty() ? "top" : ups.get(ups.size() - 1);
        String trole = downs.isEmpty() ? "top" : downs.get(0);
        f.add("dp_arole=" + arole);
        f.add("dp_trole=" + trole);
        f.add("dp_roles=" + arole + "+" + trole);
        String topTag = tag(p, top);
        String lemma = lemma(p, top, triggers);
        f.add("dp_top_tag=" + topTag);
        f.add("dp_top=" + lemma);
        if (isTrigger(p, top, triggers)) {
            f.add("dp_top_trigger");
            f.add("dp_top_trigger+roles=" + arole + "+" + trole);
        }
        // the actor does what the top word says, to the tool
        if (SUBJECTS.contains(arole) && (OBJECTS.contains(trole) || trole.equals("xcomp"))) f.add("dp_agent_of_top");
        if (arole.equals("obl:agent") && trole.equals("nsubj:pass")) f.add("dp_passive_agent");
        if (arole.equals("obl:agent")) f.add("dp_agent=" + (downs.size() <= 1 ? "direct" : "deep"));
        // control ("autorise la police à utiliser des drones", "enjoint à la commune de cesser d'utiliser…"),
        // or a subject that wants, decides, begins to use ("la ville a décidé d'installer…")
        if (!downs.isEmpty() && CLAUSES.contains(downs.get(0)) && ups.size() == 1) {
            if (CONTROLLERS.contains(arole)) f.add("dp_control=object");
            else if (arole.equals("nsubj")) f.add("dp_control=subject");
            f.add("dp_control_verb=" + lemma);
        }
        // relative and participial clauses on the actor ("les communes équipées de", "X, qui s'est doté de")
        if (ups.isEmpty() && !downs.isEmpty()) {
            String first = downs.get(0);
            if (first.equals("acl") || first.equals("acl:relcl")) f.add("dp_actor_clause=" + first);
        }
        if (downs.isEmpty() && !ups.isEmpty()) {
            String first = ups.get(ups.size() - 1);
            if (first.equals("acl") || first.equals("acl:relcl")) f.add("dp_tool_clause=" + first);
        }
        if (ups.contains("acl:relcl") || downs.contains("acl:relcl")) f.add("dp_relcl");
        if (ups.contains("acl") || downs.contains("acl")) f.add("dp_acl");
        // a nominal form ("l'usage des drones par la police", "le recours de la ville aux caméras")
        if (topTag.equals("NOUN") && arole.startsWith("nmod") && trole.startsWith("nmod")) f.add("dp_nominal");
        String acase = caseOf(p, a);
        String tcase = caseOf(p, t);
        if (acase != null) f.add("dp_acase=" + acase);
        if (tcase != null) f.add("dp_tcase=" + tcase);
        if (topTag.equals("NOUN") && "par".equals(acase)) f.add("dp_nominal_agent");
        // coordination on the way
        if (ups.contains("conj")) f.add("dp_actor_conj");
        if (downs.contains("conj")) f.add("dp_tool_conj");
        // the actor is an apposition or a complement of another noun ("le maire de Nice", "la société X")
        if (ups.size() >= 2) f.add("dp_actor_embedded=" + ups.get(0));
        return f;
    }

    /** Word {@code i} and its governors up to the root. */
    private static List<Integer> chain(Parse p, int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = i; k >= 0 && out.size() <= p.size(); k = p.head()[k]) out.add(k);
        return out;
    }

    private static String tag(Parse p, int i) {
        String t = p.tag()[i];
        return t == null ? "X" : t;
    }

    /** The trigger's lemma when the word lies in a usage trigger, else the word in lower case. */
    private static String lemma(Parse p, int i, List<Hit<Trigger>> triggers) {
        for (Hit<Trigger> h : triggers) {
            if (h.start() < p.end()[i] && p.start()[i] < h.end()) return h.value().lemma();
        }
        return p.word()[i].toLowerCase(Locale.ROOT);
    }

    private static boolean isTrigger(Parse p, int i, List<Hit<Trigger>> triggers) {
        for (Hit<Trigger> h : triggers) {
            if (h.start() < p.end()[i] && p.start()[i] < h.end()) return true;
        }
        return false;
    }

    /** The preposition of a noun ("par", "de", "à"): the word of its {@code case} dependent, or null. */
    private static String caseOf(Parse p, int i) {
        for (int k = 0; k < p.size(); k++) {
            if (p.head()[k] == i && p.relation()[k].equals("case")) return p.word()[k].toLowerCase(Locale.ROOT);
        }
        return null;
    }
}
