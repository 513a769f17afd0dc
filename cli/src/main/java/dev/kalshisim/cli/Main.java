package dev.kalshisim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kalshi-sim} command line: one runnable jar whose subcommands run the simulator,
 * strategies and tools.
 *
 * <p>Bad input prints one line to standard error and exits non-zero; a stack trace is printed only
 * for a bug, never for a user's mistake.
 */
@Command(
        name = "kalshi-sim",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "A simulated Kalshi exchange and trading toolkit speaking Kalshi's Trade API v2.",
        subcommands = {ServeCommand.class, SoakCommand.class, RunCommand.class, StrategiesCommand.class,
            dev.kalshisim.cli.backtest.SweepCommand.class,
            ImportCommand.class, dev.kalshisim.cli.backfill.BackfillCommand.class,
            InspectCommand.class,
            RecordCommand.class,
            SamplesCommand.class,
            dev.kalshisim.cli.backtest.BacktestCommand.class,
            dev.kalshisim.cli.report.ReportCommand.class,
            dev.kalshisim.cli.gateway.GatewayCommand.class,
            dev.kalshisim.cli.loadtest.LoadtestCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /** The command tree with the error handling every subcommand shares. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new OneLineErrors());
        commandLine.setParameterExceptionHandler(new OneLineErrors());
        return commandLine;
    }

    @Override
    public void run() {
        // No subcommand: show what there is.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"kalshi-sim " + properties.getProperty("version", "unknown")};
        }
    }
}
