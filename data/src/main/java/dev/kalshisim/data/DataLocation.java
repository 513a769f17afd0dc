package dev.kalshisim.data;

import dev.kalshisim.data.recording.RecordingFormat;
import dev.kalshisim.data.sample.Sample;
import dev.kalshisim.data.sample.SampleCache;
import dev.kalshisim.data.sample.SampleCatalog;
import dev.kalshisim.data.synthetic.L2Renderer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns what a user typed for {@code --data} into a recording folder: a folder path, or
 * {@code sample:NAME} for a bundled sample (generated into the sample cache on first use).
 */
public final class DataLocation {

    public static final String SAMPLE_SCHEME = "sample:";

    private DataLocation() {
    }

    /**
     * The recording folder {@code text} names.
     *
     * @throws IllegalArgumentException with a one-line message for an unknown sample or a missing folder
     */
    public static Path resolve(String text) {
        return resolve(text, SampleCache.defaults(), null);
    }

    /** As {@link #resolve(String)}, with the sample cache and a progress listener for a first generation. */
    public static Path resolve(String text, SampleCache cache, L2Renderer.Progress progress) {
        if (text.startsWith(SAMPLE_SCHEME)) {
            String name = text.substring(SAMPLE_SCHEME.length());
            Sample sample = SampleCatalog.find(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown sample " + name + "; the samples are " + SampleCatalog.names()));
            return cache.ensure(sample, progress);
        }
        Path folder = Path.of(text);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no such folder: " + text);
        }
        if (!Files.isRegularFile(folder.resolve(RecordingFormat.MANIFEST))) {
            throw new IllegalArgumentException(text + " is not a recording: it has no " + RecordingFormat.MANIFEST);
        }
        return folder;
    }
}
