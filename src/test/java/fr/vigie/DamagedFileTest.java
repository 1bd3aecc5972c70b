package fr.vigie;

import fr.vigie.model.ErrorCode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file Tika reads only in part says so, and a truncated file is told from a scanned one. */
class DamagedFileTest {

    private static final String LINE = "La commune de Lens a acheté des caméras augmentées en 2022.";

    @TempDir
    Path dir;

    private Result process(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return SharedVigie.get().process(f, Source.named(name));
    }

    private static boolean partial(Result r) {
        return r.isOk() && r.document().warnings().stream().anyMatch(w -> w.code().equals("PARTIAL_PARSE"));
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWholePdfAndAWholeDocxAreNotDamaged() throws IOException {
        Result pdf = process("entier.pdf", BadInputTest.pdf(LINE));
        assertTrue(pdf.isOk() && !partial(pdf), pdf.toString());
        Result docx = process("entier.docx", docx(LINE, "Le conseil municipal en débattra en mars."));
        assertTrue(docx.isOk() && !partial(docx), docx.toString());
        assertTrue(docx.document().text().contains("caméras augmentées"));
    }

    @Test
    void aPdfCutAtTheEndIsReadWithAWarning() throws IOException {
        byte[] pdf = BadInputTest.pdf(LINE);
        Result r = process("fin-coupee.pdf", Arrays.copyOf(pdf, pdf.length * 99 / 100));
        assertTrue(partial(r), r.isOk() ? r.document().warnings().toString() : r.error().toString());
        assertTrue(r.document().text().contains("caméras augmentées"), "what is there is read");
    }

    @Test
    void aPdfCutToAThirdIsDamagedNotScanned() throws IOException {
        byte[] pdf = BadInputTest.pdf(LINE);
        Result r = process("tiers.pdf", Arrays.copyOf(pdf, pdf.length / 3));
        assertEquals(Result.Status.ERROR, r.status());
        assertEquals(ErrorCode.PARSE_ERROR, r.error().code(), r.error().message());
        assertTrue(r.error().message().contains("truncated"), r.error().message());
        assertFalse(r.error().message().contains("scanned"), r.error().message());
    }

    @Test
    void aWholePdfWithoutTextIsStillTakenForAScan() throws IOException {
        byte[] empty;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            empty = out.toByteArray();
        }
        Result r = process("scan.pdf", empty);
        assertEquals(ErrorCode.NO_TEXT, r.error().code(), r.error().message());
    }

    @Test
    void aDocxCutToNinetyPercentIsNeverSilentlyOk() throws IOException {
        StringBuilder longer = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            longer.append("Paragraphe ").append(i).append(" : la commune de Lens a acheté des caméras augmentées. ");
        }
        byte[] docx = docx(LINE, longer.toString(), "Le conseil municipal en débattra en mars.");
        Result r = process("coupe.docx", Arrays.copyOf(docx, docx.length * 9 / 10));
        assertTrue(partial(r) || r.status() == Result.Status.ERROR && r.error().code() == ErrorCode.PARSE_ERROR,
                r.isOk() ? "ok with " + r.document().warnings() : r.error().toString());
        if (r.isOk()) {
            assertTrue(r.document().warnings().stream().filter(w -> w.code().equals("PARTIAL_PARSE"))
                    .anyMatch(w -> w.message().contains("truncated")));
        }
    }
}
