package fr.vigie.pipeline;

import fr.vigie.model.Document;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Stages in order, checked at construction: each stage's requirements are provided by those before it. */
public final class Pipeline {

    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        Set<Requirement> have = EnumSet.of(Requirement.TEXT);
        for (Stage s : stages) {
            for (Requirement r : s.requires()) {
                if (!have.contains(r)) {
                    throw new IllegalStateException("stage " + s.name() + " requires " + r
                            + " but no earlier stage provides it (have " + have + ")");
                }
            }
            have.addAll(s.provides());
        }
        this.stages = List.copyOf(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs every stage on the document. A stage cannot be stopped in the middle of its work
     * (CoreNLP does not listen to interrupts), so the thread's interrupt flag is checked
     * between stages: an interrupted thread (a document past its time limit) stops there
     * with a {@link Cancelled}, and the flag is cleared.
     */
    public void process(Document document) {
        for (Stage s : stages) {
            if (Thread.interrupted()) {
                throw new Cancelled("stopped before stage " + s.name() + ": the thread was interrupted");
            }
            s.process(document);
        }
    }

    /** Processing was stopped between two stages because the thread was interrupted. */
    public static final class Cancelled extends RuntimeException {
        public Cancelled(String message) {
            super(message);
        }
    }
}
