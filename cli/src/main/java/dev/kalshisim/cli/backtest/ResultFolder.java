package dev.kalshisim.cli.backtest;

import dev.kalshisim.reports.Report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code --out} folder of a backtest, and how a result gets into it without ever leaving a
 * half result that looks complete.
 *
 * <p>The rules: a missing folder is created; an empty folder is used; a folder holding a previous
 * result (its {@value #SUMMARY} and nothing but result files) is replaced; anything else is refused
 * before anything is touched. The result is written into a hidden staging sibling
 * ({@code .NAME.partial}) with {@value #SUMMARY} last, and only a finished result is moved into
 * place, by renames; a failed run removes its staging folder, and a killed one leaves only that
 * hidden folder, which the next run clears.
 */
final class ResultFolder {

    /** Written last; its presence marks a folder as a backtest's result. */
    static final String SUMMARY = "summary.json";
    /** Written last by a sweep; its presence marks a folder as a sweep's result. */
    static final String SWEEP = "sweep.json";

    private final Path target;
    private final Path staging;
    private final Path retired;
    /** Folders above the target this run created, deepest first, removed again after a failure. */
    private final List<Path> createdParents = new ArrayList<>();

    private ResultFolder(Path target) {
        this.target = target;
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IllegalArgumentException("--out cannot be the file system's root");
        }
        String name = absolute.getFileName().toString();
        this.staging = parent.resolve("." + name + ".partial");
        this.retired = parent.resolve("." + name + ".replaced");
    }

    /**
     * Checks {@code out} against the rules, touching nothing.
     *
     * @throws IllegalArgumentException in one line when the folder may not receive a result
     */
    static ResultFolder claim(Path out) {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file, not a folder");
        }
        if (Files.isDirectory(out)) {
            Set<String> names = entries(out);
            if (!names.isEmpty() && !isResult(names)) {
                throw new IllegalArgumentException("--out " + out + " is not empty and holds no backtest result "
                        + "(no " + SUMMARY + ", or other files beside it): choose another folder or empty it");
            }
        }
        return new ResultFolder(out);
    }

    /**
     * Checks a sweep's {@code out}: missing, empty, or a previous sweep (which is replaced whole),
     * touching nothing.
     *
     * @throws IllegalArgumentException in one line when the folder may not receive a sweep
     */
    static ResultFolder claimSweep(Path out) {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file, not a folder");
        }
        if (Files.isDirectory(out)) {
            Set<String> names = entries(out);
            if (!names.isEmpty() && !names.contains(SWEEP)) {
                throw new IllegalArgumentException("--out " + out + " is not empty and holds no sweep result "
                        + "(no " + SWEEP + "): choose another folder or empty it");
            }
        }
        return new ResultFolder(out);
    }

    /** Whether a folder with these entries holds a previous result and nothing else. */
    static boolean isResult(Set<String> names) {
        if (!names.contains(SUMMARY)) {
            return false;
        }
        Set<String> known = new TreeSet<>(ResultFiles.fileNames());
        known.add(SUMMARY);
        // The report that backtest and `report DIR` write beside the result files.
        known.addAll(List.of(Report.METRICS, Report.EQUITY, Report.HTML));
        return known.containsAll(names);
    }

    Path target() {
        return target;
    }

    /** A fresh, empty staging folder to write the result into (a killed run's leftover is cleared). */
    Path stage() {
        try {
            deleteTree(staging);
            for (Path parent = staging.getParent(); parent != null && !Files.exists(parent);
                    parent = parent.getParent()) {
                createdParents.add(parent);
            }
            Files.createDirectories(staging.getParent());
            Files.createDirectory(staging);
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the result folder beside " + target + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Moves the finished result into place: a previous result is renamed aside, the staging folder
     * renamed to the target, and the old one deleted.
     */
    void publish() {
        try {
            deleteTree(retired);
            if (Files.isDirectory(target)) {
                Files.move(target, retired, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(retired);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the result into " + target + ": " + e.getMessage(), e);
        }
    }

    /** Removes what this run wrote, after a failure. */
    void abandon() {
        try {
            deleteTree(staging);
            for (Path parent : createdParents) {
                Files.deleteIfExists(parent);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // The run's own failure is the one to report; a hidden leftover is cleared next time
            // (a run still writing into the staging folder can make the walk fail).
        }
    }

    private static Set<String> entries(Path dir) {
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                names.add(entry.getFileName().toString());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("--out " + dir + " cannot be read: " + e.getMessage());
        }
        return names;
    }

    /** Deletes a folder this class made (a staging or retired one), files first. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.forEach(paths::add);
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(paths.get(i));
        }
    }
}
