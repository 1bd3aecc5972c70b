package fr.vigie.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where Vigie's own knowledge is read from: the project's {@code models/} folder, packaged
 * on the class path, or a folder given by the caller (to add a tool or a town without
 * rebuilding). Paths are relative to {@code models/}, with '/' separators.
 */
public final class ModelStore {

    private final Path directory;

    private ModelStore(Path directory) {
        this.directory = directory;
    }

    /** The models packaged with Vigie. */
    public static ModelStore classpath() {
        return new ModelStore(null);
    }

    /** Models read from a folder laid out like {@code models/}. */
    public static ModelStore directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("models directory not found: " + dir);
        }
        return new ModelStore(dir);
    }

    public String describe() {
        return directory == null ? "classpath:models/" : directory.toString();
    }

    public boolean exists(String relative) {
        if (directory != null) {
            return Files.isRegularFile(directory.resolve(relative));
        }
        return ModelStore.class.getClassLoader().getResource("models/" + relative) != null;
    }

    public InputStream open(String relative) {
        try {
            if (directory != null) {
                return Files.newInputStream(directory.resolve(relative));
            }
            InputStream in = ModelStore.class.getClassLoader().getResourceAsStream("models/" + relative);
            if (in == null) {
                throw new IOException("no such model file: models/" + relative);
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open model file " + relative + " in " + describe(), e);
        }
    }

    /** All lines of a UTF-8 model file, as they are. */
    public List<String> lines(String relative) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(relative), StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + relative, e);
        }
    }

    /**
     * The data lines of a model file: blank lines and comment lines (starting with '#')
     * dropped, trailing whitespace trimmed. Each returned line keeps its 1-based line number
     * for error messages.
     */
    public List<DataLine> dataLines(String relative) {
        List<String> all = lines(relative);
        List<DataLine> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String l = all.get(i).stripTrailing();
            if (i == 0 && l.startsWith("\uFEFF")) {
                l = l.substring(1);
            }
            if (l.isBlank() || l.stripLeading().startsWith("#")) {
                continue;
            }
            out.add(new DataLine(relative, i + 1, l));
        }
        return out;
    }

    /** One data line of a model file, with where it comes from. */
    public record DataLine(String file, int number, String text) {

        /** Tab-separated fields, each trimmed. */
        public String[] fields() {
            String[] f = text.split("\t", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].trim();
            }
            return f;
        }

        public IllegalArgumentException error(String what) {
            return new IllegalArgumentException(file + ":" + number + ": " + what + ": " + text);
        }
    }
}
