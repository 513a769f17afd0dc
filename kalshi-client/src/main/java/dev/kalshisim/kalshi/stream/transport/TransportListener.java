package dev.kalshisim.kalshi.stream.transport;

/**
 * Receives what arrives on a {@link WebSocketConnection}. Calls never overlap and come in arrival
 * order; after {@link #onClosed} or {@link #onError} none follow.
 */
public interface TransportListener {

    /** One whole text message (fragments already joined). */
    void onText(String text);

    /** A Ping arrived; the transport has already answered it with a Pong. */
    default void onPing(byte[] payload) {
    }

    /** A Pong arrived. */
    default void onPong(byte[] payload) {
    }

    /** The server closed the connection with {@code statusCode} and {@code reason}. */
    void onClosed(int statusCode, String reason);

    /** The connection failed. */
    void onError(Throwable error);
}
