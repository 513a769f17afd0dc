package dev.kalshisim.data.importer;

import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordingException;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.WriterSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Imports published files into a new recording folder, built in a {@link StagedRecording} so a
 * failed import leaves nothing that looks like a recording.
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
        try (StagedRecording staged = StagedRecording.begin(out)) {
            String detail;
            long lines;
            try (RecordingWriter writer = RecordingWriter.create(staged.recordingDir(),
                    new Manifest.Origin("import", null, "imported", format.label()), settings)) {
                detail = switch (format) {
                    case KALSHI_WS_JSONL -> importFrames(writer, files, progress);
                    case KALSHI_TRADES_CSV -> new TradesImporter(writer, false, progress).importFiles(files, staged.scratch());
                    case KALSHI_TRADES_PARQUET -> new TradesImporter(writer, true, progress).importFiles(files, staged.scratch());
                };
                lines = writer.manifest().lineCount();
            }
            staged.setDetail(detail);
            staged.commit();
            return new Result(out, lines, detail);
        } catch (RecordingException e) {
            throw new ImportException(e.getMessage(), e);
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
}
