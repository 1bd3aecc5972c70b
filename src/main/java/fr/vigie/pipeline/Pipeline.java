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

    public void process(Document document) {
        for (Stage s : stages) {
            s.process(document);
        }
    }
}
