package fr.vigie.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the files under the paths of the command line, on any file system Hadoop reaches
 * (local, HDFS, S3…), the way {@code vigie extract} lists a local folder: a file is an
 * input named by its file name; a folder is read recursively, each file named by its path
 * relative to the folder; hidden files and files whose names start with '_' are inputs like
 * any other (Spark's own file sources leave them out, which would lose them silently). A
 * path with glob characters ({@code archive/2024-*}) lists its matches, each named relative
 * to the part of the pattern before its first glob character. A path that does not exist,
 * a glob that matches nothing and a folder that cannot be listed are inputs too: each
 * becomes an error row. {@code --exclude} globs are matched against the relative name and
 * the file name, as in the command line. The output folder is never listed.
 */
final class InputLister {

    /** Deeper than this, a folder is reported instead of listed (a link loop cannot trap the walk). */
    static final int MAX_DEPTH = 64;

    private final Configuration conf;
    private final List<PathMatcher> excludes = new ArrayList<>();
    private final String outputPrefix;
    private final List<Row> rows = new ArrayList<>();
    private int excluded;

    InputLister(Configuration conf, List<String> excludeGlobs, Path output) throws IOException {
        this.conf = conf;
        for (String g : excludeGlobs) {
            excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        }
        String o = output.getFileSystem(conf).makeQualified(output).toString();
        this.outputPrefix = o.endsWith("/") ? o : o + "/";
    }

    List<Row> rows() {
        return rows;
    }

    int excluded() {
        return excluded;
    }

    /** The argument being listed, as the user wrote it: records name their inputs from it, as the command line does. */
    private String given = "";

    void add(String arg) throws IOException {
        given = arg;
        Path p = new Path(arg);
        FileSystem fs = p.getFileSystem(conf);
        Path q = fs.makeQualified(p);
        if (hasGlob(arg)) {
            FileStatus[] matches = fs.globStatus(q);
            if (matches == null || matches.length == 0) {
                rows.add(problem(arg, "NOT_FOUND", "no file matches " + arg));
                return;
            }
            Path base = globBase(q);
            given = literalPrefix(arg);
            Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
            for (FileStatus m : matches) {
                if (m.isDirectory()) {
                    walk(fs, m.getPath(), base, 0);
                } else {
                    file(m.getPath(), relative(base, m.getPath()));
                }
            }
            return;
        }
        FileStatus st;
        try {
            st = fs.getFileStatus(q);
        } catch (java.io.FileNotFoundException e) {
            // read on an executor, it becomes the NOT_FOUND record the command line gives
            rows.add(fileRow(q, arg));
            return;
        }
        if (st.isDirectory()) {
            walk(fs, q, q, 0);
        } else {
            rows.add(fileRow(q, arg));
        }
    }

    private void walk(FileSystem fs, Path dir, Path base, int depth) {
        if (isOutput(dir)) {
            return;
        }
        String relDir = asGiven(relative(base, dir));
        if (depth > MAX_DEPTH) {
            rows.add(problem(relDir, "UNREADABLE", "a folder nested more than " + MAX_DEPTH + " deep, not listed"));
            return;
        }
        FileStatus[] children;
        try {
            children = fs.listStatus(dir);
        } catch (IOException e) {
            rows.add(problem(relDir, "UNREADABLE", "cannot be listed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())));
            return;
        }
        Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus c : children) {
            if (isOutput(c.getPath())) {
                continue;
            }
            if (c.isDirectory()) {
                walk(fs, c.getPath(), base, depth + 1);
            } else {
                file(c.getPath(), relative(base, c.getPath()));
            }
        }
    }

    private void file(Path p, String rel) {
        if (isExcluded(rel)) {
            excluded++;
            return;
        }
        rows.add(fileRow(p, asGiven(rel)));
    }

    /**
     * The name of an input as the command line gives it ({@code document.source}): the folder as
     * typed, then the path inside it ("../samples/a.txt"), so that the same file has the same
     * name in both.
     */
    private String asGiven(String rel) {
        String root = given;
        while (root.length() > 1 && root.endsWith("/")) root = root.substring(0, root.length() - 1);
        return root.isEmpty() ? rel : root.endsWith("/") ? root + rel : root + "/" + rel;
    }

    /** The folders of a glob before its first glob character, as written ("archive/2024-*" gives "archive"). */
    static String literalPrefix(String arg) {
        int g = 0;
        while (g < arg.length() && "*?[{".indexOf(arg.charAt(g)) < 0) g++;
        int slash = arg.lastIndexOf('/', g);
        return slash < 0 ? "" : arg.substring(0, slash);
    }

    private boolean isOutput(Path p) {
        String s = p.toString();
        return (s + "/").startsWith(outputPrefix);
    }

    private boolean isExcluded(String rel) {
        java.nio.file.Path p = java.nio.file.Path.of(rel);
        for (PathMatcher m : excludes) {
            if (m.matches(p) || (p.getFileName() != null && m.matches(p.getFileName()))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasGlob(String s) {
        return s.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** The folder part of a pattern before its first glob character. */
    static Path globBase(Path pattern) {
        Path p = pattern;
        while (p.getParent() != null && hasGlob(p.toUri().getPath())) {
            p = p.getParent();
        }
        return p;
    }

    static String relative(Path base, Path file) {
        String b = base.toUri().getPath();
        String f = file.toUri().getPath();
        if (!b.endsWith("/")) {
            b = b + "/";
        }
        if (f.startsWith(b) && f.length() > b.length()) {
            return f.substring(b.length());
        }
        return file.getName();
    }

    private static Row fileRow(Path p, String name) {
        return RowFactory.create(p.toString(), name, null, null, null, null, null, null, null);
    }

    private static Row problem(String name, String code, String message) {
        return RowFactory.create(null, name, code, message, null, null, null, null, null);
    }
}
