package fr.vigie.pipeline;

import fr.vigie.model.Document;

import java.util.Set;

/**
 * One step of the pipeline: it reads what it {@link #requires()} from the document and
 * adds what it {@link #provides()}. Implementations are thread-safe: one instance serves
 * every document of a run.
 */
public interface Stage {

    /** A short name for logs and errors. */
    String name();

    Set<Requirement> requires();

    Set<Requirement> provides();

    void process(Document document);
}
