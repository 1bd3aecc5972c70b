package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules.TriggerKind;
import fr.vigie.lexicon.Entries.ToolEntry;
import fr.vigie.lexicon.Entries.ToolKind;
import fr.vigie.model.Claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static fr.vigie.claims.rules.Gaps.cleanBetween;
import static fr.vigie.claims.rules.Gaps.hardStopBetween;
import static fr.vigie.claims.rules.Gaps.hasCoordinator;
import static fr.vigie.claims.rules.Gaps.onlyListGlue;
import static fr.vigie.claims.rules.Gaps.reach;
import static fr.vigie.claims.rules.Gaps.span;
import static fr.vigie.claims.rules.Gaps.triggerBetween;
import static fr.vigie.claims.rules.Grammar.passive;
import static fr.vigie.claims.rules.Grammar.possessiveBefore;

/** Which of a sentence's tools a trigger is about, and the claim's tool with its vendor. */
final class ToolChoice {

    private ToolChoice() {
    }

    private static final int TOOL_AFTER_WINDOW = 18;

    private static final int TOOL_BEFORE_WINDOW = 12;

    /** The tools a trigger is about: the object after it, or the (passive) subject before it, with coordinated tools. */
    static List<Mention> bindTools(SentenceView v, TriggerHit t, List<Mention> tools) {
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

    /**
     * The most specific name of the same tool nearby: a product beside its vendor ("Cityvision
     * de Wintics") or beside a technology ("un logiciel de VSA fourni par Briefcam").
     */
    private static Mention productOf(SentenceView v, Mention m, List<Mention> tools) {
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

    private static final Set<String> MEANS = Set.of("par", "aide", "moyen", "grace", "via", "avec");

    /** "à l'aide du logiciel X", "par le logiciel X", "grâce à X": the tool is named as the means. */
    private static boolean meansBefore(SentenceView v, Mention tool) {
        for (int i = Math.max(0, tool.first() - 4); i < tool.first(); i++) {
            if (MEANS.contains(v.words.get(i).norm())) return true;
        }
        return false;
    }

    static Claim.Tool tool(String text, SentenceView v, Mention m) {
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
}
