package dev.kalshisim.data.replay;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * A read-only, long-indexed view of one region of a file, mapped as several buffers of a
 * power-of-two size: one {@code MappedByteBuffer} is limited to 2 GiB, a replay log is not.
 * Because the chunk size is a multiple of the record width and records start at the region's
 * start, no record straddles two chunks.
 */
final class MappedRegion {

    /** 1 GiB: 2^24 records per chunk. */
    static final int DEFAULT_CHUNK_SHIFT = 30;

    private final ByteBuffer[] chunks;
    private final int shift;
    private final long mask;
    private final long length;

    private MappedRegion(ByteBuffer[] chunks, int shift, long length) {
        this.chunks = chunks;
        this.shift = shift;
        this.mask = (1L << shift) - 1;
        this.length = length;
    }

    static MappedRegion map(FileChannel channel, long offset, long length, int chunkShift) throws IOException {
        long chunkBytes = 1L << chunkShift;
        int count = (int) ((length + chunkBytes - 1) >>> chunkShift);
        ByteBuffer[] chunks = new ByteBuffer[Math.max(count, 1)];
        if (count == 0) {
            chunks[0] = ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN);
        }
        for (int i = 0; i < count; i++) {
            long start = (long) i << chunkShift;
            long size = Math.min(chunkBytes, length - start);
            MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, offset + start, size);
            chunks[i] = map.order(ByteOrder.LITTLE_ENDIAN);
        }
        return new MappedRegion(chunks, chunkShift, length);
    }

    long length() {
        return length;
    }

    int chunkShift() {
        return shift;
    }

    /** Chunk {@code i}, its own duplicate (its own position), in little-endian order. */
    ByteBuffer chunk(int i) {
        return chunks[i].duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    int chunkCount() {
        return chunks.length;
    }

    long getLong(long at) {
        check(at, 8);
        ByteBuffer c = chunks[(int) (at >>> shift)];
        int in = (int) (at & mask);
        if (in + 8 <= c.limit()) {
            return c.getLong(in);
        }
        return ByteBuffer.wrap(bytes(at, 8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    int getInt(long at) {
        check(at, 4);
        ByteBuffer c = chunks[(int) (at >>> shift)];
        int in = (int) (at & mask);
        if (in + 4 <= c.limit()) {
            return c.getInt(in);
        }
        return ByteBuffer.wrap(bytes(at, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    /** {@code n} bytes from {@code at}, across chunk boundaries if need be. */
    byte[] bytes(long at, int n) {
        check(at, n);
        byte[] out = new byte[n];
        int done = 0;
        while (done < n) {
            long pos = at + done;
            ByteBuffer c = chunks[(int) (pos >>> shift)];
            int in = (int) (pos & mask);
            int take = Math.min(n - done, c.limit() - in);
            c.get(in, out, done, take);
            done += take;
        }
        return out;
    }

    /** CRC32C of the whole region, chunk by chunk. */
    int crc() {
        CRC32C crc = new CRC32C();
        for (ByteBuffer chunk : chunks) {
            crc.update(chunk.duplicate());
        }
        return (int) crc.getValue();
    }

    private void check(long at, int n) {
        if (at < 0 || n < 0 || at + n > length) {
            throw new IndexOutOfBoundsException(at + "+" + n + " outside a region of " + length + " bytes");
        }
    }
}
