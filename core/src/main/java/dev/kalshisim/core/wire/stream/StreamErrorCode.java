package dev.kalshisim.core.wire.stream;

/**
 * The numeric codes of a WebSocket {@code error} reply (kalshi-api.md section 13, AsyncAPI
 * {@code x-error-codes}), with Kalshi's own wording as {@link #text()}.
 *
 * <p>Named apart from the REST error codes ({@link dev.kalshisim.core.model.ErrorCode}), which are a
 * different list with different meanings. Codes this version does not list read as {@link #UNKNOWN}; {@link ErrorDetail#code()} keeps the
 * number itself.
 */
public enum StreamErrorCode {
    UNABLE_TO_PROCESS(1, "Unable to process message"),
    PARAMS_REQUIRED(2, "Params required"),
    CHANNELS_REQUIRED(3, "Channels required"),
    SIDS_REQUIRED(4, "Subscription IDs required"),
    UNKNOWN_COMMAND(5, "Unknown command"),
    ALREADY_SUBSCRIBED(6, "Already subscribed"),
    UNKNOWN_SID(7, "Unknown subscription ID"),
    UNKNOWN_CHANNEL(8, "Unknown channel name"),
    AUTHENTICATION_REQUIRED(9, "Authentication required"),
    CHANNEL_ERROR(10, "Channel error"),
    INVALID_PARAMETER(11, "Invalid parameter"),
    EXACTLY_ONE_SID_REQUIRED(12, "Exactly one subscription ID is required"),
    UNSUPPORTED_ACTION(13, "Unsupported action"),
    MARKET_TICKER_REQUIRED(14, "Market Ticker required"),
    ACTION_REQUIRED(15, "Action required"),
    MARKET_NOT_FOUND(16, "Market not found"),
    INTERNAL_ERROR(17, "Internal error"),
    COMMAND_TIMEOUT(18, "Command timeout"),
    SHARD_FACTOR_NOT_POSITIVE(19, "shard_factor must be > 0"),
    SHARD_FACTOR_REQUIRED(20, "shard_factor is required when shard_key is set"),
    SHARD_KEY_OUT_OF_RANGE(21, "shard_key must be >= 0 and < shard_factor"),
    SHARD_FACTOR_TOO_LARGE(22, "shard_factor must be <= 100"),
    MATCH_IDS_REQUIRED(23, "Match IDs required"),
    INDEX_IDS_REQUIRED(24, "Index IDs required"),
    BUFFER_OVERFLOW(25, "Subscription buffer overflow"),
    MARKET_LIMIT_EXCEEDED(26, "Subscription market limit exceeded"),
    TOO_MANY_REQUESTS(27, "Too many requests"),
    UNDERLYING_TICKERS_REQUIRED(28, "Underlying tickers required"),
    /** A code this version does not know. */
    UNKNOWN(-1, "Unknown error code");

    private final int code;
    private final String text;

    StreamErrorCode(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The number on the wire; -1 for {@link #UNKNOWN}. */
    public int code() {
        return code;
    }

    /** Kalshi's human-readable message for this code, as sent in {@code msg.msg}. */
    public String text() {
        return text;
    }

    /**
     * Whether the subscription is gone after this error and must be made again: Kalshi lists channel
     * error (10), internal error (17) and buffer overflow (25) as terminal.
     */
    public boolean isTerminal() {
        return this == CHANNEL_ERROR || this == INTERNAL_ERROR || this == BUFFER_OVERFLOW;
    }

    /** The constant for {@code code}, or {@link #UNKNOWN}. */
    public static StreamErrorCode fromCode(int code) {
        for (StreamErrorCode value : values()) {
            if (value.code == code && value != UNKNOWN) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
