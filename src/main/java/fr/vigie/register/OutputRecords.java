package fr.vigie.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the Vigie output records under files and folders: a {@code .json} file is one
 * record, a {@code .jsonl} (or {@code .ndjson}) file one record per non-blank line;
 * folders are read recursively, in name order, symbolic links not followed. Files that
 * cannot be read or parsed are handed on as problems, never dropped.
 *
 * <p>Left out on purpose: the temporary files of a running extraction ({@code .vigie-*}),
 * and at the top of a folder given, the names with a single leading {@code _}, which are
 * Vigie's own (the run manifest {@code _run.json}).
 */
final class OutputRecords {

    /** One record read, or a problem with a file or a line. */
    record Item(Path file, int line, JsonNode record, String problem) {

        boolean isProblem() {
            return problem != null;
        }
    }

    interface Visitor {
        void accept(Item item) throws Exception;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OutputRecords() {
    }

    static void read(List<Path> paths, Visitor visitor) throws Exception {
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> s = Files.walk(abs)) {
                    s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                            .filter(f -> isOutputName(abs, f)).sorted().forEach(files::add);
                }
                for (Path f : files) {
                    readFile(f, visitor);
                }
            } else if (Files.isSymbolicLink(abs) && Files.isDirectory(abs)) {
                visitor.accept(new Item(abs, 0, null, "a symbolic link to a folder: not followed"));
            } else if (!Files.exists(abs)) {
                visitor.accept(new Item(abs, 0, null, "no such file or folder"));
            } else {
                readFile(abs, visitor);
            }
        }
    }

    private static boolean isOutputName(Path root, Path f) {
        String name = f.getFileName().toString();
        if (name.startsWith(".vigie-") || name.startsWith(".") && name.contains(".vigie-")) {
            return false;
        }
        if (f.getParent().equals(root) && name.startsWith("_") && !name.startsWith("__")) {
            return false;
        }
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static void readFile(Path f, Visitor visitor) throws Exception {
        String name = f.getFileName().toString();
        boolean lines = name.endsWith(".jsonl") || name.endsWith(".ndjson");
        if (!lines && !name.endsWith(".json")) {
            visitor.accept(new Item(f, 0, null, "not a Vigie output: expected a .json or .jsonl file"));
            return;
        }
        if (lines) {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            int n = 0;
            try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(f), decoder))) {
                String line;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (!line.isBlank()) {
                        visitor.accept(parse(f, n, line.getBytes(StandardCharsets.UTF_8)));
                    }
                }
            } catch (CharacterCodingException e) {
                visitor.accept(new Item(f, n + 1, null, "not UTF-8 text"));
            } catch (IOException e) {
                visitor.accept(new Item(f, n + 1, null, "unreadable: " + e.getMessage()));
            }
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            visitor.accept(new Item(f, 0, null, "unreadable: " + e.getMessage()));
            return;
        }
        visitor.accept(parse(f, 0, bytes));
    }

    private static Item parse(Path f, int line, byte[] bytes) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                return new Item(f, line, null, "not a JSON object");
            }
            return new Item(f, line, node, null);
        } catch (JsonProcessingException e) {
            return new Item(f, line, null, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new Item(f, line, null, "unreadable: " + e.getMessage());
        }
    }
}
