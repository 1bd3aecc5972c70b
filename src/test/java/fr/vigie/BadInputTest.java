package fr.vigie;

import fr.vigie.model.ErrorCode;
import fr.vigie.model.WarningCode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad input gives one error record with a clear code, never an exception. */
class BadInputTest {

    @TempDir
    Path dir;

    private Result process(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return SharedVigie.get().process(f, Source.named(name));
    }

    private static void assertError(Result r, ErrorCode code) {
        assertEquals(Result.Status.ERROR, r.status(), () -> "expected an error record, got " + r);
        assertEquals(code, r.error().code(), r.error().message());
        assertTrue(r.error().message().length() > 10, "a message a person can act on");
    }

    @Test
    void emptyFile() throws IOException {
        assertError(process("vide.txt", new byte[0]), ErrorCode.EMPTY_FILE);
    }

    @Test
    void binaryFile() throws IOException {
        byte[] elf = new byte[4096];
        new Random(7).nextBytes(elf);
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        Result r = process("programme.txt", elf);
        assertError(r, ErrorCode.UNSUPPORTED_FORMAT);
        assertNotNull(r.id(), "the bytes were read: the record keeps their hash");
    }

    @Test
    void imageIsNotADocument() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        assertError(process("photo.png", png), ErrorCode.UNSUPPORTED_FORMAT);
    }

    @Test
    void truncatedPdf() throws IOException {
        byte[] pdf = pdf("La commune de Lens a acheté des caméras augmentées en 2022.");
        Result whole = process("entier.pdf", pdf);
        assertTrue(whole.isOk(), () -> "the whole PDF reads: " + whole.error());
        assertTrue(whole.document().text().contains("caméras augmentées"));
        Result cut = process("tronque.pdf", Arrays.copyOf(pdf, pdf.length / 3));
        assertEquals(Result.Status.ERROR, cut.status(), "a PDF cut to a third has no readable page");
        assertTrue(cut.error().code() == ErrorCode.PARSE_ERROR || cut.error().code() == ErrorCode.NO_TEXT,
                cut.error().toString());
    }

    @Test
    void textInAnotherLanguageIsProcessedWithAWarning() throws IOException {
        String english = "The city council voted on Tuesday to extend the camera network downtown. "
                + "Officials said the new devices would be installed before the summer, and that the police "
                + "would review the footage only after a crime had been reported to them by residents.";
        Result r = process("english.txt", english.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.isOk());
        assertEquals("en", r.document().language());
        assertTrue(r.document().warnings().stream().anyMatch(w -> w.code().equals(WarningCode.LANGUAGE_NOT_FRENCH.name())));
    }

    @Test
    void twentyMegabyteTextIsTooLarge() throws IOException {
        byte[] big = new byte[20 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        for (int i = 80; i < big.length; i += 81) {
            big[i] = '\n';
        }
        assertError(process("enorme.txt", big), ErrorCode.TOO_LARGE);
        assertError(SharedVigie.get().process(new ByteArrayInputStream(big), Source.named("stdin")), ErrorCode.TOO_LARGE);
    }

    @Test
    void missingFileAndDirectory() {
        assertError(SharedVigie.get().process(dir.resolve("absent.txt")), ErrorCode.NOT_FOUND);
        assertError(SharedVigie.get().process(dir), ErrorCode.UNREADABLE);
    }

    @Test
    void whitespaceOnlyHasNoText() throws IOException {
        assertError(process("blanc.txt", "   \n\n\t  \n".getBytes(StandardCharsets.UTF_8)), ErrorCode.NO_TEXT);
    }

    static byte[] pdf(String line) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 700);
                cs.showText(line);
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
