package fr.vigie.batch;

import fr.vigie.output.JsonOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run manifest: what a batch run did, as JSON, written atomically. With an output
 * folder it is {@code DIR/_run.json} ({@link OutputFolder#MANIFEST}), a name no input's
 * output can take (see {@link OutputPaths}).
 */
public final class RunManifest {

    public static final String VERSION = "1.0";

    private RunManifest() {
    }

    /** The manifest as a map: {@code context} (command, times, options) first, then the report. */
    public static Map<String, Object> tree(RunReport r, Map<String, Object> context) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("manifestVersion", VERSION);
        m.put("status", r.complete() ? "complete" : "stopped");
        m.put("failure", r.failure());
        m.putAll(context);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("seen", r.seen());
        inputs.put("processed", r.processed());
        inputs.put("skipped", r.skipped());
        inputs.put("undone", r.undone());
        m.put("inputs", inputs);
        m.put("ok", r.ok());
        m.put("errors", r.errors());
        m.put("errorsByCode", r.errorsByName());
        m.put("claims", r.claims());
        m.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        m.put("filesPerSecond", Math.round(r.throughput() * 1000) / 1000.0);
        m.put("threads", r.threads());
        m.put("timeoutSeconds", r.timeoutSeconds());
        m.put("peakHeapBytes", r.peakHeapBytes());
        m.put("peakRssBytes", r.peakRssBytes());
        m.put("abandonedWorkers", r.abandonedWorkers());
        m.put("stuckWorkers", r.stuckWorkers());
        return m;
    }

    /** Writes the manifest to {@code file} atomically (temporary file beside it, then rename). */
    public static void write(Path file, RunReport r, Map<String, Object> context) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(OutputFolder.temporaryName(".vigie-", ".tmp"));
        try {
            try (OutputStream o = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValue(o, tree(r, context));
                o.write('\n');
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
