package dev.kalshisim.strategies;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.ParameterDoc;
import dev.kalshisim.core.strategy.StrategyParameters;
import java.util.List;
import java.util.Objects;

/**
 * The settings shared by {@link Poller} and {@link Streamer}: the same markets and the same quote,
 * so the two differ only in how they learn the books.
 *
 * @param markets   the markets to quote; empty means every market the run offers
 * @param pollNanos how often the poller reads each book over REST (the streamer ignores it)
 * @param spread    the distance between bid and ask before rounding outward to whole cents
 * @param size      contracts per quote, positive
 */
public record BookWatchConfig(MarketChoice markets, long pollNanos, Price spread, Count size) {

    /** The parameters both strategies accept. */
    public static final List<ParameterDoc> PARAMETERS = List.of(
            new ParameterDoc(MarketChoice.PARAMETER, null, MarketChoice.DESCRIPTION),
            new ParameterDoc("poll", "200ms", "how often the poller reads each book over REST (the streamer ignores it)"),
            new ParameterDoc("spread", "0.04", "distance between bid and ask in dollars, widened to whole cents"),
            new ParameterDoc("size", "1", "contracts per quote"));

    public BookWatchConfig {
        Objects.requireNonNull(markets, "markets");
        if (pollNanos <= 0) {
            throw new IllegalArgumentException("poll must be positive: " + pollNanos + " ns");
        }
        if (!spread.isTradable()) {
            throw new IllegalArgumentException("spread must be more than 0 and less than 1 dollar: " + spread);
        }
        if (!size.isPositive()) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
    }

    /** Reads the settings, using the documented defaults for what is not given. */
    public static BookWatchConfig from(StrategyParameters parameters) {
        return new BookWatchConfig(MarketChoice.from(parameters),
                parameters.durationNanos("poll", 200_000_000L),
                parameters.price("spread", Price.ofCents(4)),
                parameters.count("size", Count.ofContracts(1)));
    }
}
