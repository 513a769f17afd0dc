package dev.kalshisim.sim.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The conformance script's node project: copied from {@code src/test/node} into a work directory
 * under {@code target/} and installed there with npm, so nothing outside {@code target/} changes.
 *
 * <p>{@code npm ci} installs exactly the tree in {@code package-lock.json}; {@code --prefer-offline}
 * lets it run without the registry when npm's cache already holds every package. A stamp of the
 * manifest and lockfile hashes skips the install on later runs until either file changes.
 */
final class NodeProject {

    /** How long {@code npm ci} may take: a cold cache over a slow network. */
    static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

    private static final List<String> PROJECT_FILES = List.of("package.json", "package-lock.json");
    private static final String STAMP = ".installed-sha256";

    private final Path source;
    private final Path workDirectory;

    NodeProject(Path source, Path workDirectory) {
        this.source = source;
        this.workDirectory = workDirectory;
    }

    /** The directory the project is installed and run in. */
    Path directory() {
        return workDirectory;
    }

    /**
     * Copies the project's files into the work directory and installs its dependencies unless an
     * identical install is already there.
     *
     * @return the npm run, or null when the install was already up to date
     */
    ProcessRun install(NodeToolchain toolchain) {
        copySources();
        String fingerprint = fingerprint();
        Path stamp = workDirectory.resolve(STAMP);
        if (Files.isDirectory(workDirectory.resolve("node_modules")) && fingerprint.equals(readOrEmpty(stamp))) {
            return null;
        }
        deleteQuietly(stamp);
        boolean locked = Files.exists(workDirectory.resolve("package-lock.json"));
        List<String> command = locked
                ? List.of(toolchain.npm().toString(), "ci", "--prefer-offline", "--no-audit", "--no-fund")
                : List.of(toolchain.npm().toString(), "install", "--prefer-offline", "--no-audit", "--no-fund");
        ProcessRun run = ProcessRun.run(command, workDirectory, Map.of("npm_config_update_notifier", "false"),
                INSTALL_TIMEOUT, workDirectory.resolve("logs"));
        if (run.succeeded()) {
            write(stamp, fingerprint);
        }
        return run;
    }

    private void copySources() {
        try {
            Files.createDirectories(workDirectory);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, workDirectory.resolve(file.getFileName().toString()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + workDirectory, e);
        }
    }

    private String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : PROJECT_FILES) {
                Path file = workDirectory.resolve(name);
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                if (Files.exists(file)) {
                    digest.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Without the stamp the next run simply installs again.
        }
    }
}
