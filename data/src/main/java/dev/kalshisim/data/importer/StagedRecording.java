package dev.kalshisim.data.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordingFormat;
import dev.kalshisim.data.recording.RecordingReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A recording built in a hidden folder beside its target ({@code .NAME.staging}) and moved into
 * place only by {@link #commit()}, so a failed import or backfill leaves nothing at the target
 * that looks like a recording; {@link #close()} deletes the hidden folder whatever happened.
 */
public final class StagedRecording implements AutoCloseable {

    private static final ObjectMapper MANIFEST_MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedRecording(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Prepares a recording for {@code out}, which must not exist or be an empty folder.
     *
     * @throws ImportException when {@code out} is a file or a folder with something in it
     */
    public static StagedRecording begin(Path out) {
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new ImportException(out + " exists and is not a folder");
            }
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new ImportException(out + " is not empty: a recording goes into a new folder");
                }
            } catch (IOException e) {
                throw new ImportException("cannot read " + out + ": " + e.getMessage(), e);
            }
        }
        Path absolute = out.toAbsolutePath().normalize();
        Path staging = absolute.resolveSibling("." + absolute.getFileName() + ".staging");
        deleteTree(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new ImportException("cannot create a folder beside " + out + ": " + e.getMessage(), e);
        }
        return new StagedRecording(absolute, staging);
    }

    /** Where the recording's writer writes (does not exist yet). */
    public Path recordingDir() {
        return staging.resolve("recording");
    }

    /** A scratch folder for spill files, deleted with the staging folder. */
    public Path scratch() {
        return staging.resolve("scratch");
    }

    /** Rewrites the closed recording's origin detail, known only once everything is written. */
    public void setDetail(String detail) {
        Manifest manifest = RecordingReader.readManifest(recordingDir());
        Manifest.Origin old = manifest.origin();
        Manifest updated = new Manifest(manifest.formatVersion(),
                new Manifest.Origin(old.kind(), old.baseUrl(), old.environment(), detail), manifest.markets(),
                manifest.firstRecvNs(), manifest.lastRecvNs(), manifest.segments(), manifest.gaps());
        try {
            MANIFEST_MAPPER.writeValue(recordingDir().resolve(RecordingFormat.MANIFEST).toFile(), updated);
        } catch (IOException e) {
            throw new UncheckedIOException("rewriting the manifest", e);
        }
    }

    /** Moves the finished recording to its target. */
    public void commit() {
        try {
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty: checked in begin
            }
            try {
                Files.move(recordingDir(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(recordingDir(), target);
            }
        } catch (IOException e) {
            throw new ImportException("cannot move the recording into " + target + ": " + e.getMessage(), e);
        }
        committed = true;
    }

    /** Whether {@link #commit()} succeeded. */
    public boolean committed() {
        return committed;
    }

    /** Deletes the hidden folder (and, before a commit, the unfinished recording in it). */
    @Override
    public void close() {
        deleteTree(staging);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover hidden folder is never mistaken for the recording at the target.
        }
    }
}
