package fr.vigie.ingest;

import fr.vigie.model.DocumentDate;
import fr.vigie.model.ErrorCode;
import fr.vigie.model.ProcessingException;
import fr.vigie.model.Warning;
import fr.vigie.model.WarningCode;
import fr.vigie.pipeline.ModelStore;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.DublinCore;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads any supported file with Apache Tika's AutoDetectParser: detects the media type
 * from the bytes and the name, decodes the charset of plain text (a Windows-1252 French
 * file comes out with its accents), extracts the text (HTML through
 * {@link HtmlArticleHandler}, without site furniture), the title and the publication date
 * from metadata. Failures become {@link ProcessingException}s with an {@link ErrorCode}.
 * Thread-safe.
 */
public final class TikaReader {

    /** Metadata keys that carry a publication date, most specific first. */
    private static final List<String> DATE_KEYS = List.of(
            "article:published_time", "og:article:published_time", "datePublished", "date",
            "DC.date", "dc.date", "DC.date.issued", "dcterms.created", "pubdate", "publishdate",
            "sailthru.date", "parsely-pub-date");

    private final AutoDetectParser parser;
    private final Detector detector;
    private final HtmlBoilerplate htmlBoilerplate;
    private final SupportedTypes supportedTypes;
    private final int maxChars;

    private TikaReader(AutoDetectParser parser, HtmlBoilerplate htmlBoilerplate, SupportedTypes supportedTypes,
                       int maxChars) {
        this.parser = parser;
        this.detector = parser.getDetector();
        // the type is detected before parsing (to refuse unsupported formats); the parser
        // takes that answer instead of reading the magic bytes a second time
        parser.setDetector(new AlreadyDetected(detector));
        this.htmlBoilerplate = htmlBoilerplate;
        this.supportedTypes = supportedTypes;
        this.maxChars = maxChars;
    }

    /** @param maxChars the most characters of text kept from one document */
    public static TikaReader load(ModelStore models, int maxChars) {
        AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        parser.setAutoDetectParserConfig(limits());
        return new TikaReader(parser, HtmlBoilerplate.load(models), SupportedTypes.load(models), maxChars);
    }

    /**
     * Tika's limits against hostile files, set here rather than left to defaults: once a
     * document has given {@value #OUTPUT_THRESHOLD} characters, more than
     * {@value #MAX_COMPRESSION_RATIO} characters of text per byte of input is taken for a
     * zip bomb; XML/HTML elements nested deeper than {@value #MAX_ELEMENT_DEPTH} levels, or
     * containers nested deeper than {@value #MAX_PACKAGE_DEPTH}, stop the parse. Either
     * becomes a PARSE_ERROR record. Nothing is spooled to disk: the bytes are in memory
     * already, under the input size limit.
     */
    static AutoDetectParserConfig limits() {
        return new AutoDetectParserConfig(-1L, OUTPUT_THRESHOLD, MAX_COMPRESSION_RATIO, MAX_ELEMENT_DEPTH,
                MAX_PACKAGE_DEPTH);
    }

    static final long OUTPUT_THRESHOLD = 1_000_000L;
    static final long MAX_COMPRESSION_RATIO = 100L;
    static final int MAX_ELEMENT_DEPTH = 300;
    static final int MAX_PACKAGE_DEPTH = 2;

    /**
     * Embedded documents (attachments of a PDF, objects in a DOCX, files in a container)
     * are not part of an article: they are neither parsed nor read. Tika's AutoDetectParser
     * parses them by default (it puts itself in the context when none is given); this
     * extractor, put in the context of every parse, declines them.
     */
    private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(java.io.InputStream stream, ContentHandler handler, Metadata metadata,
                                  boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    };

    /**
     * PDFs are read for their text layer only: Vigie has no OCR engine, and Tika's automatic
     * OCR strategy, with none installed, failed on every page without text (a scan) instead
     * of giving no text.
     */
    private static final org.apache.tika.parser.pdf.PDFParserConfig NO_OCR = noOcr();

    private static org.apache.tika.parser.pdf.PDFParserConfig noOcr() {
        org.apache.tika.parser.pdf.PDFParserConfig c = new org.apache.tika.parser.pdf.PDFParserConfig();
        c.setOcrStrategy(org.apache.tika.parser.pdf.PDFParserConfig.OCR_STRATEGY.NO_OCR);
        return c;
    }

