package fr.vigie.batch;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.Result;
import fr.vigie.ingest.Ingester;
import fr.vigie.model.ErrorCode;
import fr.vigie.output.JsonOutput;
import fr.vigie.output.TimeMlOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * One file per input under a folder: {@code a/b.html} is written to
 * {@code DIR/a/b.html.json} (or {@code .tml} for TimeML; see {@link OutputPaths} for odd names).
 *
 * <p><b>Atomic.</b> Each file is written to a temporary file {@code .vigie-*.tmp} beside
 * it, then renamed over the target: a reader, or a run killed at any moment, sees either
 * the old complete file or the new complete file. Temporary files left by a killed run are
 * removed when the folder is opened; their names never end in {@code .json} or {@code .tml}, so they are
 * never taken for outputs.
 *
 * <p><b>One run at a time.</b> The folder is locked ({@value #LOCK}) while a run writes to
 * it; the lock file is removed when the run ends.
 *
 * <p>Files are created with the permissions the process's umask gives (as {@code cp} or a
 * shell redirection would), not readable by their owner alone.
 *
 * <p><b>Resuming.</b> {@link Slot#upToDate} is true when the output exists, is a valid
 * record, and is newer than the input or was made from the same bytes (its
 * {@code document.id}, the SHA-256 of the input, is unchanged). Records of passing
 * failures ({@code TIMEOUT}, {@code INTERNAL_ERROR}, {@code UNREADABLE}, {@code NOT_FOUND},
 * {@code OUTPUT_ERROR}) are never current: a new run tries those inputs again.
 */
public final class OutputFolder implements ResultSink {

    /** The run manifest, at the top of the folder; no input's output can have this name. */
    public static final String MANIFEST = "_run.json";
    static final String LOCK = ".vigie-run.lock";
    private static final String TMP_PREFIX = ".vigie-";
    private static final String TMP_SUFFIX = ".tmp";
    private static final Set<ErrorCode> FINAL_ERRORS = EnumSet.of(ErrorCode.EMPTY_FILE, ErrorCode.TOO_LARGE,
            ErrorCode.UNSUPPORTED_FORMAT, ErrorCode.PARSE_ERROR, ErrorCode.ENCRYPTED, ErrorCode.NO_TEXT);

    /**
     * How the records of a folder are written and read back: the file name suffix, the bytes
     * of a result, and the status, error code and document id a written file records (null
     * when it is not such a record), so that a new run can tell which outputs are current.
     */
    public interface RecordFormat {
        String suffix();

        void write(Result r, OutputStream out) throws IOException;

        String[] read(Path file) throws IOException;
    }

    /** JSON records of SPEC §2, {@code DIR/a/b.html.json}. */
    public static RecordFormat json(JsonOutput json, boolean pretty) {
        return new RecordFormat() {
            @Override
            public String suffix() {
                return ".json";
            }

            @Override
            public void write(Result r, OutputStream o) throws IOException {
                json.write(r, o, pretty);
                o.write('\n');
            }

            @Override
            public String[] read(Path file) throws IOException {
                JsonNode record = JsonOutput.mapper().readTree(file.toFile());
                return new String[]{record.path("status").asText(), record.path("error").path("code").asText(null),
                        record.path("document").path("id").asText(null)};
            }
        };
    }

    /** TimeML documents, {@code DIR/a/b.html.tml}; an error record is a TimeML document with its code in a comment. */
    public static RecordFormat timeMl(TimeMlOutput timeMl) {
        return new RecordFormat() {
            @Override
            public String suffix() {
                return ".tml";
            }

            @Override
            public void write(Result r, OutputStream o) throws IOException {
                timeMl.write(r, o);
            }

            @Override
            public String[] read(Path file) throws IOException {
                byte[] head = new byte[1024];
                int n;
                try (java.io.InputStream in = Files.newInputStream(file)) {
                    n = in.readNBytes(head, 0, head.length);
                }
                return TimeMlOutput.statusOf(new String(head, 0, n, java.nio.charset.StandardCharsets.UTF_8));
            }
        };
    }

    private final Path root;
    private final RecordFormat format;
    private final Set<Path> reserved = new HashSet<>();
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int strayTemporaryFiles;

    /**
     * Opens (creates) the folder, locks it and removes temporary files of an earlier run.
     *
     * @throws IOException when the folder cannot be made or another run holds it
     */
    public OutputFolder(Path root, JsonOutput json, boolean pretty) throws IOException {
        this(root, json(json, pretty));
    }

    /** The same, with records in another format (TimeML: {@link #timeMl}). */
    public OutputFolder(Path root, RecordFormat format) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.format = format;
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new IOException("cannot create the folder " + IoErrors.describe(e), e);
        }
        FileChannel channel;
        FileLock l;
        while (true) {
            channel = FileChannel.open(this.root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                l = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                channel.close();
                throw new IOException("another Vigie run is writing to " + this.root);
            }
            // the run that held the lock removes its file before releasing it: a lock taken on a
            // file removed meanwhile locks nothing, so take it again on the file now there
            if (sameFile(channel, this.root.resolve(LOCK))) {
                break;
            }
            l.release();
            channel.close();
        }
        this.lockChannel = channel;
        this.lock = l;
        this.strayTemporaryFiles = removeTemporaryFiles(this.root);
    }

    /**
     * Whether the file open (and locked) in {@code channel} is still the one at {@code path}:
     * it is given a mark of this run, read back through the path.
     */
    private static boolean sameFile(FileChannel channel, Path path) throws IOException {
        byte[] mark = ("vigie run " + ProcessHandle.current().pid() + " " + java.util.UUID.randomUUID() + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(mark), 0);
        channel.force(false);
        try {
            return java.util.Arrays.equals(mark, Files.readAllBytes(path));
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    public Path root() {
        return root;
    }

    /** Temporary files of an earlier, killed run that were removed when the folder was opened. */
    public int strayTemporaryFiles() {
        return strayTemporaryFiles;
    }

    public Path manifest() {
        return root.resolve(MANIFEST);
    }

    static boolean isTemporary(Path file) {
        String n = file.getFileName().toString();
        return n.startsWith(TMP_PREFIX) && n.endsWith(TMP_SUFFIX);
    }

    private static int removeTemporaryFiles(Path root) throws IOException {
        int[] removed = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && isTemporary(file)) {
                    Files.deleteIfExists(file);
                    removed[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return removed[0];
    }

    @Override
    public synchronized Slot reserve(String name) {
        Path target = OutputPaths.resolve(root, name + format.suffix());
        int n = 2;
        while (!reserved.add(target)) {
            target = OutputPaths.resolve(root, name + "~" + n++ + format.suffix());
        }
        return new FileSlot(target);
    }

    /** Writes a file of the folder atomically (temporary file, then rename). */
    public void writeAtomically(Path target, IOConsumer<OutputStream> content) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(temporaryName(TMP_PREFIX, TMP_SUFFIX));
        try {
            // created with the permissions of the umask, as any file the user writes (not 0600)
            try (OutputStream o = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.accept(o);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** A fresh name {@code PREFIX<random>SUFFIX} for a temporary file. */
    static String temporaryName(String prefix, String suffix) {
        return prefix + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + suffix;
    }

    /** A write that may fail with an IOException. */
    @FunctionalInterface
    public interface IOConsumer<T> {
        void accept(T t) throws IOException;
    }

    private final class FileSlot implements Slot {
        private final Path target;

        FileSlot(Path target) {
            this.target = target;
        }

        @Override
        public boolean upToDate(BatchInput input) {
            if (input.file() == null || input.problem() != null || !Files.isRegularFile(target)) {
                return false;
            }
            try {
                String[] record = format.read(target);
                if (record == null) {
                    return false;
                }
                String status = record[0];
                if (status.equals("error")) {
                    ErrorCode code = ErrorCode.valueOf(record[1]);
                    if (!FINAL_ERRORS.contains(code)) {
                        return false;
                    }
                } else if (!status.equals("ok")) {
                    return false;
                }
                FileTime out = Files.getLastModifiedTime(target);
                FileTime in = Files.getLastModifiedTime(input.file());
                if (out.compareTo(in) > 0) {
                    return true;
                }
                String id = record[2];
                return id != null && Files.size(input.file()) <= 64L * 1024 * 1024
                        && id.equals(Ingester.id(Files.readAllBytes(input.file())));
            } catch (IOException | RuntimeException e) {
                return false; // missing, unreadable or not a valid record: process the input again
            }
        }

        @Override
        public void write(Result r) throws IOException {
            writeAtomically(target, o -> format.write(r, o));
        }
    }

    @Override
    public void close() throws IOException {
        release();
    }

    @Override
    public void abort() {
        try {
            release();
        } catch (IOException e) {
            // nothing more to do: the lock goes with the process
        }
    }

    private void release() throws IOException {
        if (lockChannel.isOpen()) {
            // removed while still locked; a run that opened it meanwhile sees it is gone (sameFile)
            try {
                Files.deleteIfExists(root.resolve(LOCK));
            } finally {
                lock.release();
                lockChannel.close();
            }
        }
    }
}
