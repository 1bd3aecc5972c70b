package fr.vigie.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeMlEvaluatorTest {

    /** A gold document written for this test, in the French TimeBank's form (EVENT and SIGNAL tags inline). */
    private static final String GOLD = """
            <?xml version='1.0' encoding='UTF-8'?>
            <TimeML>
            <DOCID>test</DOCID>
            <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="1999-05-25" /></DCT>
            <TEXT>
            La fête aura lieu <TIMEX3 tid="t2" type="DATE" value="1999-05-30">dimanche</TIMEX3>. \
            <TIMEX3 tid="t3" type="TIME" value="1999-05-30TEV">Dimanche soir</TIMEX3>, à partir de \
            <TIMEX3 tid="t4" type="TIME" value="1999-05-30T22:00">22 h</TIMEX3>, le comité \
            <EVENT class="OCCURRENCE" eid="e1" eiid="ei1" pos="VERB" pred="OFFRIR">offrira</EVENT> un bal \
            <SIGNAL sid="s1">depuis</SIGNAL> <TIMEX3 tid="t5" type="DURATION" value="P20Y">vingt ans</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    /** Vigie's answer, with its own spacing: one extent right, one longer, one value wrong, one missed, one spurious. */
    private static final String SYSTEM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1999-05-25" functionInDocument="CREATION_TIME">1999-05-25</TIMEX3></DCT>
            <TEXT>La fête aura lieu <TIMEX3 tid="t1" type="DATE" value="1999-05-30">dimanche</TIMEX3>.
            <TIMEX3 tid="t2" type="DATE" value="1999-05-30">Dimanche soir, à</TIMEX3> partir de 22 h, le comité offrira \
            un <TIMEX3 tid="t3" type="DATE" value="XXXX">bal</TIMEX3> depuis \
            <TIMEX3 tid="t4" type="DURATION" value="P20Y">vingt ans</TIMEX3>.</TEXT>
            </TimeML>
            """;

    @Test
    void readsTheTextTheTimexesAndTheCreationTime() throws IOException {
        TimeMlEvaluator.TimeMlDocument g = TimeMlEvaluator.read(GOLD);
        assertEquals("1999-05-25", g.creationTime());
        assertEquals(4, g.timexes().size(), "the DCT's TIMEX3 is not one of the text's");
        assertEquals(List.of("dimanche", "Dimanche soir", "22 h", "vingt ans"),
                g.timexes().stream().map(TimeMlEvaluator.Timex::text).toList());
        for (TimeMlEvaluator.Timex t : g.timexes()) {
            assertEquals(t.text(), g.text().substring(t.start(), t.end()));
        }
        assertTrue(g.text().contains("offrira un bal depuis"), "EVENT and SIGNAL tags are left out, their text kept");
    }

    @Test
    void scoresAsTempEvalThree() throws IOException {
        List<String> details = new ArrayList<>();
        TimeMlEvaluator.Tally t = TimeMlEvaluator.score(TimeMlEvaluator.read(GOLD), TimeMlEvaluator.read(SYSTEM), details);
        Map<String, Double> f = t.figures();
        assertEquals(4, f.get("gold"));
        assertEquals(4, f.get("system"));
        // strict: "dimanche" and "vingt ans"; relaxed adds "Dimanche soir, à" over "Dimanche soir"
        assertEquals(0.5, f.get("strict_precision"), 1e-9);
        assertEquals(0.5, f.get("strict_recall"), 1e-9);
        assertEquals(0.75, f.get("relaxed_precision"), 1e-9);
        assertEquals(0.75, f.get("relaxed_recall"), 1e-9);
        assertEquals(0.75, f.get("relaxed_f1"), 1e-9);
        // values right on 2 of the 3 relaxed matches ("Dimanche soir" is TEV in the gold)
        assertEquals(2.0 / 3, f.get("value_accuracy"), 1e-9);
        assertEquals(0.5, f.get("value_f1"), 1e-9);
        assertEquals(2.0 / 3, f.get("type_accuracy"), 1e-9);
        assertTrue(details.stream().anyMatch(d -> d.contains("missed") && d.contains("22 h")), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.contains("spurious") && d.contains("bal")), details.toString());
        assertEquals(0, t.textMismatches);
    }

    @Test
    void aTextThatDiffersBeyondSpacesIsReported() throws IOException {
        List<String> details = new ArrayList<>();
        TimeMlEvaluator.Tally t = TimeMlEvaluator.score(TimeMlEvaluator.read(GOLD),
                TimeMlEvaluator.read(SYSTEM.replace("comité", "comite")), details);
        assertEquals(1, t.textMismatches);
    }

    @Test
    void aFileWithoutCreationTimeOrThatIsNotXmlIsHandled() throws IOException {
        assertNull(TimeMlEvaluator.read("<TimeML><TEXT>rien</TEXT></TimeML>").creationTime());
        assertThrows(IOException.class, () -> TimeMlEvaluator.read("<TimeML><TEXT>rien</TimeML>"));
        // no DTD or external entity is fetched
        TimeMlEvaluator.TimeMlDocument d = TimeMlEvaluator.read("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE TimeML SYSTEM \"http://localhost:1/nothing.dtd\">\n<TimeML><TEXT>le 3 mars</TEXT></TimeML>");
        assertEquals("le 3 mars", d.text());
    }
}
