package dev.kalshisim.kalshi.stream;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.kalshi.client.Backoff;
import java.net.URI;
import java.util.Objects;

/**
 * Settings of a {@link KalshiWebSocketClient}. Start from {@link #of} or {@link #forRestBase} and
 * change single values with the {@code with...} methods.
 *
 * @param url the WebSocket URL, e.g. {@code wss://external-api-ws.kalshi.com/trade-api/ws/v2}
 * @param credentials the API key that signs the upgrade; {@code null} sends no auth headers (only
 *     for a server that allows it: Kalshi requires auth on every connection)
 * @param pingIntervalNanos how often the client pings the server (Kalshi pings every 10 s itself)
 * @param idleTimeoutNanos a connection with no frame at all for this long is treated as dead
 * @param commandTimeoutNanos a command without a complete reply after this long fails
 * @param snapshotTimeoutNanos a requested order-book snapshot not received after this long makes
 *     the {@link dev.kalshisim.kalshi.stream.book.BookKeeper} reopen the subscription
 * @param backoff waits between reconnect attempts
 * @param stableConnectionNanos a connection that stayed open this long resets the backoff to its
 *     first step; one dropped sooner keeps growing it, so a server that accepts and then drops at
 *     once is not hammered
 */
public record StreamConfig(
        URI url,
        Credentials credentials,
        long pingIntervalNanos,
        long idleTimeoutNanos,
        long commandTimeoutNanos,
        long snapshotTimeoutNanos,
        Backoff backoff,
        long stableConnectionNanos) {

    private static final long SECOND = 1_000_000_000L;

    public StreamConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(backoff, "backoff");
        if (backoff.firstWaitNanos() <= 0) {
            // A zero first wait would reconnect in a tight loop against a server that is down.
            throw new IllegalArgumentException("the reconnect backoff needs a positive first wait: " + backoff);
        }
        if (!"ws".equals(url.getScheme()) && !"wss".equals(url.getScheme())) {
            throw new IllegalArgumentException("url must be ws:// or wss://: " + url);
        }
        requirePositive(pingIntervalNanos, "pingIntervalNanos");
        requirePositive(commandTimeoutNanos, "commandTimeoutNanos");
        requirePositive(snapshotTimeoutNanos, "snapshotTimeoutNanos");
        requirePositive(stableConnectionNanos, "stableConnectionNanos");
        if (idleTimeoutNanos <= pingIntervalNanos) {
            // A pong needs at least one ping interval to come back.
            throw new IllegalArgumentException("idleTimeoutNanos must exceed pingIntervalNanos: "
                    + idleTimeoutNanos + " <= " + pingIntervalNanos);
        }
    }

    /**
     * Defaults for {@code url}: ping every 10 s, dead after 30 s of silence, commands time out after
     * 10 s, snapshots after 10 s, {@link Backoff#DEFAULT}, backoff reset after 60 s up.
     */
    public static StreamConfig of(URI url, Credentials credentials) {
        return new StreamConfig(url, credentials, 10 * SECOND, 30 * SECOND, 10 * SECOND, 10 * SECOND,
                Backoff.DEFAULT, 60 * SECOND);
    }

    /** Defaults for the WebSocket URL that goes with a REST base URL (see {@link WebSocketUrls}). */
    public static StreamConfig forRestBase(String restBaseUrl, Credentials credentials) {
        return of(WebSocketUrls.fromRestBase(restBaseUrl), credentials);
    }

    /** A copy pinging every {@code intervalNanos} and giving up after {@code idleTimeoutNanos} of silence. */
    public StreamConfig withPing(long intervalNanos, long idleTimeoutNanos) {
        return new StreamConfig(url, credentials, intervalNanos, idleTimeoutNanos, commandTimeoutNanos,
                snapshotTimeoutNanos, backoff, stableConnectionNanos);
    }

    /** A copy with another command timeout. */
    public StreamConfig withCommandTimeoutNanos(long nanos) {
        return new StreamConfig(url, credentials, pingIntervalNanos, idleTimeoutNanos, nanos, snapshotTimeoutNanos,
                backoff, stableConnectionNanos);
    }

    /** A copy with another snapshot timeout. */
    public StreamConfig withSnapshotTimeoutNanos(long nanos) {
        return new StreamConfig(url, credentials, pingIntervalNanos, idleTimeoutNanos, commandTimeoutNanos, nanos,
                backoff, stableConnectionNanos);
    }

    /** A copy with another reconnect backoff, reset after {@code stableNanos} of uptime. */
    public StreamConfig withBackoff(Backoff value, long stableNanos) {
        return new StreamConfig(url, credentials, pingIntervalNanos, idleTimeoutNanos, commandTimeoutNanos,
                snapshotTimeoutNanos, value, stableNanos);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
