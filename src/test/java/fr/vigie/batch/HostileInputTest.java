package fr.vigie.batch;

import fr.vigie.Result;
import fr.vigie.SharedVigie;
import fr.vigie.Source;
import fr.vigie.model.ErrorCode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files made to hurt: external entities, attachments, zip bombs, deep nesting. */
class HostileInputTest {

    private static final String SECRET = "SECRET-DU-FICHIER-LOCAL-4242";

    @TempDir
    Path dir;

    private Result process(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return SharedVigie.get().process(f, Source.named(name));
    }

    private String xxe(String root) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE " + root + " [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY p SYSTEM \"file:///etc/passwd\">]>\n";
    }

    private static void assertNoSecret(Result r) {
        if (r.isOk()) {
            String text = r.document().text();
            assertFalse(text.contains(SECRET), text);
            assertFalse(text.contains("root:"), text);
            assertFalse(String.valueOf(r.document().title()).contains(SECRET));
        }
    }

    @Test
    void externalEntitiesOfXhtmlAreNeverResolved() throws IOException {
        String xhtml = xxe("html") + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T &x;</title></head>"
                + "<body><p>La préfecture a autorisé les drones à Lyon. &x; &p;</p></body></html>";
        Result r = process("page.xhtml", xhtml.getBytes(StandardCharsets.UTF_8));
        assertNoSecret(r);
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        assertTrue(r.document().text().contains("drones à Lyon"));
    }

    @Test
    void externalEntitiesOfXmlAreNeverResolved() throws IOException {
        String xml = xxe("article") + "<article><p>La mairie a acheté un logiciel de vidéosurveillance. &x; &p;</p></article>";
        Result r = process("article.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        assertTrue(r.document().text().contains("vidéosurveillance"), r.document().text());
        assertNoSecret(r);
    }

    @Test
    void attachmentsOfAPdfAreNotRead() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 700);
                cs.showText("La commune de Lens a achete des cameras augmentees en 2022.");
                cs.endText();
            }
            PDEmbeddedFile ef = new PDEmbeddedFile(doc, new ByteArrayInputStream(
                    ("Piece jointe " + SECRET).getBytes(StandardCharsets.UTF_8)));
            ef.setSubtype("text/plain");
            PDComplexFileSpecification fs = new PDComplexFileSpecification();
            fs.setFile("annexe.txt");
            fs.setEmbeddedFile(ef);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("annexe.txt", fs));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            doc.save(out);
            pdf = out.toByteArray();
        }
        Result r = process("note.pdf", pdf);
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        assertTrue(r.document().text().contains("Lens"), r.document().text());
        assertFalse(r.document().text().contains(SECRET), "the attachment is not part of the article");
    }

    @Test
    void aZipBombDocxIsAnErrorRecord() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String line = "a".repeat(10_000);
            for (int i = 0; i < 300; i++) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        assertTrue(docx.length < 100_000, "3 MB of text in " + docx.length + " bytes");
        Result r = process("bombe.docx", docx);
        assertEquals(Result.Status.ERROR, r.status(), () -> "text of " + r.document().text().length() + " chars");
        assertEquals(ErrorCode.PARSE_ERROR, r.error().code(), r.error().message());
    }

    @Test
    void deeplyNestedHtmlIsAnErrorRecordNotACrash() throws IOException {
        String html = "<html><body>" + "<div>".repeat(20_000) + "<p>La police a utilisé des drones.</p>"
                + "</div>".repeat(20_000) + "</body></html>";
        Result r = process("profond.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(Result.Status.ERROR, r.status());
        assertEquals(ErrorCode.PARSE_ERROR, r.error().code(), r.error().message());
    }
}