    public RawDocument read(byte[] bytes, String name, String mediaTypeHint) throws ProcessingException {
        if (bytes.length == 0) {
            throw new ProcessingException(ErrorCode.EMPTY_FILE, "the file is empty (0 bytes)");
        }
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        if (mediaTypeHint != null) {
            metadata.set(Metadata.CONTENT_TYPE, mediaTypeHint);
        }
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            type = detector.detect(in, metadata);
        } catch (IOException e) {
            throw new ProcessingException(ErrorCode.UNREADABLE, "cannot detect the format: " + e.getMessage(), e);
        }
        if (type.getBaseType().toString().equals("message/news")) {
            // Tika's magic takes any text whose first line starts "Article" ("Article 1er : La
            // requête est rejetée", the operative part of a court decision) for a Usenet
            // article; such an article is plain text all the same
            type = MediaType.TEXT_PLAIN;
        }
        metadata.set(AlreadyDetected.KEY, type.toString());
        String baseType = type.getBaseType().toString();
        if (baseType.equals("text/plain")) {
            // said to be plain text, Tika's text parser does not sniff the text for CSV
            // dialects, which it does otherwise for every text it is given and then reads it
            // as plain text all the same; a charset the caller declares is taken instead of
            // being guessed
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, plainTextType(mediaTypeHint));
        }
        if (!supportedTypes.accepts(baseType)) {
            throw new ProcessingException(ErrorCode.UNSUPPORTED_FORMAT,
                    "not a text document Vigie can read (detected " + baseType + ")");
        }
        boolean html = baseType.equals("text/html") || baseType.equals("application/xhtml+xml");
        List<Warning> warnings = new ArrayList<>();
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
        context.set(org.apache.tika.parser.pdf.PDFParserConfig.class, NO_OCR);
        String text;
        String timeDatetime = null;
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            if (html) {
                context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
                HtmlArticleHandler handler = new HtmlArticleHandler(htmlBoilerplate, maxChars);
                parser.parse(in, handler, metadata, context);
                text = handler.text();
                timeDatetime = handler.timeDatetime();
                if (handler.truncated()) {
                    warnings.add(truncatedWarning());
                }
            } else {
                BodyContentHandler handler = new BodyContentHandler(maxChars);
                try {
                    parser.parse(in, handler, metadata, context);
                } catch (SAXException | TikaException e) {
                    if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                        throw e;
                    }
                    warnings.add(truncatedWarning());
                }
                text = handler.toString();
                if (isLatin1Text(baseType, metadata)) {
                    // Tika names Windows-1252 French "ISO-8859-1" and turns ’ « œ … into U+FFFD;
                    // like browsers (WHATWG Encoding), read that label as windows-1252
                    text = windows1252(bytes, text);
                }
            }
        } catch (ZeroByteFileException e) {
            throw new ProcessingException(ErrorCode.EMPTY_FILE, "the file is empty", e);
        } catch (EncryptedDocumentException e) {
            throw new ProcessingException(ErrorCode.ENCRYPTED, "the document is encrypted or password-protected", e);
        } catch (TikaException | SAXException e) {
            String damage = damage(baseType, bytes, metadata);
            throw new ProcessingException(ErrorCode.PARSE_ERROR, "cannot parse the " + baseType + " document: "
                    + rootMessage(e) + (damage == null ? "" : " (the file is damaged: " + damage + ")"), e);
        } catch (IOException e) {
            throw new ProcessingException(ErrorCode.UNREADABLE, "cannot read the document: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // parsers throw unchecked exceptions on corrupt input: still a parse error of this file
            String damage = damage(baseType, bytes, metadata);
            throw new ProcessingException(ErrorCode.PARSE_ERROR, "cannot parse the " + baseType + " document: "
                    + rootMessage(e) + (damage == null ? "" : " (the file is damaged: " + damage + ")"), e);
        }
        String damage = damage(baseType, bytes, metadata);
        if (damage != null) {
            if (text.isBlank()) {
                // not a scanned image: a damaged file of which nothing could be read
                throw new ProcessingException(ErrorCode.PARSE_ERROR, "the " + baseType + " document is damaged ("
                        + damage + ") and no text could be read from it");
            }
            warnings.add(Warning.of(WarningCode.PARTIAL_PARSE, "the file is damaged (" + damage
                    + "): Tika read what it could, and the text may be incomplete"));
        }
        String title = firstNonBlank(metadata.get(TikaCoreProperties.TITLE), metadata.get("title"));
        return new RawDocument(text, baseType, title == null ? null : title.strip(),
                metadataDate(metadata, timeDatetime), warnings);
    }

    /** The zip-based formats (OOXML, OpenDocument, EPUB), whose directory is at the end of the file. */
    private static boolean zipBased(String baseType) {
        return baseType.startsWith("application/vnd.openxmlformats-officedocument.")
                || baseType.startsWith("application/vnd.oasis.opendocument.")
                || baseType.equals("application/epub+zip") || baseType.equals("application/vnd.ms-word.document.macroenabled.12");
    }

    /**
     * Why the file is damaged though Tika read it, or null: Tika's parsers recover what they
     * can of a truncated file (PDFBox rebuilds a PDF's cross-references, the zip of a DOCX
     * is read entry by entry) and say nothing, so the end of the file is checked where the
     * format puts a mark there; warnings Tika records count too.
     */
    static String damage(String baseType, byte[] bytes, Metadata metadata) {
        if (baseType.equals("application/pdf") && lastIndexOf(bytes, "%%EOF", 2048) < 0) {
            return "it ends before the PDF end marker %%EOF: a truncated file";
        }
        // the end-of-central-directory record: within the last 22 bytes, plus a comment of up to 64 KiB
        if (zipBased(baseType) && lastIndexOf(bytes, "PK\u0005\u0006", 22 + 65_535) < 0) {
            return "its zip directory, at the end of the file, is missing: a truncated file";
        }
        String[] warned = metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING);
        if (warned.length > 0) {
            return "Tika reported: " + warned[0].lines().findFirst().orElse(warned[0]);
        }
        return null;
    }

    /** Where {@code mark} (ASCII) last starts within the last {@code window} bytes, or -1. */
    private static int lastIndexOf(byte[] bytes, String mark, int window) {
        byte[] m = mark.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int from = Math.max(0, bytes.length - window);
        for (int i = bytes.length - m.length; i >= from; i--) {
            int k = 0;
            while (k < m.length && bytes[i + k] == m[k]) {
                k++;
            }
            if (k == m.length) {
                return i;
            }
        }
        return -1;
    }

    /** text/plain, with the charset of the caller's type when it names a valid one. */
    private static String plainTextType(String mediaTypeHint) {
        MediaType hint = mediaTypeHint == null ? null : MediaType.parse(mediaTypeHint);
        String charset = hint == null || !hint.getBaseType().toString().equals("text/plain")
                ? null : hint.getParameters().get("charset");
        if (charset != null) {
            try {
                return "text/plain; charset=" + java.nio.charset.Charset.forName(charset).name();
            } catch (IllegalArgumentException e) {
                // an unknown or malformed charset name: let Tika detect the encoding
            }
        }
        return "text/plain";
    }

    /** The type detected before parsing, read back from the metadata of the same parse. */
    private static final class AlreadyDetected implements Detector {

        static final String KEY = "vigie-detected-type";

        private final Detector detector;

        AlreadyDetected(Detector detector) {
            this.detector = detector;
        }

        @Override
        public MediaType detect(java.io.InputStream input, Metadata metadata) throws IOException {
            String known = metadata.get(KEY);
            return known != null ? MediaType.parse(known) : detector.detect(input, metadata);
        }
    }

    private static boolean isLatin1Text(String baseType, Metadata metadata) {
        String enc = metadata.get(Metadata.CONTENT_ENCODING);
        return baseType.startsWith("text/") && enc != null
                && (enc.equalsIgnoreCase("ISO-8859-1") || enc.equalsIgnoreCase("windows-1252"));
    }

    /** The bytes read as windows-1252, unless that would exceed the character limit. */
    private String windows1252(byte[] bytes, String parsed) {
        String decoded = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        return decoded.length() > maxChars ? parsed : decoded;
    }

    private Warning truncatedWarning() {
        return Warning.of(WarningCode.TEXT_TRUNCATED, "the text was cut after " + maxChars + " characters");
    }

    /** The publication date found in metadata, most reliable key first; creation before modification. */
    static DocumentDate metadataDate(Metadata metadata, String timeDatetime) {
        List<String> candidates = new ArrayList<>();
        for (String key : DATE_KEYS) {
            candidates.add(metadata.get(key));
        }
        candidates.add(timeDatetime);
        candidates.add(metadata.get(TikaCoreProperties.CREATED));
        candidates.add(metadata.get(DublinCore.DATE));
        candidates.add(metadata.get(TikaCoreProperties.MODIFIED));
        for (String c : candidates) {
            Optional<String> d = DateValues.isoDate(c);
            if (d.isPresent()) {
                return new DocumentDate(d.get(), DocumentDate.Origin.METADATA);
            }
        }
        return DocumentDate.NONE;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m);
    }
}
