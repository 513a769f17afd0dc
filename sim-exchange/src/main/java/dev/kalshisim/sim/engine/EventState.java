package dev.kalshisim.sim.engine;

import java.util.ArrayList;
import java.util.List;

/** An event in the catalog, with its markets in creation order. */
final class EventState {

    final EventSpec spec;
    final SeriesState series;
    final long createdNanos;
    final List<MarketState> markets = new ArrayList<>();

    EventState(EventSpec spec, SeriesState series, long createdNanos) {
        this.spec = spec;
        this.series = series;
        this.createdNanos = createdNanos;
    }

    String ticker() {
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
