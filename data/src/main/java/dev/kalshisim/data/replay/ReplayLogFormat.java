package dev.kalshisim.data.replay;

import java.nio.charset.StandardCharsets;

/**
 * The numbers of the replay log's layout, version {@value #VERSION} (docs/replay-log.md). All
 * integers are little-endian, the byte order of the machines that replay, so a read is one load.
 *
 * <p>A file is a {@value #HEADER_BYTES}-byte header, then {@code recordCount} records of
 * {@value #RECORD_BYTES} bytes (one cache line each, aligned), then the tables: the market table
 * and the strings that records refer to.
 */
public final class ReplayLogFormat {

    /** The layout version written; a reader refuses any other. */
    public static final int VERSION = 1;

    /** The first eight bytes of every replay log. */
    static final byte[] MAGIC = "KSREPLAY".getBytes(StandardCharsets.US_ASCII);

    public static final int HEADER_BYTES = 128;
    public static final int RECORD_BYTES = 64;

    // Header fields (byte offsets).
    static final int H_MAGIC = 0;
    static final int H_VERSION = 8;
    static final int H_HEADER_BYTES = 12;
    static final int H_RECORD_BYTES = 16;
    static final int H_MARKET_COUNT = 20;
    static final int H_RECORD_COUNT = 24;
    static final int H_EVENT_COUNT = 32;
    static final int H_MESSAGE_COUNT = 40;
    static final int H_FIRST_RECV = 48;
    static final int H_LAST_RECV = 56;
    static final int H_TABLES_OFFSET = 64;
    static final int H_FILE_BYTES = 72;
    static final int H_RECORDS_CRC = 80;
    static final int H_TABLES_CRC = 84;
    static final int H_HEADER_CRC = 88;
    static final int H_RESERVED = 92;
    static final int H_CONTENT_KEY = 96;
    static final int CONTENT_KEY_BYTES = 32;

    // Record fields (byte offsets inside a record).
    public static final int R_RECV_NS = 0;
    public static final int R_EXCHANGE_NS = 8;
    public static final int R_SEQ = 16;
    public static final int R_QUANTITY = 24;
    public static final int R_QUANTITY2 = 32;
    public static final int R_PRICE = 40;
    public static final int R_PRICE2 = 44;
    public static final int R_PRICE3 = 48;
    public static final int R_MARKET = 52;
    public static final int R_SID = 56;
    public static final int R_KIND = 60;
    public static final int R_SIDE = 61;
    public static final int R_FLAGS = 62;

    /** Side byte: no side (a trade whose taker is unknown, a record without one). */
    public static final int SIDE_NONE = 0;
    public static final int SIDE_YES = 1;
    public static final int SIDE_NO = 2;

    /** A price field that the event did not have. */
    public static final int NO_PRICE = -1;
    /** A quantity field that the event did not have (a ticker without volume, say). */
    public static final long NO_QUANTITY = Long.MIN_VALUE;
    /** A string reference to nothing (a trade without id, a status without result). */
    public static final long NO_STRING = -1;

    private ReplayLogFormat() {
    }
}
