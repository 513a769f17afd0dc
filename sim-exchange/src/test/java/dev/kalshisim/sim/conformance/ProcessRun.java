package dev.kalshisim.sim.conformance;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The outcome of running an external command to completion or to its timeout.
 *
 * <p>Output goes to files rather than pipes, so a chatty child can never block on a full pipe
 * while we wait for it; the files stay behind in the log directory for a human to read.
 *
 * @param command the command line
 * @param exitCode the exit code; -1 when the command timed out and was killed
 * @param timedOut whether the timeout expired
 * @param stdout everything the command wrote to standard output
 * @param stderr everything it wrote to standard error
 */
record ProcessRun(List<String> command, int exitCode, boolean timedOut, String stdout, String stderr) {

    /**
     * Runs {@code command} in {@code directory} with {@code extraEnvironment} added to ours, and
     * waits at most {@code timeout}; on timeout the command and every process it started are killed.
     *
     * @param logDirectory where {@code <name>.stdout.log} and {@code .stderr.log} are written; null
     *     for temporary files that are deleted afterwards
     * @throws IllegalStateException if the command cannot be started
     */
    static ProcessRun run(List<String> command, Path directory, Map<String, String> extraEnvironment,
            Duration timeout, Path logDirectory) {
        Path out;
        Path err;
        try {
            if (logDirectory == null) {
                out = Files.createTempFile("process-run", ".stdout.log");
                err = Files.createTempFile("process-run", ".stderr.log");
            } else {
                String name = Path.of(command.get(0)).getFileName() + (command.size() > 1 ? "-" + command.get(1) : "");
                name = name.replaceAll("[^A-Za-z0-9._-]", "_");
                Files.createDirectories(logDirectory);
                out = logDirectory.resolve(name + ".stdout.log");
                err = logDirectory.resolve(name + ".stderr.log");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(extraEnvironment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command + ": " + e.getMessage(), e);
        }
        boolean finished = waitFor(process, timeout);
        if (!finished) {
            // npm and node start children of their own; kill the whole tree, youngest first.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(10));
        }
        ProcessRun run = new ProcessRun(command, finished ? process.exitValue() : -1, !finished, read(out), read(err));
        if (logDirectory == null) {
            deleteQuietly(out);
            deleteQuietly(err);
        }
        return run;
    }

    /** Whether the command exited with 0 in time. */
    boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    /** The command, how it ended and its output, for failure messages; each stream cut to {@code maxChars}. */
    String describe(int maxChars) {
        String ending = timedOut ? "timed out and was killed" : "exited with " + exitCode;
        return String.join(" ", command) + " " + ending
                + "\n--- stdout ---\n" + tail(stdout, maxChars)
                + "\n--- stderr ---\n" + tail(stderr, maxChars);
    }

    private static String tail(String text, int maxChars) {
        return text.length() <= maxChars ? text : "[... " + (text.length() - maxChars) + " chars cut]\n"
                + text.substring(text.length() - maxChars);
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temporary file is harmless.
        }
    }

    private static File nullDevice() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return new File(windows ? "NUL" : "/dev/null");
    }
}
