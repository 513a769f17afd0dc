package dev.kalshisim.data.synthetic;

import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.WriterSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes a scenario as a recording: every market's metadata in the manifest, then the rendered
 * WebSocket messages with their receive times, as if recorded live. Nothing depends on the wall
 * clock, the machine or hash order, so the same scenario gives the same files everywhere.
 *
 * <p>Rendering and compressing take about as long as each other, so they run on two threads: the
 * caller renders, one writer thread compresses, batches pass through a small bounded queue in order
 * (the output does not depend on the threads' timing).
 */
public final class SyntheticRecording {

    /** Bumped whenever the generator's output changes for the same scenario: caches key on it. */
    public static final int GENERATOR_VERSION = 1;

    private static final int BATCH = 4_096;
    private static final List<RecordedMessage> END = List.of();

    private SyntheticRecording() {
    }

    /** Generates {@code scenario} into the new folder {@code dir}; returns the number of messages. */
    public static long generate(Scenario scenario, Path dir, L2Renderer.Progress progress) {
        Manifest.Origin origin = new Manifest.Origin("generate", null, "synthetic",
                "scenario " + scenario.name() + ", seed " + scenario.seed() + ", generator v" + GENERATOR_VERSION);
        try (RecordingWriter writer = RecordingWriter.create(dir, origin, WriterSettings.DEFAULTS)) {
            for (EventSpec event : scenario.events()) {
                for (MarketSpec market : event.markets()) {
                    writer.putMarket(MetadataJson.of(scenario, event, market));
                }
            }
            BlockingQueue<List<RecordedMessage>> queue = new ArrayBlockingQueue<>(16);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread compressor = new Thread(() -> drain(queue, writer, failure), "kalshi-sim-sample-writer");
            compressor.setDaemon(true);
            compressor.start();
            List<RecordedMessage>[] batch = newBatch();
            long messages;
            try {
                messages = new L2Renderer(scenario).render((recv, json) -> {
                    batch[0].add(RecordedMessage.ws(recv, json));
                    if (batch[0].size() == BATCH) {
                        put(queue, batch[0], failure);
                        batch[0] = new ArrayList<>(BATCH);
                    }
                }, progress);
                put(queue, batch[0], failure);
            } finally {
                putQuietly(queue, END);
            }
            join(compressor);
            if (failure.get() != null) {
                throw new IllegalStateException("writing " + dir + ": " + failure.get().getMessage(), failure.get());
            }
            return messages;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<RecordedMessage>[] newBatch() {
        return new List[] {new ArrayList<>(BATCH)};
    }

    private static void drain(BlockingQueue<List<RecordedMessage>> queue, RecordingWriter writer,
            AtomicReference<Throwable> failure) {
        try {
            while (true) {
                List<RecordedMessage> next = queue.take();
                if (next == END) {
                    return;
                }
                if (failure.get() == null) {
                    next.forEach(writer::write);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure.set(e);
            // Keep taking so the renderer never blocks on a full queue.
            drainRest(queue);
        }
    }

    private static void drainRest(BlockingQueue<List<RecordedMessage>> queue) {
        try {
            while (queue.take() != END) {
                // discarded: the recording has already failed
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void put(BlockingQueue<List<RecordedMessage>> queue, List<RecordedMessage> batch,
            AtomicReference<Throwable> failure) {
        if (failure.get() != null) {
            throw new IllegalStateException("writing the sample failed: " + failure.get().getMessage(), failure.get());
        }
        putQuietly(queue, batch);
    }

    private static void putQuietly(BlockingQueue<List<RecordedMessage>> queue, List<RecordedMessage> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating a sample", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating a sample", e);
        }
    }
}
