package fr.vigie.ingest;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Identifies the language of a text with Apache OpenNLP's language detector (the
 * {@code opennlp-models-langdetect} model, 103 languages). Texts too short to judge are
 * taken as French. Thread-safe: one detector per call over a shared model.
 */
public final class LanguageIdentifier {

    /** Below this many letters a guess is not worth a warning. */
    static final int MIN_LETTERS = 120;
    private static final int SAMPLE_CHARS = 4000;

    private final LanguageDetectorModel model;

    private LanguageIdentifier(LanguageDetectorModel model) {
        this.model = model;
    }

    public static LanguageIdentifier load() {
        try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream("langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model langdetect-183.bin not on the class path");
            }
            return new LanguageIdentifier(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ISO 639-1 code of the text's language ("fr", "en", …). */
    public String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        long letters = sample.chars().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return "fr";
        }
        Language best = new LanguageDetectorME(model).predictLanguage(sample);
        return ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
    }

    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> m = new HashMap<>();
        for (String iso : Locale.getISOLanguages()) {
            try {
                m.put(new Locale(iso).getISO3Language(), iso);
            } catch (MissingResourceException ignored) {
                // no three-letter code for this language
            }
        }
        return Map.copyOf(m);
    }
}
