package dev.kalshisim.data.importer;

import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordingException;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.WriterSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Imports published files into a new recording folder. The recording is built in a hidden
 * folder beside the target and moved into place only when complete, so a failed import leaves
 * nothing that looks like a recording: the hidden folder is deleted on any failure.
 */
public final class Importer {

    private final WriterSettings settings;

    public Importer(WriterSettings settings) {
        this.settings = settings;
    }

    /** What an import wrote. */
    public record Result(Path dir, long lines, String detail) {
    }

    /**
     * Imports {@code files} in {@code format} into {@code out}, which must not exist or be empty.
     *
     * @param progress told the count of frames or trades written so far, as they are written
     * @throws ImportException one line naming the file and the line or row that is wrong
     */
    public Result run(ImportFormat format, List<Path> files, Path out, LongConsumer progress) {
        if (files.isEmpty()) {
            throw new ImportException("no files to import");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(file + ": no such file");
            }
            if (!Files.isReadable(file)) {
                throw new ImportException(file + ": cannot be read");
            }
        }
        checkTarget(out);
        Path absolute = out.toAbsolutePath().normalize();
        Path staging = absolute.resolveSibling("." + absolute.getFileName() + ".importing");
        deleteTree(staging);
        Path recording = staging.resolve("recording");
        try {
            Files.createDirectories(staging);
            String detail;
            long lines;
            try (RecordingWriter writer = RecordingWriter.create(recording, new Manifest.Origin("import", null, "imported",
                    format.label()), settings)) {
                detail = switch (format) {
                    case KALSHI_WS_JSONL -> importFrames(writer, files, progress);
                    case KALSHI_TRADES_CSV -> new TradesImporter(writer, false, progress)
                            .importFiles(files, staging.resolve("spill"));
                    case KALSHI_TRADES_PARQUET -> new TradesImporter(writer, true, progress)
                            .importFiles(files, staging.resolve("spill"));
                };
                lines = writer.manifest().lineCount();
                writer.close();
            }
            rewriteDetail(recording, detail);
            moveIntoPlace(recording, absolute);
            deleteTree(staging);
            return new Result(out, lines, detail);
        } catch (RuntimeException | IOException e) {
            deleteTree(staging);
            if (e instanceof ImportException importFailure) {
                throw importFailure;
            }
            if (e instanceof RecordingException recordingFailure) {
                throw new ImportException(recordingFailure.getMessage(), recordingFailure);
            }
            throw new ImportException("import into " + out + " failed: " + e.getMessage(), e);
        }
    }

    private static String importFrames(RecordingWriter writer, List<Path> files, LongConsumer progress) {
        WsCaptureImporter importer = new WsCaptureImporter(writer, progress);
        StringBuilder detail = new StringBuilder("kalshi-ws-jsonl: ");
        for (int i = 0; i < files.size(); i++) {
            detail.append(i == 0 ? "" : " | ").append(importer.importFile(files.get(i)));
        }
        return detail.toString();
    }

    /** The origin's detail is known only at the end; the writer's manifest is rewritten with it. */
    private static void rewriteDetail(Path recording, String detail) throws IOException {
        Path manifestFile = recording.resolve(dev.kalshisim.data.recording.RecordingFormat.MANIFEST);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        Manifest manifest = RecordingReader.readManifest(recording);
        Manifest.Origin origin = new Manifest.Origin(manifest.origin().kind(), null, manifest.origin().environment(), detail);
        Manifest updated = new Manifest(manifest.formatVersion(), origin, manifest.markets(), manifest.firstRecvNs(),
                manifest.lastRecvNs(), manifest.segments(), manifest.gaps());
        mapper.writeValue(manifestFile.toFile(), updated);
    }

    private static void checkTarget(Path out) {
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new ImportException(out + " exists and is not a folder");
            }
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new ImportException(out + " is not empty: an import goes into a new folder");
                }
            } catch (IOException e) {
                throw new ImportException("cannot read " + out + ": " + e.getMessage(), e);
            }
        }
    }

    private static void moveIntoPlace(Path recording, Path out) throws IOException {
        if (Files.isDirectory(out)) {
            Files.delete(out); // empty, checked before the import
        }
        try {
            Files.move(recording, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(recording, out);
        }
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
            // Best effort: a leftover hidden folder is never mistaken for a recording at the target.
        }
    }
}
