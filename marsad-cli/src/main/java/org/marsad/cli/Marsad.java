package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.marsad.enrich.story.JoinGate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code marsad} command line: one binary, one subcommand per job.
 *
 * <p>Exit codes: 0 ok, 1 failure, 2 usage error. A user error is one line on standard error, never a stack trace
 * (set {@code MARSAD_DEBUG=1} to see the trace of an unexpected failure).
 */
@Command(name = "marsad",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Marsad (مرصد): Arabic-first news aggregation and monitoring.",
        subcommands = {
                ExtractCommand.class,
                IngestCommand.class,
                SearchCommand.class,
                ExportCommand.class,
                ReindexCommand.class,
                EnrichCommand.class,
                DeleteCommand.class,
                HideCommands.Hide.class,
                HideCommands.Unhide.class,
                EntitiesCommand.class,
                ServeCommand.class,
                RunCommand.class,
                DemoCommand.class,
                SourcesCommand.class,
                WatchesCommand.class,
                UsersCommand.class,
                TokensCommand.class,
                StoriesCommand.class,
                ArabicCommand.class,
                SolrCommand.class,
                MigrateCommand.class,
                BackupCommands.Backup.class,
                BackupCommands.Restore.class,
                WorkerCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Marsad implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see marsad --help)");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; used by tests to run commands in-process. */
    public static int execute(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    /**
     * Runs the command once the JVM's own settings (a {@code -D} property a user may set) are known to be valid: a
     * mistyped one is a usage error before anything is opened, not an "unexpected error" from deep in a store.
     */
    private static int runChecked(CommandLine.ParseResult parsed) {
        try {
            JoinGate.forArchive();
        } catch (IllegalArgumentException e) {
            parsed.commandSpec().commandLine().getErr().println("marsad: " + e.getMessage());
            return Errors.USAGE;
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    static CommandLine commandLine() {
        LibraryLogs.quiet();
        CommandLine cl = new CommandLine(new Marsad());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(Errors::handleExecution);
        cl.setParameterExceptionHandler(Errors::handleParameter);
        cl.setExecutionStrategy(Marsad::runChecked);
        HelpWrap.install(cl);
        return cl;
    }
}
