package dev.kalshisim.data.replay;

import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingException;
import dev.kalshisim.data.recording.RecordingReader;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Builds a replay log from a recording in one streaming pass: {@link RecordingReader} (one
 * segment open at a time) into the normalizer into {@link ReplayLogWriter}, so neither the
 * recording nor its events are ever held whole. The log is written under a temporary name and
 * moved into place when complete, so a reader never sees half a log.
 */
public final class ReplayLogBuilder {

    /** Told how far the build is: every {@value #PROGRESS_EVERY} messages and once at the end. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (messages, events) -> { };

        void update(long messages, long events);
    }

    static final int PROGRESS_EVERY = 1 << 16;

    private ReplayLogBuilder() {
    }

    /**
     * Builds the log of the recording in {@code recording} into {@code target} (replaced).
     *
     * @throws RecordingException  when the recording cannot be read (naming the file and line)
     * @throws ReplayLogException  when a message cannot be normalized or the log cannot be written
     */
    public static ReplayLogHeader build(Path recording, Path target, EventNormalizer normalizer, Progress progress) {
        byte[] key = RecordingContentKey.of(recording, normalizer.revision());
        Path temp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".tmp");
        ReplayLogHeader header;
        try (RecordingReader reader = RecordingReader.open(recording);
                ReplayLogWriter writer = ReplayLogWriter.create(temp, key)) {
            long messages = 0;
            long events = 0;
            while (reader.hasNext()) {
                RecordedMessage message = reader.next();
                messages++;
                List<MarketEvent> normalized;
                try {
                    normalized = normalizer.events(message);
                    for (MarketEvent event : normalized) {
                        writer.append(event);
                    }
                } catch (RecordingException | ReplayLogException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new ReplayLogException(recording + ": message " + messages + " (recv_ns "
                            + message.recvNanos() + "): " + e.getMessage(), e);
                }
                writer.messageRead();
                events += normalized.size();
                if (messages % PROGRESS_EVERY == 0) {
                    progress.update(messages, events);
                }
            }
            header = writer.finish();
            progress.update(messages, events);
        }
        moveIntoPlace(temp, target);
        return header;
    }

    private static void moveIntoPlace(Path temp, Path target) {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The temporary file fails every check if it stays.
            }
            throw new ReplayLogException("cannot move the replay log into " + target + ": " + e.getMessage(), e);
        }
    }
}
