package fr.vigie.ingest;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Identifies the language of a text with Apache OpenNLP's language detector (the
 * {@code opennlp-models-langdetect} model, 103 languages). A text too short to judge
 * (under {@link #MIN_LETTERS} letters) is said to be uncertain, with the model's guess.
 * Thread-safe: the shared model is only read.
 */
public final class LanguageIdentifier {

    /** Below this many letters a guess is not worth a warning. */
    static final int MIN_LETTERS = 120;
    private static final int SAMPLE_CHARS = 4000;
    /**
     * The first characters judged alone: when the model is that sure of them, the rest of the
     * sample is not read (on press articles, the same language as the whole sample every time
     * it was measured); otherwise the whole sample decides.
     */
    static final int FIRST_CHARS = 1000;
    static final double SURE = 0.99;

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

    /**
     * The language of a text, and whether the identifier can be trusted with it: below
     * {@link #MIN_LETTERS} letters it cannot.
     *
     * @param language   the ISO 639-1 code ("fr", "de", …) of the most probable language
     * @param letters    the letters of the sample judged
     * @param probability the identifier's probability of {@code language}
     * @param certain    false when the text is too short for the guess to be relied on
     */
    public record Identification(String language, long letters, double probability, boolean certain) { }

    /** The language of {@code text}, with how far to trust it. */
    public Identification identifyWithCertainty(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        long letters = sample.chars().filter(Character::isLetter).count();
        if (letters >= MIN_LETTERS) {
            return new Identification(identify(text), letters, Double.NaN, true);
        }
        if (letters == 0) {
            return new Identification("fr", 0, 0, false);
        }
        double[] p = probabilities(sample);
        int b = argMax(p);
        String best = model.getMaxentModel().getOutcome(b);
        String iso = ISO3_TO_ISO1.getOrDefault(best, best);
        // on so few letters the model's probabilities are flat (0.06 for French on a French
        // sentence of 80 letters): its guess is reported, never relied on
        return new Identification(iso, letters, p[b], false);
    }

    /** The ISO 639-1 code of the text's language ("fr", "en", …); French for a text too short to judge. */
    public String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        long letters = sample.chars().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return "fr";
        }
        String best = null;
        if (sample.length() > FIRST_CHARS) {
            double[] p = probabilities(sample.substring(0, FIRST_CHARS));
            int b = argMax(p);
            if (p[b] >= SURE) {
                best = model.getMaxentModel().getOutcome(b);
            }
        }
        if (best == null) {
            best = predictLanguage(sample);
        }
        return ISO3_TO_ISO1.getOrDefault(best, best);
    }

    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    private static final int MIN_NGRAM = 1;
    private static final int MAX_NGRAM = 3;

    /**
     * The language code of {@link LanguageDetectorME#predictLanguage}, computed its way: the
     * same normaliser, the character 1- to 3-grams of the lower-cased text counted once
     * each, passed to the model in the same order (the order of the same hash maps filled in
     * the same order), so the same probabilities to the last bit. Only each n-gram is looked
     * up once, where OpenNLP's n-gram model looks it up three times: a third of the time.
     */
    String predictLanguage(CharSequence sample) {
        return model.getMaxentModel().getOutcome(argMax(probabilities(sample)));
    }

    private static int argMax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i; // the first of the most probable, as the stable sort of LanguageDetectorME
            }
        }
        return best;
    }

    /** The probability of each of the model's languages, in the model's order of outcomes. */
    double[] probabilities(CharSequence sample) {
        char[] lower = StringUtil.toLowerCaseCharBuffer(NORMALIZER.normalize(sample)).toString().toCharArray();
        // as NGramCharModel.add(text, 1, 3): every n-gram, in text order, kept once
        Map<Gram, Boolean> ngrams = new HashMap<>();
        for (int n = MIN_NGRAM; n <= MAX_NGRAM; n++) {
            for (int i = 0; i + n - 1 < lower.length; i++) {
                ngrams.putIfAbsent(Gram.of(lower, i, n), Boolean.TRUE);
            }
        }
        // as LanguageDetectorME.arrayToCounts: the n-grams, in that model's order, into a second map
        Map<Gram, Boolean> counts = new HashMap<>();
        for (Gram g : ngrams.keySet()) {
            counts.put(g, Boolean.TRUE);
        }
        String[] context = new String[counts.size()];
        float[] values = new float[counts.size()];
        int k = 0;
        for (Gram g : counts.keySet()) {
            context[k] = g.text();
            values[k++] = 1f;
        }
        return model.getMaxentModel().eval(context, values);
    }

    /**
     * An n-gram with the hash code of a {@link CharBuffer} of the same characters, and equal
     * to another of the same characters: hash maps of these are laid out, and iterated, as
     * OpenNLP's maps of CharBuffers (not {@link Comparable} either, as CharBuffer's concrete
     * classes are not for a hash map), without a buffer per n-gram.
     */
    private record Gram(String text, int hash) {

        static Gram of(char[] chars, int from, int n) {
            int h = 1;
            for (int i = from + n - 1; i >= from; i--) {
                h = 31 * h + chars[i];
            }
            return new Gram(new String(chars, from, n), h);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Gram g && g.hash == hash && g.text.equals(text);
        }
    }

    /** OpenNLP's own detector over the same model, for comparison: its languages, most probable first. */
    opennlp.tools.langdetect.Language[] predictLanguagesWithOpenNlp(CharSequence sample) {
        return new LanguageDetectorME(model).predictLanguages(sample);
    }

    /** The name of outcome {@code i} of the model. */
    String outcome(int i) {
        return model.getMaxentModel().getOutcome(i);
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
