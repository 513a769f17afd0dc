package dev.kalshisim.sim.server.state;

import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.history.HistoryConfig;
import dev.kalshisim.sim.limits.UnsignedLimit;
import java.time.Duration;
import java.util.Objects;

/**
 * The part of the server's configuration that {@link SimState} and the parts reading it (REST
 * routes, the control plane, the WebSocket feed) depend on. It is its own record so this package
 * needs nothing from the server that assembles it: the server's config hands it over
 * ({@code ServerConfig.stateConfig()}), and the dependency runs one way.
 *
 * @param clock the server's time: a wall clock or a virtual clock the control plane moves
 * @param authWindow how far a signed timestamp may be from the clock, either way
 * @param unsignedLimit how unsigned calls to public endpoints are limited
 * @param tiers the per-tier bucket limits
 * @param endpointCosts the per-endpoint token costs
 * @param journalCapacity how many requests the journal keeps
 * @param engineLimits the largest counts and amounts the engine accepts
 * @param history the live window and the historical store behind {@code /historical}
 */
public record StateConfig(Clock clock, Duration authWindow, UnsignedLimit unsignedLimit, TierTable tiers,
                          EndpointCosts endpointCosts, int journalCapacity, EngineLimits engineLimits,
                          HistoryConfig history) {

    public StateConfig {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(authWindow, "authWindow");
        Objects.requireNonNull(unsignedLimit, "unsignedLimit");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(endpointCosts, "endpointCosts");
        Objects.requireNonNull(engineLimits, "engineLimits");
        Objects.requireNonNull(history, "history");
    }
}
