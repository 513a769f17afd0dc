package dev.kalshisim.sim.conformance;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The machine's {@code node} and {@code npm}, found on {@code PATH}, and the Node.js major version.
 *
 * <p>The suite needs nothing installed by hand: {@code .ci/run} installs Debian's {@code nodejs}
 * and {@code npm} when they are missing.
 *
 * @param node the {@code node} executable
 * @param npm the {@code npm} executable
 * @param nodeVersion what {@code node --version} printed, like {@code v20.11.1}
 */
record NodeToolchain(Path node, Path npm, String nodeVersion) {

    /** The oldest Node.js the SDK's axios, {@code ws} and the script's syntax are known to run on. */
    static final int MINIMUM_NODE_MAJOR = 18;

    /**
     * Finds {@code node} and {@code npm} on {@code PATH} and asks node for its version.
     *
     * @return the toolchain, or empty with {@code whyNot} filled in when one is missing or too old
     */
    static Optional<NodeToolchain> locate(StringBuilder whyNot) {
        return locate(System.getenv("PATH"), whyNot);
    }

    /** As {@link #locate(StringBuilder)}, searching {@code pathVariable} instead of this process's PATH. */
    static Optional<NodeToolchain> locate(String pathVariable, StringBuilder whyNot) {
        Optional<Path> node = onPath("node", pathVariable);
        Optional<Path> npm = onPath("npm", pathVariable);
        if (node.isEmpty() || npm.isEmpty()) {
            whyNot.append("node and npm must be on PATH (found node=").append(node.map(Path::toString).orElse("none"))
                    .append(", npm=").append(npm.map(Path::toString).orElse("none"))
                    .append("); install Debian's nodejs and npm packages, as .ci/run does");
            return Optional.empty();
        }
        ProcessRun version = ProcessRun.run(List.of(node.get().toString(), "--version"), Path.of("."), Map.of(),
                Duration.ofSeconds(30), null);
        String text = version.stdout().strip();
        int major = majorVersion(text);
        if (version.exitCode() != 0 || major < MINIMUM_NODE_MAJOR) {
            whyNot.append("node ").append(node.get()).append(" reports '").append(text).append("' (exit ")
                    .append(version.exitCode()).append("); Node.js ").append(MINIMUM_NODE_MAJOR).append(" or newer is needed");
            return Optional.empty();
        }
        return Optional.of(new NodeToolchain(node.get(), npm.get(), text));
    }

    /** The first executable named {@code name} (or {@code name.cmd}/{@code .exe} on Windows) in {@code path}. */
    static Optional<Path> onPath(String name, String path) {
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> names = windows ? List.of(name + ".cmd", name + ".exe", name) : List.of(name);
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            for (String candidate : names) {
                Path file = Path.of(directory, candidate);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    /** 20 for {@code v20.11.1}; -1 when the text is not a version. */
    static int majorVersion(String version) {
        String digits = version.startsWith("v") ? version.substring(1) : version;
        int dot = digits.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? digits : digits.substring(0, dot));
        } catch (NumberFormatException notAVersion) {
            return -1;
        }
    }
}
