package fr.vigie.batch;

import java.nio.file.Path;

/**
 * One input of a batch: the file (its path as given: the root as the caller wrote it, then
 * the path inside it; null for standard input), its name relative to its root (with '/'
 * separators; it names the output), and, when already known, why it cannot be read (a
 * folder that cannot be listed, a link to a folder): such an input becomes an
 * {@code UNREADABLE} error record without being opened.
 */
public record BatchInput(Path file, String name, String problem) {

    public static BatchInput of(Path file, String name) {
        return new BatchInput(file, name, null);
    }

    /**
     * What its record calls it ({@code document.source}): the path as given, so that two
     * inputs with the same relative name under two roots are told apart; the name when
     * there is no file (standard input: {@code stdin}).
     */
    public String source() {
        return file == null ? name : file.toString();
    }
}
