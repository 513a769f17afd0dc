package dev.kalshisim.data;

import dev.kalshisim.data.recording.RecordingException;
import dev.kalshisim.data.recording.RecordingFormat;
import dev.kalshisim.data.sample.Sample;
import dev.kalshisim.data.sample.SampleCache;
import dev.kalshisim.data.sample.SampleCatalog;
import dev.kalshisim.data.synthetic.L2Renderer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a command's data argument points: the one place that turns the text a user typed
 * ({@code DIR} or {@code sample:NAME}) into a recording's folder, so every command that reads
 * recorded data ({@code inspect}, later the backtest and {@code serve --replay}) accepts the same
 * forms. A bundled sample is generated into the sample cache on first use.
 */
public final class DataLocation {

    /** The prefix of a bundled sample's name: {@code sample:fed-decision}. */
    public static final String SAMPLE_SCHEME = "sample:";

    private DataLocation() {
    }

    /**
     * The recording folder {@code text} names.
     *
     * @throws RecordingException with one line naming the text when it names no recording
     */
    public static Path resolve(String text) {
        return resolve(text, SampleCache.defaults(), null);
    }

    /** As {@link #resolve(String)}, with the sample cache and a progress listener for a first generation. */
    public static Path resolve(String text, SampleCache cache, L2Renderer.Progress progress) {
        if (text == null || text.isBlank()) {
            throw new RecordingException("no recording named: give a folder or sample:NAME");
        }
        if (text.startsWith(SAMPLE_SCHEME)) {
            String name = text.substring(SAMPLE_SCHEME.length());
            Sample sample = SampleCatalog.find(name).orElseThrow(() -> new RecordingException(
                    "unknown sample " + name + "; the samples are " + SampleCatalog.names()));
            return cache.ensure(sample, progress);
        }
        Path folder;
        try {
            folder = Path.of(text);
        } catch (InvalidPathException e) {
            throw new RecordingException("not a folder name: " + text + " (" + e.getReason() + ")");
        }
        if (!Files.isDirectory(folder)) {
            throw new RecordingException((Files.exists(folder) ? "not a folder: " : "no such folder: ") + text);
        }
        if (!Files.isRegularFile(folder.resolve(RecordingFormat.MANIFEST))) {
            throw new RecordingException(text + " is not a recording: it has no " + RecordingFormat.MANIFEST);
        }
        return folder;
    }
}
