package dev.kalshisim.sim.replay.playback;

import dev.kalshisim.data.DataLocation;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.data.replay.ReplayLogBuilder;
import dev.kalshisim.data.replay.ReplayLogCache;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A recording opened for playback: its folder, its manifest (for the markets' metadata) and its
 * replay log (the records, memory-mapped). Immutable; one source may be played by many servers.
 */
public record PlaybackSource(Path folder, Manifest manifest, ReplayLog log) {

    public PlaybackSource {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(log, "log");
    }

    /**
     * Opens {@code text} ({@code DIR} or {@code sample:NAME}): a sample is generated on first use,
     * the replay log is built or reused from the cache.
     *
     * @throws dev.kalshisim.data.recording.RecordingException or
     *     {@link dev.kalshisim.data.replay.ReplayLogException} with one line naming what is wrong
     */
    public static PlaybackSource open(String text, ReplayLogBuilder.Progress progress) {
        return open(DataLocation.resolve(text), progress);
    }

    /** Opens the recording in {@code folder}. */
    public static PlaybackSource open(Path folder, ReplayLogBuilder.Progress progress) {
        Manifest manifest = RecordingReader.readManifest(folder);
        ReplayLog log = ReplayLogCache.standard().open(folder, progress == null ? ReplayLogBuilder.Progress.NONE
                : progress).log();
        return new PlaybackSource(folder, manifest, log);
    }

    /** The first record's receive time, epoch nanos (0 for an empty recording). */
    public long firstRecvNanos() {
        return log.header().firstRecvNs();
    }

    /** The last record's receive time, epoch nanos. */
    public long lastRecvNanos() {
        return log.header().lastRecvNs();
    }
}
