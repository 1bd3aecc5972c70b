package fr.vigie.cli;

import fr.vigie.register.Register;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vigie register}: merges Vigie outputs into the register, a SQLite database. */
@Command(name = "register", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Merges Vigie outputs into the register, a SQLite database of documents, claims and facts.",
        description = {"Builds or updates the register, a SQLite database of documents, claims, and the facts "
                + "merged from them (actor x tool x action, with their sources and where they disagree), from "
                + "Vigie outputs: folders of .json files, .json files, .jsonl files.",
                "The import is one transaction: stopped or failed, it leaves the database as it was. Importing "
                + "the same records again changes nothing; a new record of a document (same document.id) "
                + "replaces its claims. Files or lines that are not Vigie records are listed on standard error "
                + "and in the table import_problems.",
                "Exit code: 0 when the import was committed (problems included), 1 when it failed (nothing "
                + "changed), 2 on a usage error."})
public final class RegisterCommand implements Callable<Integer> {

    private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;

    @Parameters(arity = "1..*", paramLabel = "OUTPUTS", description = "Output folders, .json or .jsonl files of vigie extract.")
    List<Path> outputs;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The register (created when missing).")
    Path db;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.isDirectory(db)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--db must be a file, not a folder: " + db);
        }
        try (Register register = Register.open(db)) {
            long[] next = {System.nanoTime() + PROGRESS_EVERY_NANOS};
            Register.Listener progress = quiet ? Register.Listener.NONE : (records, file) -> {
                long now = System.nanoTime();
                if (now >= next[0]) {
                    next[0] = now + PROGRESS_EVERY_NANOS;
                    err.printf("vigie register: %d records read, at %s%n", records, file);
                    err.flush();
                }
            };
            Register.ImportReport r = register.importOutputs(outputs, progress);
            for (String p : r.problemMessages()) {
                err.println("vigie register: not imported: " + p);
            }
            if (!quiet) {
                err.printf("%s: %d records read (%d added, %d replaced, %d unchanged), %d claims imported, "
                                + "%d facts merged again, %d problems%n",
                        db, r.records(), r.added(), r.replaced(), r.unchanged(), r.claims(), r.factsRebuilt(),
                        r.problems());
            }
            err.flush();
            return 0;
        } catch (Exception e) {
            err.println("vigie register: the import failed, the register is unchanged: " + e);
            err.flush();
            return 1;
        }
    }
}
