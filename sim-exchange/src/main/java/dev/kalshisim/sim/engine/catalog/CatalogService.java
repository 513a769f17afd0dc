package dev.kalshisim.sim.engine.catalog;

import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import java.util.function.Consumer;

/**
 * Creates series, events and markets after checking them against the engine's limits. Listing them
 * as Kalshi's records is a query (they show book and trading figures the catalog does not keep).
 */
public final class CatalogService {

    private final Clock clock;
    private final EngineLimits limits;
    private final Catalog catalog;
    private final MarketLifecycle lifecycle;

    public CatalogService(Clock clock, EngineLimits limits, Catalog catalog, MarketLifecycle lifecycle) {
        this.clock = clock;
        this.limits = limits;
        this.catalog = catalog;
        this.lifecycle = lifecycle;
    }

    public EngineResult<SeriesState> createSeries(SeriesSpec spec) {
        String problem = limits.feeMultiplierProblem(spec.feeMultiplier());
        if (problem != null) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, problem);
        }
        return catalog.addSeries(spec, clock.nowNanos());
    }

    public EngineResult<EventState> createEvent(EventSpec spec) {
        String problem = spec.feeMultiplierOverride() == null ? null
                : limits.feeMultiplierProblem(spec.feeMultiplierOverride());
        if (problem != null) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, problem);
        }
        return catalog.addEvent(spec, clock.nowNanos());
    }

    public EngineResult<MarketState> createMarket(MarketSpec spec) {
        return createMarket(spec, market -> { });
    }

    /**
     * Creates a market and lets {@code prepare} finish its state (a combo's legs) before its
     * {@code created} event, so every listener sees it complete.
     */
    public EngineResult<MarketState> createMarket(MarketSpec spec, Consumer<MarketState> prepare) {
        if (!EngineLimits.acceptsTime(spec.openTime()) || !EngineLimits.acceptsTime(spec.closeTime())) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "open and close times must lie from "
                    + EngineLimits.EARLIEST_TIME + " to before " + EngineLimits.LATEST_TIME);
        }
        EngineResult<MarketState> created = catalog.addMarket(spec, clock.nowNanos());
        if (created.isOk()) {
            prepare.accept(created.value());
            lifecycle.track(created.value());
        }
        return created;
    }
}
