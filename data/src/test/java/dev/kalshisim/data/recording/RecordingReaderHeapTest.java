package dev.kalshisim.data.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Reading streams: the heap retained while iterating a recording ten times longer is the same,
 * within a small bound. Retained heap is measured after a full collection (the tests run with the
 * serial collector, whose System.gc() is a full, compacting one), so the figure does not depend
 * on timing; a reader that kept its lines would retain tens of megabytes more.
 */
@Isolated("it measures retained heap")
class RecordingReaderHeapTest {

    private static final Manifest.Origin ORIGIN = new Manifest.Origin("generate", null, null, "heap test");
    private static final long SHORT_LINES = 20_000;
    /** Retained heap may differ by this much between the two reads: buffers, class data, noise. */
    private static final long BOUND_BYTES = 4L << 20;

    @TempDir
    Path temp;

    @Test
    void aRecordingTenTimesLongerIsReadWithTheSameHeap() {
        Path shortOne = write(temp.resolve("short"), SHORT_LINES);
        Path longOne = write(temp.resolve("long"), SHORT_LINES * 10);

        read(shortOne, SHORT_LINES); // warms up classes and buffers so both measured reads start alike
        long shortPeak = read(shortOne, SHORT_LINES);
        long longPeak = read(longOne, SHORT_LINES * 10);

        // What a reader keeping its lines would add: ~400 bytes a line, 180,000 lines more.
        assertThat(longPeak - shortPeak).as("retained heap: short %d bytes, long %d bytes", shortPeak, longPeak)
                .isLessThan(BOUND_BYTES);
    }

    /** Reads every line and answers the largest retained heap seen at ten points along the way. */
    private static long read(Path dir, long lines) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long peak = 0;
        long count = 0;
        long checkEvery = lines / 10;
        try (RecordingReader reader = RecordingReader.open(dir)) {
            while (reader.hasNext()) {
                RecordedMessage message = reader.next();
                count++;
                if (count % checkEvery == 0) {
                    System.gc();
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                    assertThat(message.recvNanos()).isEqualTo(count);
                }
            }
        }
        assertThat(count).isEqualTo(lines);
        return peak;
    }

    private static Path write(Path dir, long lines) {
        // Small segments, so the long read also crosses many segment boundaries.
        try (RecordingWriter writer = RecordingWriter.create(dir, ORIGIN, new WriterSettings(2L << 20, Long.MAX_VALUE))) {
            for (long i = 1; i <= lines; i++) {
                writer.write(RecordedMessage.ws(i, "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":" + i
                        + ",\"msg\":{\"market_ticker\":\"KXHEAP-26JAN01-T" + (i % 7) + "\",\"market_id\":"
                        + "\"00000000-0000-4000-8000-00000000000" + (i % 10) + "\",\"price_dollars\":\"0."
                        + (10 + i % 80) + "00\",\"delta_fp\":\"" + (i % 13 - 6) + ".00\",\"side\":\""
                        + (i % 2 == 0 ? "yes" : "no") + "\",\"ts\":\"2026-01-01T12:00:00.000000Z\",\"ts_ms\":"
                        + (1_767_268_800_000L + i) + "}}"));
            }
        }
        return dir;
    }
}
