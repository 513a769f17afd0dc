package dev.kalshisim.cli.backfill;

import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingWriter;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Holds fetched pages on disk until all are in, then writes them to the recording in receive
 * order. A backfill fetches market by market and newest first, but a recording is in time order
 * across markets; the pages' bytes go to a spill file and only an index entry per page (receive
 * time and offset, 16 bytes, plus the sort's order while writing) stays in memory, so a million
 * pages of up to 1000 trades each cost about 40 MB of heap.
 */
final class PageSpill implements AutoCloseable {

    private final Path file;
    private final DataOutputStream out;
    private long[] recv = new long[1024];
    private long[] offset = new long[1024];
    private int size;
    private long written;

    PageSpill(Path dir) {
        try {
            Files.createDirectories(dir);
            this.file = dir.resolve("pages.spill");
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("creating the page spill in " + dir, e);
        }
    }

    /** Keeps one page (its path and verbatim body) to be written at {@code recvNanos}. */
    void add(long recvNanos, String path, String body) {
        if (size == recv.length) {
            recv = Arrays.copyOf(recv, size * 2);
            offset = Arrays.copyOf(offset, size * 2);
        }
        recv[size] = recvNanos;
        offset[size] = written;
        size++;
        byte[] pathBytes = path.getBytes(StandardCharsets.UTF_8);
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            out.writeInt(pathBytes.length);
            out.write(pathBytes);
            out.writeInt(bodyBytes.length);
            out.write(bodyBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the page spill", e);
        }
        written += 8L + pathBytes.length + bodyBytes.length;
    }

    /** Pages kept so far. */
    int size() {
        return size;
    }

    /** Writes every page to {@code writer}, oldest receive time first, ties in the order they came. */
    void drainTo(RecordingWriter writer) {
        try {
            out.flush();
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> a.equals(b) ? 0
                    : recv[a] != recv[b] ? Long.compare(recv[a], recv[b]) : Integer.compare(a, b));
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                for (int index : order) {
                    in.seek(offset[index]);
                    String path = new String(read(in), StandardCharsets.UTF_8);
                    String body = new String(read(in), StandardCharsets.UTF_8);
                    writer.write(RecordedMessage.rest(recv[index], path, body));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the page spill", e);
        }
    }

    private static byte[] read(RandomAccessFile in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The spill lives in the staging folder, which is deleted anyway.
        }
    }
}
