package dev.kalshisim.data;

import dev.kalshisim.data.recording.RecordingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a command's data argument points: the one place that turns the text a user typed
 * ({@code DIR} or {@code sample:NAME}) into a recording's folder, so every command that reads
 * recorded data ({@code inspect}, later the backtest and {@code serve --replay}) accepts the same
 * forms.
 *
 * <p>A plain folder is taken as it is. The {@code sample:} scheme names a bundled sample; this
 * class is where its resolution lives (the sample catalog plugs in here).
 */
public final class DataLocation {

    /** The prefix of a bundled sample's name: {@code sample:fed-decision}. */
    public static final String SAMPLE_SCHEME = "sample:";

    private DataLocation() {
    }

    /**
     * The recording folder {@code text} names.
     *
     * @throws RecordingException with one line naming the text when it names nothing readable
     */
    public static Path resolve(String text) {
        if (text == null || text.isBlank()) {
            throw new RecordingException("no recording named: give a folder or sample:NAME");
        }
        if (text.startsWith(SAMPLE_SCHEME)) {
            return resolveSample(text.substring(SAMPLE_SCHEME.length()));
        }
        Path dir;
        try {
            dir = Path.of(text);
        } catch (InvalidPathException e) {
            throw new RecordingException(text + ": not a folder name (" + e.getReason() + ")");
        }
        if (!Files.isDirectory(dir)) {
            throw new RecordingException(text + (Files.exists(dir) ? ": not a folder" : ": no such folder"));
        }
        return dir;
    }

    // SAMPLE RESOLUTION: the sample catalog (the generator's) connects here.
    private static Path resolveSample(String name) {
        throw new RecordingException(SAMPLE_SCHEME + name + ": no bundled samples in this build");
    }
}
