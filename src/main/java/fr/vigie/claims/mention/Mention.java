package fr.vigie.claims.mention;

import fr.vigie.model.Claim.ActorType;
import fr.vigie.model.Claim.ToolCategory;

/**
 * A phrase of one sentence that names an actor or a tool, with what it stands for.
 * {@code firstWord}/{@code endWord} index the words of its sentence ({@link SentenceWords});
 * {@code start}/{@code end} are character offsets into the document text. A mention that
 * refers back ("la mairie", "ce logiciel") takes its canonical name, type or category from
 * its antecedent, whose sentence is {@code antecedentSentence} (-1 when it stands alone).
 */
public record Mention(Kind kind, Origin origin, String text, String canonical, int start, int end, int sentence,
                      int firstWord, int endWord, ActorType actorType, ToolCategory category, String vendor,
                      String head, Determiner determiner, boolean plural, int antecedentSentence) {

    public enum Kind { ACTOR, TOOL }

    /**
     * Where the mention comes from: a lexicon entry, a head noun of actor-heads.tsv or
     * tool-heads.tsv with its name or complement, an item of a list after such a head, a
     * place of the lexicons acting as an actor, an organisation CoreNLP's entity recogniser
     * found, or a reference back.
     */
    public enum Origin { LEXICON, HEAD, LIST, PLACE, ENTITY, ANAPHOR }

    /** The determiner before the mention. */
    public enum Determiner { DEFINITE, DEMONSTRATIVE, POSSESSIVE, INDEFINITE, NUMBER, NONE }

    public boolean refersBack() {
        return antecedentSentence >= 0;
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
