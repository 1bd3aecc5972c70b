package fr.vigie.cli;

import fr.vigie.register.FactsCsv;
import fr.vigie.register.HtmlReport;
import fr.vigie.register.Register;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.concurrent.Callable;

/** {@code vigie report}: the register as a static HTML page, or its facts as CSV. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Writes the register as a static HTML report, or its facts as CSV.",
        description = {"Writes the register as a static HTML report, OUT/index.html, that opens from disk (no "
                + "server, no network): summary, facts with filters and their sources, timeline. With --format "
                + "csv, the facts, one row per fact, to --out FILE or standard output.",
                "Exit code: 0 written, 1 when the register cannot be read or the report written, 2 on a "
                + "usage error."})
public final class ReportCommand implements Callable<Integer> {

    enum Format { html, csv }

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The register (read only).")
    Path db;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR|FILE",
            description = "Folder of the HTML report (created), or the CSV file (default: standard output).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "html (a folder with index.html) or csv (one row per fact). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "The folder the documents' source paths are relative to: each source found there is linked.")
    Path sources;

    @Option(names = "--max-sources", paramLabel = "N", defaultValue = "" + HtmlReport.DEFAULT_MAX_SOURCES,
            description = "The most claims quoted per fact in the HTML report, one of each version of a "
                    + "disagreement first (0: all). Default: ${DEFAULT-VALUE}.")
    int maxSources;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (maxSources < 0) {
            throw new CommandLine.ParameterException(cl, "--max-sources must be 0 (all) or more: " + maxSources);
        }
        if (format == Format.html && out == null) {
            throw new CommandLine.ParameterException(cl, "--out DIR is required with --format html");
        }
        if (format == Format.html && Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(cl, "--out must be a folder with --format html: " + out);
        }
        if (format == Format.csv && out != null && Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(cl, "--out must be a file with --format csv: " + out);
        }
        PrintWriter err = cl.getErr();
        try (Connection c = Register.openReadOnly(db)) {
            if (format == Format.html) {
                Path page = new HtmlReport(sources, maxSources).write(c, out);
                if (!quiet) {
                    err.println("report written: " + page);
                }
            } else if (out == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                FactsCsv.write(c, w);
                w.flush();
            } else {
                Path parent = out.toAbsolutePath().getParent();
                Path tmp = Files.createTempFile(parent, "." + out.getFileName(), ".tmp");
                try {
                    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                        FactsCsv.write(c, w);
                    }
                    HtmlReport.readableByAll(tmp);
                    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                if (!quiet) {
                    err.println("facts written: " + out);
                }
            }
            err.flush();
            return 0;
        } catch (IOException | java.sql.SQLException e) {
            err.println("vigie report: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
