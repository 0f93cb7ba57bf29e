package com.newsbridge.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code newsbridge.jar}: {@code index}, {@code serve} and {@code search} commands.
 *
 * <p>Errors a user can fix (a missing folder, a locked index, a bad query) end the command with one clear line on
 * stderr and a non-zero exit code, without a stack trace.
 */
@Command(name = "newsbridge", mixinStandardHelpOptions = true, version = "NewsBridge 0.1.0",
        description = "Full-text search for bilingual Chinese-English news.",
        subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class, EvalCommand.class,
                EvalEntitiesCommand.class, SegmentationCommand.class, BackupCommand.class, RestoreCommand.class})
public final class NewsBridgeCli implements Runnable {

    /** Exit code when some input articles were skipped. */
    public static final int EXIT_SKIPPED = 2;
    /** Exit code for usage errors and failures. */
    public static final int EXIT_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (used by tests). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new NewsBridgeCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + oneLine(e));
            err.flush();
            return EXIT_ERROR;
        });
        return cli.execute(args);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
