package fr.vigie.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigie} command line: {@code extract}, {@code eval}, {@code bench}, {@code register}, {@code report}. */
@Command(name = "vigie", mixinStandardHelpOptions = true, version = "vigie 0.1.0",
        description = {"Reads French press articles and extracts, as JSON, who used which surveillance tool,",
                "when, and under what legal basis, each claim tied to the sentence that states it."},
        subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, RegisterCommand.class,
                ReportCommand.class, CommandLine.HelpCommand.class})
public final class VigieCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 done, 1 failure, 2 usage error). */
    public static int run(String... args) {
        return new CommandLine(new VigieCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: extract, eval, bench, register or report");
    }
}
