package fr.vigie.docs;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a program that uses Vigie as a library is shown and given. */
class LibraryUseTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static String readmeExample() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("### From Java");
        assertTrue(section >= 0, "README has a From Java section");
        int open = readme.indexOf("```java\n", section);
        int close = readme.indexOf("```", open + 8);
        return readme.substring(open + 8, close);
    }

    @Test
    void theReadmeExampleIsTheConsumerProgramAndCompiles() throws Exception {
        String example = readmeExample();
        assertEquals(Files.readString(ROOT.resolve("examples/consumer/src/main/java/example/Consumer.java"),
                StandardCharsets.UTF_8), example, "README shows the program that examples/consumer builds");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertNotNull(compiler, "a JDK");
        Path out = Files.createTempDirectory("readme-example");
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///example/Consumer.java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return example;
                }
            };
            boolean ok = compiler.getTask(diagnostics, files, null,
                    List.of("-classpath", System.getProperty("java.class.path"), "-Xlint:all", "-Werror"), null,
                    List.of(source)).call();
            assertTrue(ok, diagnostics.toString());
        }
        assertTrue(Files.exists(out.resolve("example/Consumer.class")));
    }

    /** groupId:artifactId of every dependency of the project's pom, to its element. */
    private static Map<String, Element> dependencies() throws Exception {
        org.w3c.dom.Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(ROOT.resolve("pom.xml").toFile());
        Element project = pom.getDocumentElement();
        Map<String, Element> out = new HashMap<>();
        NodeList all = project.getElementsByTagName("dependency");
        for (int i = 0; i < all.getLength(); i++) {
            Element d = (Element) all.item(i);
            // direct dependencies only: those under project/dependencies
            if (!"dependencies".equals(d.getParentNode().getNodeName())
                    || !"project".equals(d.getParentNode().getParentNode().getNodeName())) {
                continue;
            }
            out.put(text(d, "groupId") + ":" + text(d, "artifactId"), d);
        }
        return out;
    }

    private static String text(Element e, String child) {
        NodeList n = e.getElementsByTagName(child);
        return n.getLength() == 0 ? null : n.item(0).getTextContent().trim();
    }

    @Test
    void theLibraryPassesOnNoLoggingBackendOrBridge() throws Exception {
        Map<String, Element> deps = dependencies();
        for (String backend : List.of("org.slf4j:slf4j-nop", "org.slf4j:slf4j-simple", "ch.qos.logback:logback-classic",
                "org.apache.logging.log4j:log4j-to-slf4j", "org.apache.logging.log4j:log4j-slf4j2-impl",
                "org.apache.logging.log4j:log4j-core", "org.slf4j:jcl-over-slf4j")) {
            Element d = deps.get(backend);
            if (d != null) {
                String scope = text(d, "scope");
                assertTrue("true".equals(text(d, "optional")) || "test".equals(scope) || "provided".equals(scope),
                        backend + " would reach every program that depends on Vigie");
            }
        }
        assertTrue(text(deps.get("org.apache.tika:tika-parsers-standard-package"), "exclusions")
                .contains("jcl-over-slf4j"), "Tika's jcl-over-slf4j duplicates commons-logging's classes");
        assertNotNull(deps.get("org.apache.commons:commons-lang3"),
                "the pinned commons-lang3 is a dependency: a program does not inherit dependencyManagement");
    }

    @Test
    void theCommandLineStillHasItsSilentBackend() {
        // optional dependencies are on Vigie's own classpath (its tests, and target/lib for the jar)
        assertTrue(new File(org.slf4j.nop.NOPServiceProvider.class.getProtectionDomain().getCodeSource()
                .getLocation().getPath()).getName().startsWith("slf4j-nop"));
    }
}
