package dev.kalshisim.sim.demo;

import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.reference.ReferenceData;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The demo catalog behind {@code serve --catalog demo}: a few Kalshi-like series, events and markets
 * (a mutually exclusive Fed decision, Fed rate and CPI thresholds, NYC high-temperature brackets, an
 * NBA game on a maker-fee series, a sub-cent Bitcoin market), embedded as {@code catalog.json}, with
 * seeded synthetic order flow so books, trades and tickers move from the first second.
 *
 * <pre>
 * DemoInstallation demo = DemoCatalog.install(exchange, exchange.clock(), 42L);
 * demo.start();   // background makers and takers begin trading
 * ...
 * demo.stop();    // all background activity ends; quotes stay resting
 * </pre>
 */
public final class DemoCatalog {

    private DemoCatalog() {
    }

    /**
     * Creates the catalog on {@code exchange} (open now, closing days to weeks from now on
     * {@code clock}) and prepares its flow with {@link SyntheticFlowConfig#defaults(long)}; call
     * {@link DemoInstallation#start()} to begin trading.
     *
     * @param clock drives the flow's timers and dates the catalog; normally {@code exchange.clock()}
     * @param seed seeds every random draw of the flow
     * @throws IllegalStateException if the exchange refuses a ticker or member id (e.g. installed twice)
     */
    public static DemoInstallation install(Exchange exchange, Clock clock, long seed) {
        return install(exchange, clock, SyntheticFlowConfig.defaults(seed));
    }

    /**
     * As {@link #install(Exchange, Clock, long)}, and the catalog's reference data (the milestones
     * of its events, e.g. the NBA game's) into {@code reference}, as {@code serve --catalog demo} has it.
     */
    public static DemoInstallation install(Exchange exchange, ReferenceData reference, Clock clock, long seed) {
        Objects.requireNonNull(reference, "reference");
        Instant now = Instant.ofEpochSecond(0, clock.nowNanos());
        DemoInstallation installation = install(exchange, clock, seed);
        CatalogLoader.milestones(CatalogLoader.readEmbedded(), now).forEach(reference::putMilestone);
        return installation;
    }

    /** As {@link #install(Exchange, Clock, long)}, with a tuned flow. */
    public static DemoInstallation install(Exchange exchange, Clock clock, SyntheticFlowConfig config) {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(clock, "clock");
        Instant now = Instant.ofEpochSecond(0, clock.nowNanos());
        List<DemoEvent> events = new CatalogLoader(exchange).install(CatalogLoader.readEmbedded(), now);
        DemoCollections.install(exchange, events, now);
        return new DemoInstallation(events, SyntheticFlow.create(exchange, clock, events, config));
    }
}
