package dev.kalshisim.data.replay;

import static dev.kalshisim.data.replay.ReplayLogFormat.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * A replay log's header: its layout, its counts, where its tables start, checksums of each part,
 * and the content key of the recording it was built from.
 *
 * @param recordCount  fixed-width records (a snapshot takes one per level plus two)
 * @param eventCount   market events written (a snapshot is one)
 * @param messageCount source messages read, including those that yielded no event
 * @param tablesOffset where the market table starts: right after the last record
 * @param fileBytes    the whole file's length
 * @param contentKey   the recording's content key ({@link RecordingContentKey}), 32 bytes
 */
public record ReplayLogHeader(int version, int recordBytes, int marketCount, long recordCount, long eventCount,
        long messageCount, long firstRecvNs, long lastRecvNs, long tablesOffset, long fileBytes, int recordsCrc,
        int tablesCrc, byte[] contentKey) {

    public ReplayLogHeader {
        contentKey = contentKey.clone();
    }

    @Override
    public byte[] contentKey() {
        return contentKey.clone();
    }

    /** The content key as hex, for messages and file names. */
    public String contentKeyHex() {
        return HexFormat.of().formatHex(contentKey);
    }

    /** Whether this log was built from a recording whose key is {@code key}. */
    public boolean isFor(byte[] key) {
        return Arrays.equals(contentKey, key);
    }

    /** The {@value ReplayLogFormat#HEADER_BYTES} bytes, its own checksum included. */
    ByteBuffer encode() {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put(H_MAGIC, MAGIC)
                .putInt(H_VERSION, version)
                .putInt(H_HEADER_BYTES, HEADER_BYTES)
                .putInt(H_RECORD_BYTES, recordBytes)
                .putInt(H_MARKET_COUNT, marketCount)
                .putLong(H_RECORD_COUNT, recordCount)
                .putLong(H_EVENT_COUNT, eventCount)
                .putLong(H_MESSAGE_COUNT, messageCount)
                .putLong(H_FIRST_RECV, firstRecvNs)
                .putLong(H_LAST_RECV, lastRecvNs)
                .putLong(H_TABLES_OFFSET, tablesOffset)
                .putLong(H_FILE_BYTES, fileBytes)
                .putInt(H_RECORDS_CRC, recordsCrc)
                .putInt(H_TABLES_CRC, tablesCrc)
                .putInt(H_HEADER_CRC, 0)
                .putInt(H_RESERVED, 0)
                .put(H_CONTENT_KEY, contentKey);
        b.putInt(H_HEADER_CRC, headerCrc(b));
        b.clear();
        return b;
    }

    /**
     * Reads and checks a header against the file's actual length.
     *
     * @param where the file's name, for the message
     * @throws ReplayLogException naming what is wrong: not a replay log, another version, a
     *                            damaged header, or a size that does not add up (a cut file)
     */
    static ReplayLogHeader decode(ByteBuffer bytes, long actualFileBytes, String where) {
        if (actualFileBytes < HEADER_BYTES) {
            throw new ReplayLogException(where + ": truncated: " + actualFileBytes + " bytes, shorter than the "
                    + HEADER_BYTES + "-byte header");
        }
        ByteBuffer b = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[MAGIC.length];
        b.get(H_MAGIC, magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new ReplayLogException(where + ": not a replay log (no KSREPLAY magic)");
        }
        int version = b.getInt(H_VERSION);
        if (version != VERSION) {
            throw new ReplayLogException(where + ": replay log version " + version + " is not the one this reader knows ("
                    + VERSION + ")");
        }
        if (b.getInt(H_HEADER_CRC) != headerCrc(b)) {
            throw new ReplayLogException(where + ": corrupt: the header's checksum does not match");
        }
        if (b.getInt(H_HEADER_BYTES) != HEADER_BYTES || b.getInt(H_RECORD_BYTES) != RECORD_BYTES) {
            throw new ReplayLogException(where + ": corrupt: header or record width is not " + HEADER_BYTES + "/"
                    + RECORD_BYTES);
        }
        byte[] key = new byte[CONTENT_KEY_BYTES];
        b.get(H_CONTENT_KEY, key);
        ReplayLogHeader header = new ReplayLogHeader(version, b.getInt(H_RECORD_BYTES), b.getInt(H_MARKET_COUNT),
                b.getLong(H_RECORD_COUNT), b.getLong(H_EVENT_COUNT), b.getLong(H_MESSAGE_COUNT), b.getLong(H_FIRST_RECV),
                b.getLong(H_LAST_RECV), b.getLong(H_TABLES_OFFSET), b.getLong(H_FILE_BYTES), b.getInt(H_RECORDS_CRC),
                b.getInt(H_TABLES_CRC), key);
        if (header.recordCount < 0 || header.tablesOffset != HEADER_BYTES + header.recordCount * RECORD_BYTES
                || header.fileBytes < header.tablesOffset + 12) {
            throw new ReplayLogException(where + ": corrupt: the header's sizes do not add up");
        }
        if (actualFileBytes != header.fileBytes) {
            throw new ReplayLogException(where + ": truncated or extended: the header says " + header.fileBytes
                    + " bytes, the file has " + actualFileBytes);
        }
        return header;
    }

    private static int headerCrc(ByteBuffer b) {
        CRC32C crc = new CRC32C();
        ByteBuffer head = b.duplicate();
        head.clear().limit(H_HEADER_CRC);
        crc.update(head);
        head.clear().position(H_HEADER_CRC + 4).limit(HEADER_BYTES);
        crc.update(head);
        return (int) crc.getValue();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplayLogHeader h && version == h.version && recordBytes == h.recordBytes
                && marketCount == h.marketCount && recordCount == h.recordCount && eventCount == h.eventCount
                && messageCount == h.messageCount && firstRecvNs == h.firstRecvNs && lastRecvNs == h.lastRecvNs
                && tablesOffset == h.tablesOffset && fileBytes == h.fileBytes && recordsCrc == h.recordsCrc
                && tablesCrc == h.tablesCrc && Arrays.equals(contentKey, h.contentKey);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(recordCount) * 31 + Arrays.hashCode(contentKey);
    }

    @Override
    public String toString() {
        return "ReplayLogHeader[v" + version + ", " + recordCount + " records, " + eventCount + " events, "
                + marketCount + " markets, key " + contentKeyHex() + "]";
    }
}
