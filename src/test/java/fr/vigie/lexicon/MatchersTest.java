package fr.vigie.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchersTest {

    @Test
    void wordsFoldAccentsCaseAndApostrophes() {
        List<Word> w = Words.of("L’Intérieur d'Œuvre");
        assertEquals(List.of("l", "'", "interieur", "d", "'", "oeuvre"), w.stream().map(Word::norm).toList());
        assertEquals(2, w.get(2).start());
        assertEquals(11, w.get(2).end());
        assertTrue(w.get(2).capitalized());
    }

    @Test
    void longestMatchWinsAndCapitalsCount() {
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder(true);
        b.add("police", "P");
        b.add("police municipale", "PM");
        b.add("Nice", "N");
        PhraseMatcher<String> m = b.build();
        var found = m.find(Words.of("Les polices municipales de Nice et la police."));
        assertEquals(List.of("PM", "N", "P"), found.stream().map(PhraseMatcher.Match::value).toList());
        assertTrue(m.find(Words.of("une nice idée")).isEmpty());
    }

    @Test
    void exactAliasesIgnorePluralFolding() {
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder(true);
        b.add("=communes", "C");
        PhraseMatcher<String> m = b.build();
        assertEquals(1, m.find(Words.of("des communes")).size());
        assertTrue(m.find(Words.of("la commune")).isEmpty());
    }

    @Test
    void conflictsAreReported() {
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder(false);
        assertTrue(b.add("Vidéo Synopsis", "A"));
        assertFalse(b.add("Video Synopsis", "B"));
        assertEquals(1, b.conflicts().size());
    }

    @Test
    void cuePatternsWithGapsPrefixesAndInflections() {
        CuePattern p = CuePattern.compile("sans ...6 déclar* ...3 cnil");
        List<Word> w = Words.of("sans même que son usage soit déclaré à la CNIL");
        assertEquals(w.size(), p.matchAt(w, 0, w.size()));
        CuePattern stop = CuePattern.compile("pas ... légal");
        List<Word> cut = Words.of("pas. Il est légal");
        assertEquals(-1, stop.matchAt(cut, 0, cut.size()));
        CuePattern verb = CuePattern.compile("utilis{ER}", Map.of("ER", List.of("e", "é", "aient")));
        List<Word> u = Words.of("utilisaient");
        assertEquals(1, verb.matchAt(u, 0, 1));
        List<Word> n = Words.of("utilisateurs");
        assertEquals(-1, verb.matchAt(n, 0, 1));
    }

    @Test
    void aFormWrittenWithEqualsKeepsItsAccents() {
        CuePattern participle = CuePattern.compile("=analysé|=analysées par");
        List<Word> passive = Words.of("Les images sont ANALYSÉES par le logiciel");
        assertEquals(5, participle.matchAt(passive, 3, passive.size()), "case is still ignored");
        List<Word> noun = Words.of("l'analyse des images");
        assertEquals(-1, participle.matchAt(noun, 2, noun.size()), "the noun has no accent on its last e");
        List<Word> participleAlone = Words.of("un flux analysé en continu");
        assertEquals(3, participle.matchAt(participleAlone, 2, participleAlone.size()));
        CueSet<String> set = new CueSet<>(List.of(new CuePattern.Entry<>(participle, "USE")));
        assertEquals(1, set.findAll(participleAlone, 0, participleAlone.size()).size(), "indexed under the folded word");
        assertEquals(0, set.findAll(noun, 0, noun.size()).size());
    }

    @Test
    void aPositionWithAlternativesHoldsSingleWords() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CuePattern.compile("(veut|a décidé de) autoriser"));
        assertTrue(e.getMessage().contains("single words"), e.getMessage());
        CuePattern plan = CuePattern.compile("(envisage|prévoit) (de|d') autoriser ...4 (à|de)|a décidé (de|d') autoriser ...4 (à|de)");
        List<Word> w = Words.of("Le préfet a décidé d'autoriser la police nationale à utiliser des drones");
        assertEquals(11, plan.matchAt(w, 2, w.size()), "up to the \"à\" before the usage verb");
    }
}
