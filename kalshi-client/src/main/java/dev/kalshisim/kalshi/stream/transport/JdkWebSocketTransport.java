package dev.kalshisim.kalshi.stream.transport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * {@link WebSocketTransport} over {@code java.net.http.WebSocket}.
 *
 * <p>The JDK answers every Ping with a Pong carrying the same payload by itself, before the
 * listener's {@code onPing} runs (checked against a raw socket server in this package's tests), so
 * Kalshi's 10-second {@code heartbeat} pings need nothing from the caller.
 */
public final class JdkWebSocketTransport implements WebSocketTransport {

    private final HttpClient httpClient;
    private final Duration connectTimeout;

    /** A transport on {@code httpClient}, failing an opening handshake after {@code connectTimeout}. */
    public JdkWebSocketTransport(HttpClient httpClient, Duration connectTimeout) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
    }

    /** A transport on a new default {@link HttpClient} with a 10-second handshake timeout. */
    public static JdkWebSocketTransport create() {
        return new JdkWebSocketTransport(HttpClient.newHttpClient(), Duration.ofSeconds(10));
    }

    @Override
    public CompletableFuture<WebSocketConnection> connect(URI uri, Map<String, String> headers,
                                                          TransportListener listener) {
        WebSocket.Builder builder = httpClient.newWebSocketBuilder().connectTimeout(connectTimeout);
        headers.forEach(builder::header);
        return builder.buildAsync(uri, new Receiver(listener)).handle((webSocket, failure) -> {
            if (failure != null) {
                throw new CompletionException(describe(uri, failure));
            }
            return new JdkConnection(webSocket);
        });
    }

    /** Names the HTTP status of a refused upgrade (a 401 means the key or signature was not accepted). */
    private static Throwable describe(URI uri, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof WebSocketHandshakeException handshake) {
            return new IOException("WebSocket upgrade to " + uri + " refused with HTTP "
                    + handshake.getResponse().statusCode(), handshake);
        }
        return cause;
    }

    /** Adapts the JDK's listener: joins text fragments and asks for one message at a time. */
    private static final class Receiver implements WebSocket.Listener {
        private final TransportListener listener;
        private final StringBuilder partial = new StringBuilder();

        Receiver(TransportListener listener) {
            this.listener = listener;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                listener.onText(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            // Kalshi sends only JSON text; binary frames carry nothing this client reads.
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            listener.onPing(bytes(message));
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
            listener.onPong(bytes(message));
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            listener.onClosed(statusCode, reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            listener.onError(error);
        }

        private static byte[] bytes(ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        }
    }

    /** Serializes sends: the JDK refuses a new send while the previous one is still pending. */
    private static final class JdkConnection implements WebSocketConnection {
        private final WebSocket webSocket;
        private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

        JdkConnection(WebSocket webSocket) {
            this.webSocket = webSocket;
        }

        @Override
        public CompletableFuture<Void> sendText(String text) {
            return enqueue(() -> webSocket.sendText(text, true));
        }

        @Override
        public CompletableFuture<Void> sendPing(byte[] payload) {
            return enqueue(() -> webSocket.sendPing(ByteBuffer.wrap(payload.clone())));
        }

        @Override
        public CompletableFuture<Void> close(int statusCode, String reason) {
            return enqueue(() -> webSocket.sendClose(statusCode, reason));
        }

        @Override
        public void abort() {
            webSocket.abort();
        }

        private synchronized CompletableFuture<Void> enqueue(Send send) {
            // A failed send must not block the ones after it, so chain on completion, not on success.
            CompletableFuture<Void> next = tail.handle((ignored, failure) -> null)
                    .thenCompose(ignored -> send.start())
                    .thenApply(ignored -> null);
            tail = next;
            return next;
        }

        @FunctionalInterface
        private interface Send {
            CompletableFuture<WebSocket> start();
        }
    }
}
