package fr.vigie;

import fr.vigie.bench.BenchCorpus;
import fr.vigie.model.Document;
import fr.vigie.model.Entity;
import fr.vigie.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing is lost by tagging only the candidate sentences: on every article of
 * {@code samples/}, and on articles recombined from their paragraphs, the default (gated)
 * path gives exactly the sentences, temporal expressions, domain entities and claims of
 * the full CoreNLP pipeline ({@code Vigie.builder().fullNlp(true)}), and the tags and
 * statistical entities of every sentence it tags with parts of speech.
 */
class GatedPathTest {

    private static Vigie full;

    @BeforeAll
    static void load() {
        full = Vigie.builder().fullNlp(true).build();
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> !p.getFileName().toString().endsWith(".gold.json"))
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        }
    }

    @Test
    void everySampleGivesTheClaimsAndTimesOfTheFullPipeline() throws IOException {
        List<Path> files = samples();
        assertTrue(files.size() >= 30, "the samples are there: " + files);
        int claims = 0, sentences = 0, tagged = 0;
        for (Path f : files) {
            Result gated = SharedVigie.get().process(f);
            Result slow = full.process(f);
            assertTrue(gated.isOk() && slow.isOk(), f + ": " + gated.error() + " / " + slow.error());
            int[] counts = assertSame(f.toString(), gated.document(), slow.document());
            claims += slow.document().claims().size();
            sentences += counts[0];
            tagged += counts[1];
        }
        assertTrue(claims > 50, "the samples hold claims: " + claims);
        // the gate does leave sentences out, or this test would prove nothing
        assertTrue(tagged < sentences * 0.6, tagged + " of " + sentences + " sentences tagged");
    }

    @Test
    void recombinedArticlesGiveTheClaimsAndTimesOfTheFullPipeline() throws IOException {
        List<String> texts = BenchCorpus.generate(Path.of("samples"), 40, 4000, 7);
        for (int i = 0; i < texts.size(); i++) {
            Source source = new Source("recombined-" + i + ".txt", null, "2024-06-01");
            Result gated = SharedVigie.get().process(texts.get(i), source);
            Result slow = full.process(texts.get(i), source);
            assertSame("recombined article " + i, gated.document(), slow.document());
        }
    }

    /** Asserts the gated document says what the full one says; returns {sentences, sentences tagged}. */
    private static int[] assertSame(String what, Document gated, Document slow) {
        assertEquals(spans(slow), spans(gated), what + ": sentence spans");
        assertEquals(slow.temporalExpressions(), gated.temporalExpressions(), what + ": temporal expressions");
        assertEquals(domain(slow), domain(gated), what + ": domain entities");
        assertEquals(slow.claims(), gated.claims(), what + ": claims");
        assertEquals(slow.warnings(), gated.warnings(), what + ": warnings");
        int tagged = 0;
        for (int k = 0; k < gated.sentences().size(); k++) {
            List<Token> g = gated.tokensOf(gated.sentences().get(k));
            if (g.stream().anyMatch(t -> t.pos() != null)) {
                tagged++;
                List<Token> s = slow.tokensOf(slow.sentences().get(k));
                assertEquals(words(s), words(g), what + ", sentence " + k + ": tokens, tags and entity labels");
            }
        }
        return new int[] {gated.sentences().size(), tagged};
    }

    private static List<String> spans(Document d) {
        return d.sentences().stream().map(s -> s.start() + "-" + s.end()).toList();
    }

    private static List<Entity> domain(Document d) {
        return d.entities().stream().filter(e -> e.origin() == Entity.Origin.GAZETTEER).toList();
    }

    private static List<String> words(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            out.add(t.start() + ":" + t.end() + ":" + t.word() + "/" + t.pos() + "/" + t.ner());
        }
        return out;
    }
}
