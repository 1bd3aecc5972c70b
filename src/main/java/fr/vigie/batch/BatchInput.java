package fr.vigie.batch;

import java.nio.file.Path;

/**
 * One input of a batch: the file, its name relative to its root (with '/' separators; it
 * becomes {@code document.source} and names the output), and, when already known, why it
 * cannot be read (a folder that cannot be listed, a link to a folder): such an input
 * becomes an {@code UNREADABLE} error record without being opened.
 */
public record BatchInput(Path file, String name, String problem) {

    public static BatchInput of(Path file, String name) {
        return new BatchInput(file, name, null);
    }
}
