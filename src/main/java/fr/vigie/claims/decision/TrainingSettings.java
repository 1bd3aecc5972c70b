package fr.vigie.claims.decision;

import fr.vigie.pipeline.ModelStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The settings of the pair model, in {@code claims/pair-model.properties}: OpenNLP's trainer
 * ({@code MAXENT}, GIS; or {@code MAXENT_QN}, L-BFGS with an L2 penalty {@code l2}), its
 * iterations and feature cutoff, and the probability above which a pair is kept. Read by
 * {@code vigie train} to rebuild the model and by Vigie to apply it.
 */
public record TrainingSettings(String algorithm, int iterations, int cutoff, double l2, double threshold) {

    public static final String FILE = "claims/pair-model.properties";
    public static final TrainingSettings DEFAULT = new TrainingSettings("MAXENT", 200, 2, 0.0, 0.5);

    public static TrainingSettings load(ModelStore store) {
        if (!store.exists(FILE)) return DEFAULT;
        Properties p = new Properties();
        try (InputStream in = store.open(FILE)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return new TrainingSettings(p.getProperty("algorithm", DEFAULT.algorithm()).strip(),
                Integer.parseInt(p.getProperty("iterations", String.valueOf(DEFAULT.iterations())).strip()),
                Integer.parseInt(p.getProperty("cutoff", String.valueOf(DEFAULT.cutoff())).strip()),
                Double.parseDouble(p.getProperty("l2", String.valueOf(DEFAULT.l2())).strip()),
                Double.parseDouble(p.getProperty("threshold", String.valueOf(DEFAULT.threshold())).strip()));
    }
}
