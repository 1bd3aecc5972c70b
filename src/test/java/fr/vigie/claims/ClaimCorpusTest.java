package fr.vigie.claims;

import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import fr.vigie.testing.TestDocuments;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static fr.vigie.claims.ClaimTestSupport.claims;
import static fr.vigie.claims.ClaimTestSupport.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sentences of claims/positive.tsv give exactly their claims; those of claims/negative.tsv give none. */
class ClaimCorpusTest {

    private static List<String[]> lines(String resource) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ClaimCorpusTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Document document(String text) {
        return TestDocuments.of(text.replace("¶", "\n\n"));
    }

    @TestFactory
    Stream<DynamicTest> positive() {
        return lines("/claims/positive.tsv").stream().map(f -> DynamicTest.dynamicTest(f[0], () -> {
            List<Claim> cs = claims(document(f[0]));
            Set<String> expected = new TreeSet<>();
            for (String pair : f[1].split(" ; ")) expected.add(pair.trim());
            Set<String> got = new TreeSet<>();
            for (Claim c : cs) got.add(c.actor().canonical() + "|" + c.tool().canonical());
            assertEquals(expected, got, describe(cs));
            if (!f[2].equals("-")) {
                for (Claim c : cs) assertEquals(f[2], c.modality().name(), describe(cs));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> negative() {
        return lines("/claims/negative.tsv").stream().map(f -> DynamicTest.dynamicTest(f[0], () -> {
            List<Claim> cs = claims(document(f[0]));
            assertTrue(cs.isEmpty(), describe(cs));
        }));
    }
}
