package fr.vigie.claims.decision;

import fr.vigie.pipeline.ModelStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The settings of the pair model, in {@code claims/pair-model.properties}: OpenNLP's trainer
 * ({@code MAXENT}, GIS; or {@code MAXENT_QN}, L-BFGS with an L2 penalty {@code l2}), its
 * iterations and feature cutoff, the probability above which a pair is kept, and whether the
 * pairs of one sentence get the features of its dependency parse ({@code syntax = on} or
 * {@code full}; the model must then be trained with them), and the shape that keeps a pair below
 * the threshold ({@link StructuralKeep}). Read by {@code vigie train} to
 * rebuild the model and by Vigie to apply it.
 */
public record TrainingSettings(String algorithm, int iterations, int cutoff, double l2, double threshold, Syntax syntax,
                               StructuralKeep keep) {

    /**
     * The syntactic features of the pairs of one sentence: none (the parser is not even
     * loaded), the compact set of {@code SyntacticFeatures.of}, or the full set.
     */
    public enum Syntax { OFF, ON, FULL }

    public static final String FILE = "claims/pair-model.properties";
    public static final TrainingSettings DEFAULT = new TrainingSettings("MAXENT", 200, 2, 0.0, 0.5, Syntax.OFF,
            StructuralKeep.NONE);

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
                Double.parseDouble(p.getProperty("threshold", String.valueOf(DEFAULT.threshold())).strip()),
                switch (p.getProperty("syntax", "off").strip()) {
                    case "off" -> Syntax.OFF;
                    case "on" -> Syntax.ON;
                    case "full" -> Syntax.FULL;
                    default -> throw new IllegalArgumentException(FILE + ": syntax must be off, on or full, not "
                            + p.getProperty("syntax"));
                },
                StructuralKeep.of(p));
    }
}
