package dev.kalshisim.data.replay;

import dev.kalshisim.data.recording.RecordingException;
import dev.kalshisim.data.recording.RecordingFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The key a replay log is cached under: SHA-256 over the replay layout version, the normalizer's
 * revision, the recording's {@code manifest.json} bytes, and each segment file's name, size and
 * last-modified time.
 *
 * <p>Why not hash the segments' bytes: that means reading every compressed byte to decide whether
 * a cache is fresh, which for a large recording costs a good part of a rebuild. The manifest
 * already changes whenever a segment, line count, market or gap does, and size plus modification
 * time catch a segment rewritten behind its back.
 */
public final class RecordingContentKey {

    private RecordingContentKey() {
    }

    /** The key of the recording in {@code dir} as normalized by {@code normalizerRevision}. */
    public static byte[] of(Path dir, String normalizerRevision) {
        MessageDigest sha = sha256();
        sha.update(("kalshi-sim replay log v" + ReplayLogFormat.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(("normalizer " + normalizerRevision + "\n").getBytes(StandardCharsets.UTF_8));
        Path manifest = dir.resolve(RecordingFormat.MANIFEST);
        try {
            sha.update(Files.readAllBytes(manifest));
            List<Path> segments;
            try (var entries = Files.list(dir)) {
                segments = entries.filter(p -> RecordingFormat.SEGMENT_NAME.matcher(p.getFileName().toString()).matches())
                        .sorted().collect(Collectors.toList());
            }
            for (Path segment : segments) {
                BasicFileAttributes attributes = Files.readAttributes(segment, BasicFileAttributes.class);
                sha.update(("\n" + segment.getFileName() + " " + attributes.size() + " "
                        + attributes.lastModifiedTime().toMillis()).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new RecordingException(dir + ": cannot be read to key its replay log (" + e.getMessage() + ")", e);
        }
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
