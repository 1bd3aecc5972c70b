package fr.vigie.ingest;

import fr.vigie.Source;
import fr.vigie.model.Document;
import fr.vigie.model.DocumentDate;
import fr.vigie.model.ErrorCode;
import fr.vigie.model.ProcessingException;
import fr.vigie.model.Warning;
import fr.vigie.model.WarningCode;
import fr.vigie.pipeline.ModelStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * From the bytes of one input to a {@link Document}: Tika reading, text cleaning,
 * publication date (metadata, then a dated header line, then the caller's date) and
 * language. Thread-safe.
 */
public final class Ingester {

    private final TikaReader reader;
    private final TextCleaner cleaner;
    private final LanguageIdentifier languages;

    private Ingester(TikaReader reader, TextCleaner cleaner, LanguageIdentifier languages) {
        this.reader = reader;
        this.cleaner = cleaner;
        this.languages = languages;
    }

    public static Ingester load(ModelStore models, int maxChars) {
        return new Ingester(TikaReader.load(models, maxChars), TextCleaner.load(models), LanguageIdentifier.load());
    }

    /** The id of an input: the SHA-256 of its bytes, in hexadecimal. */
    public static String id(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Document ingest(byte[] bytes, Source source) throws ProcessingException {
        RawDocument raw = reader.read(bytes, source.name(), source.mediaTypeHint());
        String text = cleaner.clean(raw.text());
        if (text.isBlank()) {
            throw new ProcessingException(ErrorCode.NO_TEXT, "the " + raw.mediaType()
                    + " document contains no text (a scanned image, or an empty page?)");
        }
        DocumentDate date = raw.metadataDate();
        if (!date.isKnown()) {
            Optional<String> header = HeaderDate.find(text);
            if (header.isPresent()) {
                date = new DocumentDate(header.get(), DocumentDate.Origin.METADATA);
            }
        }
        if (!date.isKnown()) {
            date = source.optionDate();
        }
        Document doc = new Document(id(bytes), source.name(), raw.mediaType(), raw.title(), text, "fr", date);
        raw.warnings().forEach(doc::addWarning);
        LanguageIdentifier.Identification language = languages.identifyWithCertainty(text);
        if (!language.certain()) {
            // too short to tell: no language is asserted, and the record says why
            doc.setLanguage(null);
            doc.addWarning(Warning.of(WarningCode.LANGUAGE_UNCERTAIN, String.format(java.util.Locale.ROOT,
                    "the text has %d letters, too few for the language identifier (%d or more): its best guess is "
                    + "'%s' (probability %.2f); document.language is left null, and extraction ran with French rules",
                    language.letters(), LanguageIdentifier.MIN_LETTERS, language.language(), language.probability())));
        } else {
            doc.setLanguage(language.language());
            if (!language.language().equals("fr")) {
                doc.addWarning(Warning.of(WarningCode.LANGUAGE_NOT_FRENCH, "the text looks written in '"
                        + language.language() + "', not French: extraction ran but its rules and models are French"));
            }
        }
        return doc;
    }

    /** A text given directly by the caller, encoded as UTF-8 for its id. */
    public Document ingestText(String text, Source source) throws ProcessingException {
        return ingest(text.getBytes(StandardCharsets.UTF_8), source.mediaTypeHint() == null
                ? source.withMediaType("text/plain; charset=UTF-8") : source);
    }
}
