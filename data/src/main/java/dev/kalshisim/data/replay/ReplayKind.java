package dev.kalshisim.data.replay;

/**
 * The kinds of replay records, as stored in a record's kind byte; plain {@code int} constants so
 * a replay loop can {@code switch} on them without touching an object.
 *
 * <p>A book snapshot is a {@link #SNAPSHOT_BEGIN}, one {@link #SNAPSHOT_LEVEL} per level (YES
 * levels first, then NO levels, each in the order received) and a {@link #SNAPSHOT_END}: a
 * backtest clears the market's book at the first and may trust it again at the last.
 */
public final class ReplayKind {

    /** A snapshot starts: quantity = its YES level count, quantity2 = its NO level count. */
    public static final int SNAPSHOT_BEGIN = 1;
    /** One level of the snapshot being read: side, price on the side's own leg, size. */
    public static final int SNAPSHOT_LEVEL = 2;
    /** The snapshot is complete. */
    public static final int SNAPSHOT_END = 3;
    /** A book delta: side, price on the side's own leg, signed change. */
    public static final int DELTA = 4;
    /** A trade: YES price, count, taker side (or none), trade id as a string reference. */
    public static final int TRADE = 5;
    /** A ticker quote: YES bid, YES ask, last price, volume, open interest, each possibly absent. */
    public static final int TICKER = 6;
    /** A lifecycle change: event type and result as string references. */
    public static final int STATUS = 7;

    private ReplayKind() {
    }

    /** Whether {@code kind} is one of the constants above. */
    public static boolean isKnown(int kind) {
        return kind >= SNAPSHOT_BEGIN && kind <= STATUS;
    }

    /** A readable name for messages and tools. */
    public static String name(int kind) {
        return switch (kind) {
            case SNAPSHOT_BEGIN -> "snapshot_begin";
            case SNAPSHOT_LEVEL -> "snapshot_level";
            case SNAPSHOT_END -> "snapshot_end";
            case DELTA -> "delta";
            case TRADE -> "trade";
            case TICKER -> "ticker";
            case STATUS -> "status";
            default -> "unknown(" + kind + ")";
        };
    }
}
