package fr.vigie.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's memory as the operating system sees it. */
public final class Memory {

    private Memory() {
    }

    /** Peak resident set size (VmHWM of /proc/self/status) in bytes; -1 when not on Linux. */
    public static long peakRssBytes() {
        return statusKilobytes("VmHWM:");
    }

    /** Current resident set size (VmRSS) in bytes; -1 when not on Linux. */
    public static long rssBytes() {
        return statusKilobytes("VmRSS:");
    }

    private static long statusKilobytes(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    String[] parts = line.substring(key.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Bytes as "1.2 GB", "340 MB". */
    public static String human(long bytes) {
        if (bytes < 0) {
            return "n/a";
        }
        if (bytes >= 1L << 30) {
            return String.format(java.util.Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30));
        }
        return String.format(java.util.Locale.ROOT, "%d MB", bytes >> 20);
    }
}
