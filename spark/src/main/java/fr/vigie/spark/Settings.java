package fr.vigie.spark;

import fr.vigie.Vigie;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * What every executor needs to know to process documents the way the command line does:
 * the models and limits of its {@link Vigie}, the time limit of one document, whether the
 * cleaned text goes into the JSON, and the fallback publication date. Sent to the
 * executors with each task (a few bytes).
 *
 * @param modelsDirectory a folder laid out like {@code models/}, present on every executor,
 *                        or null for the models packaged in the Vigie jar
 * @param timeoutMillis   the time limit of one document, 0 for none
 * @param date            the publication date of inputs that give none (YYYY[-MM[-DD]]), or null
 */
public record Settings(String modelsDirectory, boolean fullNlp, long maxBytes, int maxChars,
                       long timeoutMillis, boolean includeText, String date) implements Serializable {

    public static Settings defaults() {
        return new Settings(null, false, Vigie.DEFAULT_MAX_BYTES, Vigie.DEFAULT_MAX_CHARS, 300_000, false, null);
    }

    /** The part of the settings that decides which Vigie is loaded. */
    ModelKey modelKey() {
        return new ModelKey(modelsDirectory, fullNlp, maxBytes, maxChars);
    }

    Vigie load() {
        Vigie.Builder b = Vigie.builder().fullNlp(fullNlp).maxBytes(maxBytes).maxChars(maxChars);
        if (modelsDirectory != null) {
            b.modelsDirectory(Path.of(modelsDirectory));
        }
        return b.build();
    }

    record ModelKey(String modelsDirectory, boolean fullNlp, long maxBytes, int maxChars) { }
}
