package dev.kalshisim.data.recording;

/**
 * When a writer starts a new segment.
 *
 * @param maxSegmentBytes uncompressed bytes after which the next line opens a new segment
 * @param maxSegmentNanos receive-time span after which the next line opens a new segment
 */
public record WriterSettings(long maxSegmentBytes, long maxSegmentNanos) {

    /** 64 MiB of lines or one hour of receive time, whichever comes first. */
    public static final WriterSettings DEFAULTS = new WriterSettings(64L << 20, 3_600_000_000_000L);

    public WriterSettings {
        if (maxSegmentBytes < 1 || maxSegmentNanos < 1) {
            throw new IllegalArgumentException("segment limits must be positive");
        }
    }
}
