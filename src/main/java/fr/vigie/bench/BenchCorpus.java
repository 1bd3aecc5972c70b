package fr.vigie.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** The texts of a benchmark: generated from sample articles, or read from a folder. */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    /**
     * {@code n} articles of about {@code chars} characters each, made of paragraphs of the
     * {@code *.txt} files of {@code samples} drawn with a fixed seed: the same arguments give
     * the same texts. Header lines ("date 2024-03-12") are left out.
     */
    public static List<String> generate(Path samples, int n, int chars, long seed) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(samples)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            for (String p : read(f).split("\\n\\s*\\n")) {
                String t = p.strip();
                if (t.length() >= 40 && !t.matches("(?s)^date \\d{4}.*")) {
                    paragraphs.add(t);
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IOException("no paragraphs in the .txt files of " + samples);
        }
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            while (b.length() < chars) {
                if (b.length() > 0) {
                    b.append("\n\n");
                }
                b.append(paragraphs.get(random.nextInt(paragraphs.size())));
            }
            out.add(b.toString());
        }
        return out;
    }

    /** Up to {@code n} files of a folder (recursively, in name order), as text. */
    public static List<String> read(Path dir, int n) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().limit(n).toList();
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f));
        }
        return out;
    }

    /** UTF-8, or windows-1252 when the bytes are not UTF-8. */
    static String read(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
