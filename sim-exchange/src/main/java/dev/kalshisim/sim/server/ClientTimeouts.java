package dev.kalshisim.sim.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the REST server waits for a slow client before answering 408 and closing the
 * connection, so that slow or stalled clients cost a connection at most, never a thread, and not
 * for long. None of them refuses a client by its address: tests and load clients share 127.0.0.1.
 *
 * @param idleTimeout how long a connection may send nothing at all (between requests too) before
 *     it is closed; Jetty's idle timeout
 * @param headerTimeout how long a request's line and headers may take to arrive once its first
 *     byte has; headers are at most 8 KiB, so this is also their minimum data rate
 * @param bodyTimeout how long a request's body may take to arrive once its headers have
 * @param minBodyBytesPerSecond the average rate a body must keep up after its first
 *     {@link #BODY_RATE_GRACE} (a body that is complete is never too slow); 0 turns the check off
 */
public record ClientTimeouts(Duration idleTimeout, Duration headerTimeout, Duration bodyTimeout,
                             long minBodyBytesPerSecond) {

    /** How long a body may arrive at any rate before {@link #minBodyBytesPerSecond} applies. */
    public static final Duration BODY_RATE_GRACE = Duration.ofSeconds(2);

    public ClientTimeouts {
        positive(idleTimeout, "idleTimeout");
        positive(headerTimeout, "headerTimeout");
        positive(bodyTimeout, "bodyTimeout");
        if (minBodyBytesPerSecond < 0) {
            throw new IllegalArgumentException("minBodyBytesPerSecond must not be negative: " + minBodyBytesPerSecond);
        }
    }

    /** 30 s idle, 10 s for headers, 10 s for a body, bodies at 1,024 bytes per second or faster. */
    public static ClientTimeouts defaults() {
        return new ClientTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(10), 1_024);
    }

    public ClientTimeouts withIdleTimeout(Duration value) {
        return new ClientTimeouts(value, headerTimeout, bodyTimeout, minBodyBytesPerSecond);
    }

    public ClientTimeouts withHeaderTimeout(Duration value) {
        return new ClientTimeouts(idleTimeout, value, bodyTimeout, minBodyBytesPerSecond);
    }

    public ClientTimeouts withBodyTimeout(Duration value) {
        return new ClientTimeouts(idleTimeout, headerTimeout, value, minBodyBytesPerSecond);
    }

    public ClientTimeouts withMinBodyBytesPerSecond(long value) {
        return new ClientTimeouts(idleTimeout, headerTimeout, bodyTimeout, value);
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
