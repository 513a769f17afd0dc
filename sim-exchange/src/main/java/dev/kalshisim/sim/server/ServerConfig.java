package dev.kalshisim.sim.server;

import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.history.HistoryConfig;
import dev.kalshisim.sim.limits.RequestJournal;
import dev.kalshisim.sim.limits.UnsignedLimit;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything {@link KalshiSimServer} can be told, with production-like defaults.
 *
 * @param port TCP port; 0 picks a free one
 * @param bindAddress the address to listen on; loopback by default, since the control plane has no auth
 * @param authWindow how far a signed timestamp may be from the server's clock, either way (30 s)
 * @param legacyOrderWrites whether the legacy {@code /portfolio/orders} writes work (false: refused
 *     as production now refuses them)
 * @param rateLimitHeaders whether responses carry {@code Retry-After} (on 429) and
 *     {@code X-RateLimit-*} headers, which production does not send
 * @param unsignedLimit how unsigned calls to public endpoints are limited
 * @param tiers the per-tier bucket limits
 * @param endpointCosts the per-endpoint token costs
 * @param journalCapacity how many requests the journal keeps
 * @param clock the server's time: a {@link WallClock} or a virtual clock the control plane moves
 * @param clientTimeouts how long slow clients are waited for (wall time: they are about the network)
 * @param engineLimits the largest counts and amounts the engine accepts
 * @param history the live window and the historical store behind {@code /historical}
 */
public record ServerConfig(int port, String bindAddress, Duration authWindow, boolean legacyOrderWrites,
                           boolean rateLimitHeaders, UnsignedLimit unsignedLimit, TierTable tiers,
                           EndpointCosts endpointCosts, int journalCapacity, Clock clock,
                           ClientTimeouts clientTimeouts, EngineLimits engineLimits, HistoryConfig history) {

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(authWindow, "authWindow");
        if (authWindow.isNegative()) {
            throw new IllegalArgumentException("authWindow must not be negative: " + authWindow);
        }
        Objects.requireNonNull(unsignedLimit, "unsignedLimit");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(endpointCosts, "endpointCosts");
        if (journalCapacity <= 0) {
            throw new IllegalArgumentException("journalCapacity must be positive: " + journalCapacity);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(clientTimeouts, "clientTimeouts");
        Objects.requireNonNull(engineLimits, "engineLimits");
        Objects.requireNonNull(history, "history");
    }

    /** An ephemeral port on 127.0.0.1, Kalshi's published limits and costs, wall time. */
    public static ServerConfig defaults() {
        return new ServerConfig(0, "127.0.0.1", Duration.ofSeconds(30), false, false, UnsignedLimit.PER_ADDRESS,
                TierTable.defaults(), EndpointCosts.defaults(), RequestJournal.DEFAULT_CAPACITY, WallClock.instance(),
                ClientTimeouts.defaults(), EngineLimits.defaults(),
                HistoryConfig.defaults());
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, bindAddress, authWindow, legacyOrderWrites, rateLimitHeaders, unsignedLimit,
                tiers, endpointCosts, journalCapacity, clock, clientTimeouts, engineLimits, history);
    }

    public ServerConfig withAuthWindow(Duration newWindow) {
        return new ServerConfig(port, bindAddress, newWindow, legacyOrderWrites, rateLimitHeaders, unsignedLimit,
                tiers, endpointCosts, journalCapacity, clock, clientTimeouts, engineLimits, history);
    }

    public ServerConfig withLegacyOrderWrites(boolean accepted) {
        return new ServerConfig(port, bindAddress, authWindow, accepted, rateLimitHeaders, unsignedLimit,
                tiers, endpointCosts, journalCapacity, clock, clientTimeouts, engineLimits, history);
    }

    public ServerConfig withRateLimitHeaders(boolean sent) {
        return new ServerConfig(port, bindAddress, authWindow, legacyOrderWrites, sent, unsignedLimit,
                tiers, endpointCosts, journalCapacity, clock, clientTimeouts, engineLimits, history);
    }

    public ServerConfig withUnsignedLimit(UnsignedLimit newLimit) {
        return new ServerConfig(port, bindAddress, authWindow, legacyOrderWrites, rateLimitHeaders, newLimit,
                tiers, endpointCosts, journalCapacity, clock, clientTimeouts, engineLimits, history);
    }

    public ServerConfig withTiers(TierTable newTiers) {
        return new ServerConfig(port, bindAddress, authWindow, legacyOrderWrites, rateLimitHeaders, unsignedLimit,
                newTiers, endpointCosts, journalCapacity, clock, clientTimeouts, engineLimits, history);
    }

    public ServerConfig withEndpointCosts(EndpointCosts newCosts) {
        return new ServerConfig(port, bindAddress, authWindow, legacyOrderWrites, rateLimitHeaders, unsignedLimit,
                tiers, newCosts, journalCapacity, clock, clientTimeouts, engineLimits, history);
    }

    public ServerConfig withJournalCapacity(int newCapacity) {
        return new ServerConfig(port, bindAddress, authWindow, legacyOrderWrites, rateLimitHeaders, unsignedLimit,
                tiers, endpointCosts, newCapacity, clock, clientTimeouts, engineLimits, history);
    }

    public ServerConfig withClock(Clock newClock) {
        return new ServerConfig(port, bindAddress, authWindow, legacyOrderWrites, rateLimitHeaders, unsignedLimit,
                tiers, endpointCosts, journalCapacity, newClock, clientTimeouts, engineLimits, history);
    }

    public ServerConfig withClientTimeouts(ClientTimeouts newTimeouts) {
        return new ServerConfig(port, bindAddress, authWindow, legacyOrderWrites, rateLimitHeaders, unsignedLimit,
                tiers, endpointCosts, journalCapacity, clock, newTimeouts, engineLimits, history);
    }

    public ServerConfig withEngineLimits(EngineLimits newLimits) {
        return new ServerConfig(port, bindAddress, authWindow, legacyOrderWrites, rateLimitHeaders, unsignedLimit,
                tiers, endpointCosts, journalCapacity, clock, clientTimeouts, newLimits, history);
    }

    public ServerConfig withHistory(HistoryConfig newHistory) {
        return new ServerConfig(port, bindAddress, authWindow, legacyOrderWrites, rateLimitHeaders, unsignedLimit,
                tiers, endpointCosts, journalCapacity, clock, clientTimeouts, engineLimits, newHistory);
    }
}
