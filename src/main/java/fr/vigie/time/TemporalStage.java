package fr.vigie.time;

import fr.vigie.model.Document;
import fr.vigie.model.TemporalExpression;
import fr.vigie.model.Warning;
import fr.vigie.model.WarningCode;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.Requirement;
import fr.vigie.pipeline.Stage;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The "time" stage: finds the temporal expressions of the document, resolved against its
 * date and narrative, and warns when some stay without a value. Thread-safe.
 */
public final class TemporalStage implements Stage {

    private static final int LISTED = 5;

    private final TemporalTagger tagger;

    public TemporalStage(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    /** The stage with the rule-based French tagger of {@code models/time/}. */
    public static TemporalStage load(ModelStore store) {
        return new TemporalStage(RuleBasedTemporalTagger.load(store));
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.TEXT, Requirement.SENTENCES);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.of(Requirement.TEMPORAL_EXPRESSIONS);
    }

    @Override
    public void process(Document document) {
        List<TemporalExpression> found = tagger.tag(document.text(), document.sentences(), document.date());
        document.setTemporalExpressions(found);
        List<TemporalExpression> unresolved = found.stream().filter(t -> t.value() == null).toList();
        if (!unresolved.isEmpty()) {
            String which = unresolved.stream().limit(LISTED)
                    .map(t -> "\"" + t.text() + "\" at " + t.start())
                    .collect(Collectors.joining(", "));
            if (unresolved.size() > LISTED) {
                which += ", …";
            }
            String why = document.date().isKnown() ? "" : " (no document date)";
            document.addWarning(Warning.of(WarningCode.UNRESOLVED_TEMPORAL_EXPRESSION,
                    unresolved.size() + " of " + found.size() + " temporal expressions have no value" + why
                            + ": " + which));
        }
    }
}
