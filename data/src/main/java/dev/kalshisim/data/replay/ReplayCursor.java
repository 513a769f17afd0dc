package dev.kalshisim.data.replay;

import static dev.kalshisim.data.replay.ReplayLogFormat.*;

import java.nio.ByteBuffer;

/**
 * Walks a replay log's records in order without allocating: {@link #next()} moves to the next
 * record, then the accessors read its fields straight from the mapped file. Not thread-safe;
 * take one cursor per thread from {@link ReplayLog#cursor()}.
 *
 * <p>Which fields mean what depends on {@link #kind()} ({@link ReplayKind}); prices are core
 * {@code Price} units (1/10,000 $) and quantities core {@code Count} hundredths.
 */
public final class ReplayCursor {

    private final ByteBuffer[] chunks;
    private final int recordsPerChunkShift;
    private final long count;
    private long index = -1;
    private ByteBuffer chunk;
    private int chunkNumber = -1;
    private int at;
    private int chunkEnd;

    ReplayCursor(MappedRegion region, long count) {
        this.count = count;
        this.chunks = new ByteBuffer[region.chunkCount()];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = region.chunk(i);
        }
        this.recordsPerChunkShift = region.chunkShift() - Integer.numberOfTrailingZeros(RECORD_BYTES);
        this.chunk = chunks[0];
    }

    /** Moves to the next record; false (and stays past the end) when there is none. */
    public boolean next() {
        long i = index + 1;
        if (i >= count) {
            index = count;
            return false;
        }
        index = i;
        at += RECORD_BYTES;
        if (at >= chunkEnd) {
            enterChunk(i);
        }
        return true;
    }

    /** Places the cursor before record {@code index} (0 rewinds), so {@link #next()} reads it. */
    public void seek(long index) {
        if (index < 0 || index > count) {
            throw new IndexOutOfBoundsException("record " + index + " of " + count);
        }
        this.index = index - 1;
        chunkNumber = -1;
        at = 0;
        chunkEnd = 0;
    }

    private void enterChunk(long i) {
        int number = (int) (i >>> recordsPerChunkShift);
        if (number != chunkNumber) {
            chunkNumber = number;
            chunk = chunks[number];
            chunkEnd = chunk.limit();
        }
        at = (int) ((i - ((long) number << recordsPerChunkShift)) * RECORD_BYTES);
    }

    /** The record's index, from 0. */
    public long index() {
        return index;
    }

    public long recordCount() {
        return count;
    }

    public long recvNanos() {
        return chunk.getLong(at + R_RECV_NS);
    }

    /** The exchange's time for the event, or 0 when the message carried none. */
    public long exchangeNanos() {
        return chunk.getLong(at + R_EXCHANGE_NS);
    }

    /** A {@link ReplayKind} constant. */
    public int kind() {
        return chunk.get(at + R_KIND);
    }

    public int marketIndex() {
        return chunk.getInt(at + R_MARKET);
    }

    /** {@link ReplayLogFormat#SIDE_YES}, {@code SIDE_NO} or {@code SIDE_NONE}. */
    public int side() {
        return chunk.get(at + R_SIDE);
    }

    /**
     * Price units: the level's or delta's price on its side's own leg, a trade's YES price, a
     * ticker's YES bid; {@link ReplayLogFormat#NO_PRICE} when absent.
     */
    public long priceUnits() {
        return chunk.getInt(at + R_PRICE);
    }

    /**
     * Count hundredths: a level's size, a delta's signed change, a trade's count, a ticker's
     * volume ({@link ReplayLogFormat#NO_QUANTITY} when absent); a snapshot begin's YES level count.
     */
    public long quantity() {
        return chunk.getLong(at + R_QUANTITY);
    }

    /** A ticker's open interest (or {@code NO_QUANTITY}); a snapshot begin's NO level count. */
    public long quantity2() {
        return chunk.getLong(at + R_QUANTITY2);
    }

    /** A ticker's YES ask units, or {@code NO_PRICE}. */
    public long yesAskUnits() {
        return chunk.getInt(at + R_PRICE2);
    }

    /** A ticker's last price units, or {@code NO_PRICE}. */
    public long lastPriceUnits() {
        return chunk.getInt(at + R_PRICE3);
    }

    /** The subscription's sequence number for book records, else 0. */
    public long seq() {
        return chunk.getLong(at + R_SEQ);
    }

    /** The subscription id for book records (0 for a REST snapshot), else 0. */
    public long sid() {
        return chunk.getInt(at + R_SID);
    }

    /** A trade's id as a reference for {@link ReplayLog#string(long)}, or {@code NO_STRING}. */
    public long tradeIdRef() {
        return chunk.getLong(at + R_QUANTITY2);
    }

    /** A status record's event type, as a reference for {@link ReplayLog#string(long)}. */
    public long eventTypeRef() {
        return chunk.getLong(at + R_QUANTITY);
    }

    /** A status record's result, as a reference for {@link ReplayLog#string(long)}, or {@code NO_STRING}. */
    public long resultRef() {
        return chunk.getLong(at + R_QUANTITY2);
    }
}
