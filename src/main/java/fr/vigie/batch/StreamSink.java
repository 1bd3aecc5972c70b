package fr.vigie.batch;

import fr.vigie.Result;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Records written one after another to one stream: a file, or standard output.
 *
 * <p>A file is written to a temporary file beside it ({@code .NAME.vigie-*.tmp}) and
 * renamed to its name when the run ends well: a run that stops or is killed never leaves a
 * half-written file under the name asked for (an earlier complete file stays as it was).
 * Temporary files of a killed run are removed when the next run opens the same file.
 * Standard output is written as records come, flushed after each. The folder of the file
 * must exist (it is not created), and the file gets the permissions of the umask.
 */
public abstract class StreamSink implements ResultSink {

    private final Path target;
    private final Path tmp;
    private final OutputStream out;
    private final PrintStream stdout;
    private boolean started;

    /** @param file the output file, or null for standard output */
    protected StreamSink(Path file) throws IOException {
        if (file == null) {
            this.target = null;
            this.tmp = null;
            this.stdout = System.out;
            this.out = stdout;
        } else {
            this.target = file.toAbsolutePath().normalize();
            Path dir = target.getParent();
            if (!Files.isDirectory(dir)) {
                // a mistyped path must not become a tree of folders
                throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no such folder");
            }
            String prefix = "." + target.getFileName() + ".vigie-";
            try (DirectoryStream<Path> stray = Files.newDirectoryStream(dir, p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".tmp");
            })) {
                for (Path p : stray) {
                    Files.deleteIfExists(p);
                }
            }
            // created with the permissions of the umask, as any file the user writes (not 0600)
            this.tmp = dir.resolve(OutputFolder.temporaryName(prefix, ".tmp"));
            this.stdout = null;
            this.out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
        }
    }

    /** Bytes written once, before the first record (a CSV header). */
    protected byte[] header() throws IOException {
        return new byte[0];
    }

    /** The bytes of one result: zero or more complete records. */
    protected abstract byte[] format(Result r) throws IOException;

    @Override
    public Slot reserve(String name) {
        return this::append;
    }

    private synchronized void append(Result r) throws IOException {
        byte[] bytes = format(r);
        start();
        out.write(bytes);
        out.flush();
        check();
    }

    private void start() throws IOException {
        if (!started) {
            started = true;
            out.write(header());
        }
    }

    private void check() throws IOException {
        if (stdout != null && stdout.checkError()) {
            throw new IOException("cannot write to standard output");
        }
    }

    @Override
    public synchronized void close() throws IOException {
        start();
        out.flush();
        check();
        if (target != null) {
            out.close();
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    @Override
    public synchronized void abort() {
        if (target != null) {
            try {
                out.close();
            } catch (IOException e) {
                // the file is removed below
            }
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // nothing more can be done
            }
        }
    }
}
