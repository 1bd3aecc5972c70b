package fr.vigie.batch;

import java.nio.file.Path;

/**
 * Output paths that can never leave the output folder, whatever the input names are, and
 * never take a name Vigie keeps for itself.
 *
 * <p>Each part of a relative name that would climb out or is absolute ("..", ".", "",
 * drive letters, NUL) is replaced by a harmless name. Then, at the top of the output
 * folder only, a name starting with '_' gets one more '_' in front: an input {@code _run}
 * is written to {@code __run.json}. Top-level names that start with a single '_' are
 * therefore never outputs of inputs; Vigie keeps them for its own files
 * ({@value OutputFolder#MANIFEST}).
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /** {@code root/relative}, made safe as described above. */
    public static Path resolve(Path root, String relative) {
        Path p = root;
        boolean top = true;
        for (String part : relative.replace('\\', '/').split("/")) {
            String safe = part.replace('\0', '_').replace(':', '_');
            if (safe.isEmpty() || safe.equals(".")) {
                continue;
            }
            if (safe.equals("..")) {
                safe = "__";
            }
            if (top && safe.startsWith("_")) {
                safe = "_" + safe;
            }
            top = false;
            p = p.resolve(safe);
        }
        Path normal = p.normalize();
        if (!normal.startsWith(root) || normal.equals(root)) {
            throw new IllegalArgumentException("unsafe output name: " + relative);
        }
        return normal;
    }
}
