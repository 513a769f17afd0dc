package dev.kalshisim.sim.engine.catalog;

import dev.kalshisim.sim.engine.fee.FeeTerms;
import dev.kalshisim.sim.engine.fee.Ratio;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An event in the catalog, with its markets in creation order. */
public final class EventState {

    final EventSpec spec;
    final SeriesState series;
    final long createdNanos;
    /** Added and removed only by {@link Catalog}. */
    final List<MarketState> markets = new ArrayList<>();

    EventState(EventSpec spec, SeriesState series, long createdNanos) {
        this.spec = spec;
        this.series = series;
        this.createdNanos = createdNanos;
    }

    public EventSpec spec() {
        return spec;
    }

    public SeriesState series() {
        return series;
    }

    public long createdNanos() {
        return createdNanos;
    }

    /** The event's live markets in creation order; a read-only view. */
    public List<MarketState> markets() {
        return Collections.unmodifiableList(markets);
    }

    public String ticker() {
        return spec.eventTicker();
    }

    /** The fee terms of this event's markets: the event's overrides, else the series'. */
    FeeTerms feeTerms() {
        SeriesSpec s = series.spec;
        return new FeeTerms(
                spec.feeTypeOverride() != null ? spec.feeTypeOverride() : s.feeType(),
                Ratio.of(spec.feeMultiplierOverride() != null ? spec.feeMultiplierOverride() : s.feeMultiplier()));
    }
}
