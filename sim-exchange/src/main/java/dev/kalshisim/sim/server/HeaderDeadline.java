package dev.kalshisim.sim.server;

import dev.kalshisim.sim.server.http.ErrorMapper;
import dev.kalshisim.sim.server.http.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Answers 408 (Kalshi's error shape) and closes a connection whose request line and headers are
 * still incomplete {@link ClientTimeouts#headerTimeout()} after they began: Jetty 12 parses headers
 * without a thread but would wait for them as long as bytes keep trickling in under the idle
 * timeout.
 *
 * <p>A connection listener on the connector, so it sees every HTTP/1 connection; a sweep every
 * half second (or more often for short timeouts) looks at each one's parser. It uses Jetty's
 * {@code HttpConnection}, which is public but in an internal package: the only way to see whether
 * a request's head is half-received. The parser's state is read off its own thread, without
 * Jetty's lock; a stale read only moves a deadline by a sweep.
 */
final class HeaderDeadline extends AbstractLifeCycle implements Connection.Listener {

    /** When a connection was first seen in the middle of a request head, and which request that was. */
    private record Started(long requestCount, long sinceNanos) {
    }

    private static final Started IDLE = new Started(-1, 0);

    private final Connector connector;
    private final long timeoutNanos;
    private final long sweepMillis;
    private final Map<HttpConnection, Started> connections = new ConcurrentHashMap<>();
    private volatile Scheduler.Task sweep;

    HeaderDeadline(Connector connector, ClientTimeouts timeouts) {
        this.connector = connector;
        this.timeoutNanos = timeouts.headerTimeout().toNanos();
        this.sweepMillis = Math.max(10, Math.min(500, timeouts.headerTimeout().toMillis() / 4));
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            connections.put(http, IDLE);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        if (connection instanceof HttpConnection http) {
            connections.remove(http);
        }
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        Scheduler.Task task = sweep;
        if (task != null) {
            task.cancel();
        }
        connections.clear();
    }

    private void schedule() {
        if (isStarting() || isStarted()) {
            sweep = connector.getScheduler().schedule(this::sweep, sweepMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            connections.replaceAll((connection, started) -> next(connection, started, now));
        } finally {
            schedule();
        }
    }

    private Started next(HttpConnection connection, Started started, long now) {
        HttpParser parser = connection.getParser();
        // START is a connection between requests, left to the idle timeout; past the head is the body's business.
        if (parser.isStart() || !parser.inHeaderState()) {
            return IDLE;
        }
        long requestCount = connection.getMessagesIn();
        if (started.requestCount() != requestCount) {
            return new Started(requestCount, now);
        }
        if (now - started.sinceNanos() >= timeoutNanos) {
            refuse(connection.getEndPoint());
            return IDLE;
        }
        return started;
    }

    private void refuse(EndPoint endPoint) {
        byte[] body = Json.write(ErrorMapper.body(KalshiErrorPages.REQUEST_TIMEOUT, "the request line and headers "
                + "did not arrive within " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms", null));
        String head = "HTTP/1.1 408 Request Timeout\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n";
        endPoint.write(Callback.from(endPoint::close, failure -> endPoint.close()),
                ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)), ByteBuffer.wrap(body));
    }
}
