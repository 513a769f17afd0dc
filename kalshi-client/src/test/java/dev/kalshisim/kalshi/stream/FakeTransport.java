package dev.kalshisim.kalshi.stream;

import dev.kalshisim.core.wire.stream.Command;
import dev.kalshisim.core.wire.stream.StreamCodec;
import dev.kalshisim.kalshi.stream.transport.TransportListener;
import dev.kalshisim.kalshi.stream.transport.WebSocketConnection;
import dev.kalshisim.kalshi.stream.transport.WebSocketTransport;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A scripted stand-in for the socket: records each connection attempt, lets the test accept or
 * refuse it, play server messages into the client and read the commands the client sent. All on
 * the test's thread.
 */
final class FakeTransport implements WebSocketTransport {

    private final StreamCodec codec = StreamCodec.create();
    final List<Attempt> attempts = new ArrayList<>();

    @Override
    public CompletableFuture<WebSocketConnection> connect(URI uri, Map<String, String> headers,
                                                          TransportListener listener) {
        Attempt attempt = new Attempt(uri, Map.copyOf(headers), listener, new CompletableFuture<>());
        attempts.add(attempt);
        return attempt.future;
    }

    Attempt lastAttempt() {
        return attempts.get(attempts.size() - 1);
    }

    /** Accepts the latest attempt and returns its connection. */
    FakeConnection accept() {
        FakeConnection connection = new FakeConnection(lastAttempt().listener);
        lastAttempt().future.complete(connection);
        return connection;
    }

    void refuse() {
        lastAttempt().future.completeExceptionally(new IOException("HTTP 401 on upgrade"));
    }

    record Attempt(URI uri, Map<String, String> headers, TransportListener listener,
                   CompletableFuture<WebSocketConnection> future) {
    }

    /** One accepted connection: what the client sent, and a way to talk back. */
    final class FakeConnection implements WebSocketConnection {
        private final TransportListener listener;
        final List<String> sent = new ArrayList<>();
        int pings;
        boolean aborted;
        boolean closed;

        FakeConnection(TransportListener listener) {
            this.listener = listener;
        }

        @Override
        public CompletableFuture<Void> sendText(String text) {
            if (aborted || closed) {
                return CompletableFuture.failedFuture(new IOException("output closed"));
            }
            sent.add(text);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> sendPing(byte[] payload) {
            pings++;
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> close(int statusCode, String reason) {
            closed = true;
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void abort() {
            aborted = true;
        }

        /** The server sends {@code json}. */
        void serverSends(String json) {
            listener.onText(json);
        }

        void serverPings() {
            listener.onPing("heartbeat".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }

        void serverCloses(int code, String reason) {
            listener.onClosed(code, reason);
        }

        /** Every command the client sent on this connection, read back. */
        List<Command> commands() {
            return sent.stream().map(codec::readCommand).toList();
        }

        Command lastCommand() {
            List<Command> commands = commands();
            return commands.get(commands.size() - 1);
        }
    }
}
