package fr.vigie.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Listing on the driver: the same inputs and names as vigie extract, and globs. */
class InputListerTest {

    @TempDir
    java.nio.file.Path tmp;

    Map<String, String> list(List<String> excludes, String... args) throws IOException {
        InputLister l = new InputLister(new Configuration(), excludes, new Path(tmp.resolve("out").toString()));
        for (String a : args) {
            l.add(a);
        }
        Map<String, String> m = new TreeMap<>();
        for (Row r : l.rows()) {
            m.put(r.getString(1), r.getString(2) != null ? r.getString(2) : r.getString(0) == null ? "?" : "file");
        }
        return m;
    }

    @Test
    void inputsAreNamedAsGivenGlobsFromTheirFixedPartAndNothingIsHidden() throws IOException {
        java.nio.file.Path a = Files.createDirectories(tmp.resolve("archive/2023/06"));
        java.nio.file.Path b = Files.createDirectories(tmp.resolve("archive/2024/01"));
        Files.writeString(a.resolve("article.html"), "<p>a</p>");
        Files.writeString(a.resolve("_index.txt"), "b");
        Files.writeString(b.resolve(".note.txt"), "c");
        Files.writeString(b.resolve("article.gold.json"), "{}");
        Files.createDirectories(tmp.resolve("out/jsonl"));
        Files.writeString(tmp.resolve("out/jsonl/part-0.txt"), "{}");

        // names are those of vigie extract's document.source: the path as given, then the path inside it
        String arch = tmp.resolve("archive").toString();
        assertEquals(Map.of(arch + "/2023/06/article.html", "file", arch + "/2023/06/_index.txt", "file",
                        arch + "/2024/01/.note.txt", "file"),
                list(List.of("*.gold.json"), arch));
        assertEquals(Map.of(arch + "/2024/01/.note.txt", "file", arch + "/2024/01/article.gold.json", "file"),
                list(List.of(), tmp.resolve("archive/2024*").toString()));
        assertEquals(Map.of(a.resolve("article.html").toString(), "file"), list(List.of(), a.resolve("article.html").toString()));
        // the output folder is never an input, even inside an input folder
        assertEquals(false, list(List.of(), tmp.toString()).containsKey(tmp + "/out/jsonl/part-0.txt"));
        // a missing path and an empty glob are inputs too, to become error rows
        assertEquals(Map.of(tmp.resolve("nothing.txt").toString(), "file"), list(List.of(), tmp.resolve("nothing.txt").toString()));
        String glob = tmp.resolve("archive/19*").toString();
        assertEquals(Map.of(glob, "NOT_FOUND"), list(List.of(), glob));
    }
}
