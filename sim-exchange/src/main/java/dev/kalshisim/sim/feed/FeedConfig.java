package dev.kalshisim.sim.feed;

import java.time.Duration;
import java.util.Objects;

/**
 * How the WebSocket feed behaves, with production-like defaults.
 *
 * @param queueCapacity messages a connection may have waiting to be sent; one more closes the
 *     connection (error 25, then close status 1008) instead of dropping anything silently
 * @param pingInterval how often the server sends a Ping frame with payload {@code heartbeat}
 *     (Kalshi: every 10 s); wall time, because it is about the network, not the exchange
 * @param maxMarketsPerSubscription markets one subscription may name; more is error 26 (Kalshi's
 *     own limit is not published)
 * @param idleTimeout how long a connection may see no traffic at all before Jetty closes it; the
 *     server's own pings count as traffic, so only a dead or stalled peer reaches it
 * @param writeTimeout how long one outgoing frame may wait for a client that stopped reading before
 *     the connection is closed with error 25 and status 1008, even though its queue has room; wall time
 * @param maxConnectionsPerMember open connections one member may have; one more upgrade is refused
 *     with 429 {@code too_many_requests} (Kalshi: 200 by default, more at higher tiers)
 */
public record FeedConfig(int queueCapacity, Duration pingInterval, int maxMarketsPerSubscription,
                         Duration idleTimeout, Duration writeTimeout, int maxConnectionsPerMember) {

    /** Kalshi's default cap on one member's connections. */
    public static final int KALSHI_CONNECTIONS_PER_MEMBER = 200;

    /** Kalshi pings every 10 seconds. */
    public static final Duration KALSHI_PING_INTERVAL = Duration.ofSeconds(10);

    public FeedConfig {
        if (queueCapacity < 2) {
            // Two slots are always needed to tell an overflowing client why it is being closed.
            throw new IllegalArgumentException("queueCapacity must be at least 2: " + queueCapacity);
        }
        Objects.requireNonNull(pingInterval, "pingInterval");
        if (pingInterval.isNegative() || pingInterval.isZero()) {
            throw new IllegalArgumentException("pingInterval must be positive: " + pingInterval);
        }
        if (maxMarketsPerSubscription < 1) {
            throw new IllegalArgumentException("maxMarketsPerSubscription must be positive: " + maxMarketsPerSubscription);
        }
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.compareTo(pingInterval) <= 0) {
            throw new IllegalArgumentException("idleTimeout must be longer than pingInterval: " + idleTimeout);
        }
        Objects.requireNonNull(writeTimeout, "writeTimeout");
        if (writeTimeout.isNegative() || writeTimeout.isZero()) {
            throw new IllegalArgumentException("writeTimeout must be positive: " + writeTimeout);
        }
        if (maxConnectionsPerMember < 1) {
            throw new IllegalArgumentException("maxConnectionsPerMember must be positive: " + maxConnectionsPerMember);
        }
    }

    /**
     * 10,000 queued messages, pings every 10 s, 10,000 markets per subscription, 60 s idle timeout,
     * 5 s write timeout, 200 connections per member.
     */
    public static FeedConfig defaults() {
        return new FeedConfig(10_000, KALSHI_PING_INTERVAL, 10_000, Duration.ofSeconds(60), Duration.ofSeconds(5),
                KALSHI_CONNECTIONS_PER_MEMBER);
    }

    public FeedConfig withQueueCapacity(int value) {
        return new FeedConfig(value, pingInterval, maxMarketsPerSubscription, idleTimeout, writeTimeout,
                maxConnectionsPerMember);
    }

    /** A copy pinging every {@code value}; the idle timeout grows to six intervals if it would be too short. */
    public FeedConfig withPingInterval(Duration value) {
        Duration idle = idleTimeout.compareTo(value) > 0 ? idleTimeout : value.multipliedBy(6);
        return new FeedConfig(queueCapacity, value, maxMarketsPerSubscription, idle, writeTimeout,
                maxConnectionsPerMember);
    }

    public FeedConfig withMaxMarketsPerSubscription(int value) {
        return new FeedConfig(queueCapacity, pingInterval, value, idleTimeout, writeTimeout, maxConnectionsPerMember);
    }

    public FeedConfig withIdleTimeout(Duration value) {
        return new FeedConfig(queueCapacity, pingInterval, maxMarketsPerSubscription, value, writeTimeout,
                maxConnectionsPerMember);
    }

    public FeedConfig withWriteTimeout(Duration value) {
        return new FeedConfig(queueCapacity, pingInterval, maxMarketsPerSubscription, idleTimeout, value,
                maxConnectionsPerMember);
    }

    public FeedConfig withMaxConnectionsPerMember(int value) {
        return new FeedConfig(queueCapacity, pingInterval, maxMarketsPerSubscription, idleTimeout, writeTimeout, value);
    }
}
