package dev.kalshisim.kalshi.stream.transport;

import java.util.concurrent.CompletableFuture;

/**
 * One open WebSocket connection. Sends may be called from any thread; they go out in call order.
 */
public interface WebSocketConnection {

    /** Sends one whole text message; completes once written, fails if the connection is gone. */
    CompletableFuture<Void> sendText(String text);

    /** Sends a Ping control frame with {@code payload} (at most 125 bytes). */
    CompletableFuture<Void> sendPing(byte[] payload);

    /** Starts an orderly close with {@code statusCode} and {@code reason}. */
    CompletableFuture<Void> close(int statusCode, String reason);

    /** Drops the connection at once, without a close handshake. */
    void abort();
}
