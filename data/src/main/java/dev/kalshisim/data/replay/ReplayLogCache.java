package dev.kalshisim.data.replay;

import dev.kalshisim.data.recording.RecordingReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Finds or builds the replay log of a recording. The log lives beside the recording, as
 * {@value #FILE_NAME} in its folder (or, when that folder is read-only, as {@code <key>.replay}
 * in a fallback folder), and is reused only while its header's content key equals the
 * recording's ({@link RecordingContentKey}); a changed recording, another normalizer revision, or
 * a log that fails its checks (cut, damaged, another layout version) is rebuilt, and the reason
 * is reported.
 */
public final class ReplayLogCache {

    /** The log's name inside the recording's folder; the recording reader ignores it. */
    public static final String FILE_NAME = "events.replay";

    /** What {@link #open} did. */
    public enum Outcome {
        /** The cached log was fresh and sound. */
        REUSED,
        /** There was no log yet. */
        BUILT,
        /** A log was there but stale or damaged; {@link CachedLog#reason()} says which. */
        REBUILT
    }

    /**
     * An open replay log and how it was obtained.
     *
     * @param reason why it was rebuilt, in one line, or {@code null}
     */
    public record CachedLog(ReplayLog log, Outcome outcome, String reason) {
    }

    private final Supplier<? extends EventNormalizer> normalizers;
    private final Path fallbackDir;
    private final ReplayLog.Verify verify;

    /**
     * @param normalizers a fresh normalizer per build (a normalizer may keep per-recording state)
     * @param fallbackDir where logs of read-only recordings go
     * @param verify      how much of a cached log to check before trusting it
     */
    public ReplayLogCache(Supplier<? extends EventNormalizer> normalizers, Path fallbackDir, ReplayLog.Verify verify) {
        this.normalizers = Objects.requireNonNull(normalizers, "normalizers");
        this.fallbackDir = Objects.requireNonNull(fallbackDir, "fallbackDir");
        this.verify = Objects.requireNonNull(verify, "verify");
    }

    /**
     * The project's cache: the project's normalizer, logs checked fully before reuse, and those of
     * read-only recordings under the user's cache folder.
     */
    public static ReplayLogCache standard() {
        return new ReplayLogCache(RecordedEventNormalizer::new, Path.of(System.getProperty("user.home"), ".cache",
                "kalshi-sim", "replay"), ReplayLog.Verify.FULL);
    }

    /** The replay log of the recording in {@code recording}, built if need be. */
    public CachedLog open(Path recording, ReplayLogBuilder.Progress progress) {
        RecordingReader.readManifest(recording); // one clear line when it is not a recording
        EventNormalizer normalizer = normalizers.get();
        byte[] key = RecordingContentKey.of(recording, normalizer.revision());
        Path file = location(recording, key);
        String reason = null;
        if (Files.exists(file)) {
            try {
                ReplayLog cached = ReplayLog.open(file, verify);
                if (cached.header().isFor(key)) {
                    return new CachedLog(cached, Outcome.REUSED, null);
                }
                reason = file + ": stale: the recording or the normalizer changed since it was built";
            } catch (ReplayLogException e) {
                reason = e.getMessage();
            }
        }
        ReplayLogBuilder.build(recording, file, normalizer, progress);
        ReplayLog built = ReplayLog.open(file, ReplayLog.Verify.STRUCTURE);
        return new CachedLog(built, reason == null ? Outcome.BUILT : Outcome.REBUILT, reason);
    }

    /** Where the log of {@code recording} with {@code key} lives. */
    public Path location(Path recording, byte[] key) {
        if (Files.isWritable(recording)) {
            return recording.resolve(FILE_NAME);
        }
        try {
            Files.createDirectories(fallbackDir);
        } catch (java.io.IOException e) {
            throw new ReplayLogException(recording + " is read-only and " + fallbackDir + " cannot be created: "
                    + e.getMessage(), e);
        }
        return fallbackDir.resolve(HexFormat.of().formatHex(key) + ".replay");
    }
}
