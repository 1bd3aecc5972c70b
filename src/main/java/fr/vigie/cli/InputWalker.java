package fr.vigie.cli;

import fr.vigie.batch.BatchInput;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lists the inputs under the paths of a command line: files as they are, folders
 * recursively (symbolic links to folders are not followed, so a link loop cannot trap the
 * walk). Each input carries its name relative to its root, with '/' separators. A folder
 * or file that cannot be listed is an input too: it will become an error record. The
 * output folder or file of the run, when it lies under an input folder, is left out.
 */
final class InputWalker {

    private final List<PathMatcher> excludes;
    private final List<Path> outputs = new ArrayList<>();
    private int excluded;

    InputWalker(List<String> excludeGlobs) {
        this.excludes = new ArrayList<>();
        for (String g : excludeGlobs) {
            excludes.add(Path.of("").getFileSystem().getPathMatcher("glob:" + g));
        }
    }

    /** Leaves out this output folder (with everything under it) or output file. */
    InputWalker skipOutput(Path p) {
        outputs.add(p.toAbsolutePath().normalize());
        return this;
    }

    int excluded() {
        return excluded;
    }

    private boolean isOutput(Path p) {
        Path a = p.toAbsolutePath().normalize();
        for (Path o : outputs) {
            if (a.startsWith(o)) {
                return true;
            }
        }
        return false;
    }

    void walk(Path root, Consumer<BatchInput> sink) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Path name = root.getFileName();
            sink.accept(new BatchInput(root, name == null ? root.toString() : name.toString(), null));
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return isOutput(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = relative(root, file);
                    if (isOutput(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isExcluded(rel)) {
                        excluded++;
                        return FileVisitResult.CONTINUE;
                    }
                    String problem = attrs.isSymbolicLink() && Files.isDirectory(file)
                            ? "a symbolic link to a folder, not followed" : null;
                    sink.accept(new BatchInput(file, rel, problem));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String rel = relative(root, file);
                    if (!isExcluded(rel)) {
                        sink.accept(new BatchInput(file, rel, "cannot be listed or read: " + describe(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            sink.accept(new BatchInput(root, root.toString(), "cannot be listed: " + describe(e)));
        }
    }

    private boolean isExcluded(String rel) {
        Path p = Path.of(rel);
        for (PathMatcher m : excludes) {
            if (m.matches(p) || (p.getFileName() != null && m.matches(p.getFileName()))) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        String rel = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        return rel.isEmpty() ? root.getFileName() == null ? root.toString() : root.getFileName().toString() : rel;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }
}
