package fr.vigie.cli;

import fr.vigie.Vigie;
import fr.vigie.claims.decision.PairModel;
import fr.vigie.claims.decision.PairTrainer;
import fr.vigie.claims.decision.TrainingSettings;
import fr.vigie.eval.TrainingSet;
import fr.vigie.pipeline.ModelStore;
import opennlp.tools.ml.model.MaxentModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code vigie train}: rebuilds the claim pair model from the gold files of the annotated samples. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Rebuilds the claim pair model from annotated articles.",
        description = "Trains the decision on actor-tool pairs (OpenNLP maxent) from every article of DIR that "
                + "has a NAME.gold.json beside it, with the settings of claims/pair-model.properties, and writes "
                + "the model file. The same articles give the same file, byte for byte.")
public final class TrainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", defaultValue = "samples", description = "Annotated articles (default: samples).")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "models/" + PairModel.MODEL,
            description = "Where to write the model (default: models/" + PairModel.MODEL + ").")
    Path out;

    @Option(names = "--models", paramLabel = "DIR", description = "Read lexicons, rules and settings from this folder.")
    Path models;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + dir);
        }
        PrintWriter o = spec.commandLine().getOut();
        ModelStore store = models == null ? ModelStore.classpath() : ModelStore.directory(models);
        TrainingSettings settings = TrainingSettings.load(store);
        TrainingSet set = TrainingSet.read(Vigie.builder().modelsDirectory(models).build(), dir, null);
        MaxentModel m = set.train(settings, i -> true);
        if (m == null) {
            spec.commandLine().getErr().println("vigie train: the gold files of " + dir + " hold no actor-tool pair to learn from");
            return 1;
        }
        byte[] bytes = PairTrainer.bytes(m);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling("." + out.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        o.printf("trained on %d documents (%s); wrote %s (%d bytes)%n", set.items().size(), dir, out, bytes.length);
        return 0;
    }
}
