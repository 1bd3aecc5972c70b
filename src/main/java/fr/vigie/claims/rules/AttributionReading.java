package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules.CueKind;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.model.Claim;

import java.util.Set;

import static fr.vigie.claims.rules.Grammar.DETERMINERS;

/** Who the text says a claim comes from: a source cue ("selon la préfecture") or a reporting verb and its subject. */
final class AttributionReading {

    private AttributionReading() {
    }

    static Claim.Attribution attribution(String text, SentenceView v, TriggerHit t) {
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
}
