package dev.kalshisim.kalshi.stream;

/** Where a {@link KalshiWebSocketClient}'s connection stands. */
public enum ConnectionState {
    /** {@code connect()} has not been called. */
    NEW,
    /** An opening handshake is under way. */
    CONNECTING,
    /** Open: commands can be sent. */
    OPEN,
    /** The connection dropped; a reconnect is scheduled. */
    RECONNECTING,
    /** Closed by the caller, or the first connect failed; final. */
    CLOSED
}
