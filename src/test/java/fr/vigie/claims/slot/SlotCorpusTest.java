package fr.vigie.claims.slot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each claim slot on its own test set of sentences written for it ({@code claims/slots/*.tsv}):
 * legal status, modality, time scope. A case counts when Vigie gives the claim of its actor
 * and tool and the slot has the expected value; the figure of a set is the share of its cases
 * that count, and the test fails when it drops below the one recorded in
 * {@code claims/slots/figures.json}. The cases missed are printed.
 */
class SlotCorpusTest {

    private record Case(String text, String actor, String tool, String expected) { }

    private static List<Case> read(String file) throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SlotCorpusTest.class.getResourceAsStream("/claims/slots/" + file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 4) throw new IllegalStateException(file + ": expected 4 columns: " + line);
                out.add(new Case(f[0].replace("¶", "\n\n"), f[1], f[2], f[3]));
            }
        }
        return out;
    }

    private static boolean has(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static Function<Claim, String> slot(String file) {
        return switch (file) {
            case "legal-status.tsv" -> c -> c.legal().status().name();
            case "modality.tsv" -> c -> c.modality().name();
            case "time-scope.tsv" -> c -> c.time() == null || c.time().interval() == null || c.time().interval().begin() == null
                    ? "-" : c.time().interval().begin().substring(0, 4);
            default -> throw new IllegalArgumentException(file);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"legal-status.tsv", "modality.tsv", "time-scope.tsv"})
    void eachSlotHoldsOnItsOwnSentences(String file) throws IOException {
        Function<Claim, String> value = slot(file);
        int right = 0;
        List<Case> cases = read(file);
        List<String> missed = new ArrayList<>();
        for (Case k : cases) {
            var r = SharedVigie.get().process(k.text(), new Source("slot.txt", null, null));
            assertTrue(r.isOk());
            List<String> got = new ArrayList<>();
            boolean ok = false;
            for (Claim c : r.document().claims()) {
                if (!(has(c.actor().canonical(), k.actor()) || has(c.actor().text(), k.actor()))) continue;
                if (!(has(c.tool().canonical(), k.tool()) || has(c.tool().text(), k.tool()))) continue;
                got.add(value.apply(c));
                ok |= value.apply(c).equals(k.expected());
            }
            if (ok) right++;
            else missed.add(k.expected() + " got " + (got.isEmpty() ? "no claim" : got) + ": " + k.text().replace("\n\n", " ¶ "));
        }
        double figure = Math.round(1000.0 * right / cases.size()) / 1000.0;
        System.out.println(file + ": " + right + "/" + cases.size() + " = " + figure);
        missed.forEach(m -> System.out.println("  missed " + m));
        JsonNode recorded = new ObjectMapper().readTree(SlotCorpusTest.class.getResourceAsStream("/claims/slots/figures.json"));
        double floor = recorded.path(file).asDouble(1.0);
        assertTrue(figure >= floor, file + ": " + figure + " is below the recorded " + floor + "; missed: " + missed);
    }
}
