package fr.vigie.cli;

import java.nio.file.Path;

/** Output paths that can never leave the output folder, whatever the input names are. */
final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * {@code root/relative}, where each part of {@code relative} that would climb out or
     * is absolute ("..", ".", "", drive letters) is replaced by a harmless name.
     */
    static Path resolve(Path root, String relative) {
        Path p = root;
        for (String part : relative.replace('\\', '/').split("/")) {
            String safe = part.replace('\0', '_').replace(':', '_');
            if (safe.isEmpty() || safe.equals(".")) {
                continue;
            }
            if (safe.equals("..")) {
                safe = "__";
            }
            p = p.resolve(safe);
        }
        Path normal = p.normalize();
        if (!normal.startsWith(root) || normal.equals(root)) {
            throw new IllegalArgumentException("unsafe output name: " + relative);
        }
        return normal;
    }
}
