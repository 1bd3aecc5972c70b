package fr.vigie.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigie} command line: {@code extract}, {@code eval}, {@code train}, {@code bench}, {@code register}, {@code report}. */
@Command(name = "vigie", mixinStandardHelpOptions = true, version = "vigie 0.1.0",
        description = "Reads French press articles and extracts, as JSON, who used which surveillance tool, "
                + "when, and under what legal basis, each claim tied to the sentence that states it.",
        subcommands = {ExtractCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class,
                RegisterCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class VigieCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 done, 1 failure, 2 usage error). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line, set up as {@link #run} runs it (its output and error streams can be changed). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new VigieCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        String[] version = cl.getCommandSpec().version();
        for (CommandLine sub : cl.getSubcommands().values()) {
            // every command answers -V / --version, with the one version of the program
            sub.getCommandSpec().version(version);
        }
        cl.setUsageHelpAutoWidth(true);
        cl.setParameterExceptionHandler(VigieCommand::usageError);
        return cl;
    }

    /** A usage error: the reason and where help is, not the whole help text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        java.io.PrintWriter err = cl.getErr();
        err.println("vigie: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: extract, eval, train, bench, register or report");
    }
}
