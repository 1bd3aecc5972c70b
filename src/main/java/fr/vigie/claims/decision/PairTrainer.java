package fr.vigie.claims.decision;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.claims.relation.PairCandidate;
import fr.vigie.eval.NameNormaliser;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Trains the pair decision from annotated documents: each actor–tool candidate of a document
 * is a positive event when a claim of its gold file names that actor and that tool (the name
 * matching of SPEC §5), a negative one otherwise; OpenNLP's GIS maxent trainer, on one thread
 * and with the settings of {@link TrainingSettings}, so that the same documents give the same
 * model file byte for byte.
 */
public final class PairTrainer {

    private PairTrainer() {
    }

    /** One document's candidates and its gold answer. */
    public record Labelled(List<PairCandidate> candidates, JsonNode gold) { }

    /** The events of a document: candidates with their outcome. */
    public static List<Event> events(Labelled doc) {
        List<Event> out = new ArrayList<>();
        for (PairCandidate c : doc.candidates()) {
            String outcome = positive(c, doc.gold()) ? PairModel.YES : "no";
            out.add(new Event(outcome, c.features().toArray(String[]::new)));
        }
        return out;
    }

    /** Whether a gold claim names this actor and this tool. */
    public static boolean positive(PairCandidate c, JsonNode gold) {
        List<String> actor = List.of(c.actor().text(), c.actor().canonical());
        List<String> tool = new ArrayList<>(List.of(c.tool().text(), c.tool().canonical()));
        if (c.tool().vendor() != null) tool.add(c.tool().vendor());
        for (JsonNode g : gold.path("claims")) {
            if (NameNormaliser.aliasMatch(actor, strings(g.path("actor"))) && NameNormaliser.aliasMatch(tool, strings(g.path("tool")))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : n) if (x.isTextual()) out.add(x.asText());
        return out;
    }

    /** A model trained on these documents; null when they hold no positive or no negative pair. */
    public static MaxentModel train(List<Labelled> docs, TrainingSettings settings) {
        List<Event> events = new ArrayList<>();
        boolean yes = false, no = false;
        for (Labelled d : docs) {
            for (Event e : events(d)) {
                events.add(e);
                yes |= e.getOutcome().equals(PairModel.YES);
                no |= !e.getOutcome().equals(PairModel.YES);
            }
        }
        if (!yes || !no) return null;
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        if (settings.algorithm().equals("MAXENT_QN")) {
            params.put("L1Cost", 0.0);
            params.put("L2Cost", settings.l2());
        }
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model as the bytes of {@code claims/pair-model.bin}. */
    public static byte[] bytes(MaxentModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new opennlp.tools.ml.model.GenericModelWriter((AbstractModel) model, out).persist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
