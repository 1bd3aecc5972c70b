package fr.vigie.ingest;

import opennlp.tools.langdetect.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Vigie's way of running OpenNLP's language detector gives OpenNLP's probabilities, to the last bit. */
class LanguageIdentifierTest {

    private static final LanguageIdentifier ID = LanguageIdentifier.load();

    private static final List<String> OTHER_LANGUAGES = List.of(
            "The city council voted on Tuesday to extend the use of cameras in the old town, despite the "
                    + "objections raised by several residents during the public meeting held last month.",
            "El ayuntamiento aprobó el martes ampliar el uso de cámaras en el casco antiguo, a pesar de las "
                    + "objeciones de varios vecinos durante la reunión pública del mes pasado.",
            "Der Stadtrat hat am Dienstag beschlossen, die Kameras in der Altstadt auszuweiten, trotz der "
                    + "Einwände mehrerer Anwohner bei der öffentlichen Sitzung im letzten Monat.",
            "Il consiglio comunale ha votato martedì per estendere l'uso delle telecamere nel centro storico, "
                    + "nonostante le obiezioni di diversi residenti durante la riunione pubblica del mese scorso.",
            "Le conseil municipal a voté mardi l'extension des caméras au centre-ville. The mayor said the "
                    + "cameras would stay. 😀 https://example.org/article #vidéo @mairie 2024 ; 12,5 %");

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>(OTHER_LANGUAGES);
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String t = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                out.add(t.length() > 4000 ? t.substring(0, 4000) : t);
                out.add(t.substring(0, Math.min(t.length(), 300)));
            }
        }
        return out;
    }

    @Test
    void aDecisiveOpeningGivesTheLanguageOfTheWholeSample() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (String t : texts()) {
            if (t.length() > LanguageIdentifier.FIRST_CHARS) {
                long_.add(t);
            }
        }
        long_.add(OTHER_LANGUAGES.get(0).repeat(20));
        long_.add(OTHER_LANGUAGES.get(1).repeat(10) + OTHER_LANGUAGES.get(4).repeat(20));
        for (String t : long_) {
            String whole = ID.predictLanguage(t.length() > 4000 ? t.substring(0, 4000) : t);
            assertEquals(iso1(whole), ID.identify(t), "in: " + t.substring(0, 60));
        }
    }

    private static String iso1(String iso3) {
        for (String iso : java.util.Locale.getISOLanguages()) {
            try {
                if (new java.util.Locale(iso).getISO3Language().equals(iso3)) {
                    return iso;
                }
            } catch (java.util.MissingResourceException ignored) {
                // no three-letter code
            }
        }
        return iso3;
    }

    @Test
    void theSameProbabilitiesAsOpenNlp() throws IOException {
        for (String t : texts()) {
            double[] ours = ID.probabilities(t);
            Language[] theirs = ID.predictLanguagesWithOpenNlp(t);
            assertEquals(theirs.length, ours.length);
            for (Language l : theirs) {
                int i = 0;
                while (!ID.outcome(i).equals(l.getLang())) {
                    i++;
                }
                assertEquals(Double.doubleToLongBits(l.getConfidence()), Double.doubleToLongBits(ours[i]),
                        l.getLang() + " in: " + t.substring(0, Math.min(60, t.length())));
            }
            assertEquals(theirs[0].getLang(), ID.predictLanguage(t));
        }
    }

    @Test
    void frenchAndOtherLanguages() {
        assertEquals("en", ID.identify(OTHER_LANGUAGES.get(0)));
        assertEquals("es", ID.identify(OTHER_LANGUAGES.get(1)));
        assertEquals("de", ID.identify(OTHER_LANGUAGES.get(2)));
        assertEquals("it", ID.identify(OTHER_LANGUAGES.get(3)));
        assertEquals("fr", ID.identify("La police municipale de Nîmes utilise depuis 2021 des caméras augmentées, "
                + "selon la préfecture du Gard, qui a confirmé mardi l'information sans donner plus de détails."));
    }
}
