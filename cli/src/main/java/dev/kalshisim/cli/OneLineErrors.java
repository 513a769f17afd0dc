package dev.kalshisim.cli;

import picocli.CommandLine;

/**
 * Turns a user's mistake into one line on standard error and exit code 2 (bad usage) or 1 (the
 * command failed), instead of a stack trace. Public for the Spark job's command line (module {@code spark}).
 */
public final class OneLineErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    /** Exit code for a command that failed at run time. */
    static final int FAILED = 1;
    /** Exit code for a command line that could not be understood. */
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
            CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("kalshi-sim: " + describe(exception));
        commandLine.getErr().flush();
        return FAILED;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        commandLine.getErr().println("kalshi-sim: " + exception.getMessage()
                + " (see 'kalshi-sim " + commandPath(commandLine) + "--help')");
        commandLine.getErr().flush();
        return USAGE;
    }

    private static String describe(Throwable exception) {
        Throwable cause = exception;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    private static String commandPath(CommandLine commandLine) {
        StringBuilder path = new StringBuilder();
        for (CommandLine at = commandLine; at.getParent() != null; at = at.getParent()) {
            path.insert(0, at.getCommandName() + " ");
        }
        return path.toString();
    }
}
