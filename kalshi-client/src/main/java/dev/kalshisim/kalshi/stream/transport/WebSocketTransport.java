package dev.kalshisim.kalshi.stream.transport;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Opens WebSocket connections. */
public interface WebSocketTransport {

    /**
     * Starts the opening handshake to {@code uri} with the extra request {@code headers}.
     *
     * @return completes with the open connection, or fails (for example on a refused upgrade or a
     *     network error); {@code listener} receives nothing before the connection opens
     */
    CompletableFuture<WebSocketConnection> connect(URI uri, Map<String, String> headers, TransportListener listener);
}
