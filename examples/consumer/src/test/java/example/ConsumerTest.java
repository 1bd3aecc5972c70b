package example;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a program that depends on fr.vigie:vigie gets: its own logging, and the JSON of its files. */
class ConsumerTest {

    @Test
    void theProgramsOwnBackendLogsAndVigieBringsNone() {
        assertEquals("org.slf4j.simple.SimpleLoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName());
        // Vigie brings no backend (slf4j-nop) and no second copy of commons-logging (jcl-over-slf4j)
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.nop.NOPServiceProvider"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.commons.logging.impl.SLF4JLogFactory"));
        // commons-logging (PDFBox, POI) reaches the program's backend through SLF4J
        assertEquals("org.apache.commons.logging.impl.Slf4jLogFactory$Slf4jLog",
                org.apache.commons.logging.LogFactory.getLog("pdfbox").getClass().getName());
    }

    @Test
    void theExampleWritesOneJsonRecordPerFile() throws Exception {
        Path dir = Files.createTempDirectory("consumer");
        Path article = dir.resolve("article.txt");
        Files.writeString(article, "Publié le 4 mars 2024\n\nLa police municipale de Vernon utilise depuis 2021 un "
                + "logiciel de vidéosurveillance algorithmique, selon le maire.\n", StandardCharsets.UTF_8);
        Path missing = dir.resolve("absent.txt");
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Consumer.main(new String[] {article.toString(), missing.toString()});
        } finally {
            System.setOut(stdout);
        }
        String[] lines = captured.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length, captured.toString(StandardCharsets.UTF_8));
        assertTrue(lines[0].contains("\"status\":\"ok\"") && lines[0].contains("\"claims\":[{"), lines[0]);
        assertTrue(lines[1].contains("\"status\":\"error\"") && lines[1].contains("NOT_FOUND"), lines[1]);
    }
}
