package fr.vigie.nlp;

import fr.vigie.model.Span;

import java.util.Collections;
import java.util.List;

/**
 * Says which sentences need CoreNLP's costly annotators: part-of-speech tags, and the
 * statistical entities (with the multi-word-token split they are computed on). Every
 * sentence gets its tokens anyway. The later stages know what they read: a gate is their
 * promise that what they extract from a document is the same whether the other sentences
 * are tagged or not. Implementations are thread-safe.
 */
public interface SentenceGate {

    /** What one sentence needs. */
    enum Need {
        /** Tokens only (not split into multi-word tokens), no tags, no statistical entities. */
        NOTHING,
        /** Multi-word tokens and statistical entities. */
        ENTITIES,
        /** Multi-word tokens, statistical entities and part-of-speech tags. */
        TAGS_AND_ENTITIES
    }

    /**
     * One need per sentence, in order. {@code sentences} are the final (repaired) sentences
     * of the document, as character spans of {@code text}.
     */
    List<Need> needs(String text, List<Span> sentences);

    /** Every sentence tagged: the output of the stock CoreNLP pipeline. */
    SentenceGate EVERY_SENTENCE = (text, sentences) -> Collections.nCopies(sentences.size(), Need.TAGS_AND_ENTITIES);
}
