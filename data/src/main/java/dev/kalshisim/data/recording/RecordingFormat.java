package dev.kalshisim.data.recording;

import java.util.Locale;
import java.util.regex.Pattern;

/** The names and numbers of the recording format (docs/recording-format.md). */
public final class RecordingFormat {

    /** The format version written; readers refuse a manifest that names a newer one. */
    public static final int VERSION = 1;

    /** The manifest's file name inside a recording's folder. */
    public static final String MANIFEST = "manifest.json";

    /** Segment files: {@code segment-000001.jsonl.gz}, numbered from 1 in order. */
    public static final Pattern SEGMENT_NAME = Pattern.compile("segment-(\\d{6})\\.jsonl\\.gz");

    private RecordingFormat() {
    }

    /** The name of segment {@code number} (from 1). */
    public static String segmentName(int number) {
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("segment numbers run from 1 to 999999: " + number);
        }
        return String.format(Locale.ROOT, "segment-%06d.jsonl.gz", number);
    }
}
