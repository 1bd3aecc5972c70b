package fr.vigie.time;

import fr.vigie.model.DocumentDate;
import fr.vigie.model.Sentence;
import fr.vigie.model.TemporalExpression;

import java.util.List;

/**
 * Finds the temporal expressions of a French text and gives each its TIMEX3 value
 * (SPEC §4), resolved against the document date and the narrative. Thread-safe.
 */
public interface TemporalTagger {

    /**
     * @param text         the document text; returned offsets point into it
     * @param sentences    its sentences, in order (never empty for a non-blank text)
     * @param documentDate the anchor for relative expressions; {@link DocumentDate#NONE} when
     *                     unknown, in which case relative expressions get {@code value == null}
     * @return the expressions in text order, non-overlapping
     */
    List<TemporalExpression> tag(String text, List<Sentence> sentences, DocumentDate documentDate);
}
