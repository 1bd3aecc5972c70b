package fr.vigie.claims.decision;

import fr.vigie.claims.relation.PairCandidate;
import fr.vigie.pipeline.ModelStore;
import opennlp.tools.ml.model.MaxentModel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The learned decision: the probability that an actor–tool pair is a claim, from a maxent
 * model over the pair's features ({@code claims/pair-model.bin}, rebuilt from the samples'
 * gold by {@code vigie train}), and the threshold above which a pair is kept
 * ({@code claims/pair-model.properties}). A model that is not there decides nothing: only
 * the rules give claims then. Thread-safe (the maxent model is read-only).
 */
public final class PairModel {

    public static final String MODEL = "claims/pair-model.bin";
    public static final String YES = "yes";

    private final MaxentModel model;
    private final double threshold;
    private final int yes;
    private final StructuralKeep keep;

    public PairModel(MaxentModel model, double threshold) {
        this(model, threshold, StructuralKeep.NONE);
    }

    public PairModel(MaxentModel model, TrainingSettings settings) {
        this(model, settings.threshold(), settings.keep());
    }

    public PairModel(MaxentModel model, double threshold, StructuralKeep keep) {
        this.model = model;
        this.threshold = threshold;
        this.yes = model == null ? -1 : model.getIndex(YES);
        this.keep = keep;
    }

    /** The model of {@code store}, or a model that keeps no pair when the store has none. */
    public static PairModel load(ModelStore store) {
        if (!store.exists(MODEL)) {
            return new PairModel(null, 1.0);
        }
        try (InputStream in = new BufferedInputStream(store.open(MODEL))) {
            MaxentModel m = new opennlp.tools.ml.model.GenericModelReader(new opennlp.tools.ml.model.BinaryFileDataReader(in)).getModel();
            return new PairModel(m, TrainingSettings.load(store));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL, e);
        }
    }

    public boolean present() {
        return model != null;
    }

    public double threshold() {
        return threshold;
    }

    /** The probability that the pair is a claim (0 without a model). */
    public double probability(PairCandidate c) {
        if (model == null || yes < 0) return 0;
        return model.eval(c.features().toArray(String[]::new))[yes];
    }

    public boolean keeps(double probability) {
        return model != null && probability >= threshold;
    }

    /** Whether the pair is kept: its probability reaches the threshold, or it has the shape of {@link StructuralKeep}. */
    public boolean keeps(PairCandidate c, double probability) {
        return keeps(probability) || (model != null && keep.keeps(c, probability));
    }
}
