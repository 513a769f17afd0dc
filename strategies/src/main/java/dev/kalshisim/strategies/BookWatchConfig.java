package dev.kalshisim.strategies;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.ParameterDoc;
import dev.kalshisim.core.strategy.StrategyParameters;
import java.util.List;
import java.util.Objects;

/**
 * The settings shared by {@link Poller} and {@link Streamer}: the same markets, the same quote and
 * the same write budget, so the two differ only in how they learn the books.
 *
 * @param markets        the markets to quote; empty means every market the run offers
 * @param pollNanos      how often the poller reads a moving market's book over REST
 * @param idlePollNanos  how often the poller reads a quiet market's book (at least {@code pollNanos})
 * @param hotNanos       how long a market counts as moving after the poller last saw its mid move
 * @param spread         the distance between bid and ask before rounding outward to whole cents
 * @param size           contracts per quote, positive
 * @param writesPerSecond the quoting rule's own budget of creates a second (cancels ride along)
 */
public record BookWatchConfig(MarketChoice markets, long pollNanos, long idlePollNanos, long hotNanos, Price spread,
        Count size, long writesPerSecond) {

    /**
     * The default budget, as the market maker's: at Kalshi's basic tier a create costs 10 write
     * tokens and a cancel 2; 8 replacements a second are 96 of the 100 tokens refilled.
     */
    static final long BASIC_TIER_WRITES_PER_SECOND = 8;

    /** The parameters both strategies accept. */
    public static final List<ParameterDoc> PARAMETERS = List.of(
            new ParameterDoc(MarketChoice.PARAMETER, null, MarketChoice.DESCRIPTION),
            new ParameterDoc("poll", "200ms",
                    "how often the poller reads the book of a market whose mid is moving (the streamer ignores it)"),
            new ParameterDoc("idle-poll", "1s",
                    "how often the poller reads the book of a quiet market (at least poll); equal to poll for a fixed rate"),
            new ParameterDoc("hot-for", "2s", "how long a market counts as moving after the poller saw its mid move"),
            new ParameterDoc("spread", "0.04", "distance between bid and ask in dollars, widened to whole cents"),
            new ParameterDoc("size", "1", "contracts per quote"),
            new ParameterDoc("max-writes-per-second", String.valueOf(BASIC_TIER_WRITES_PER_SECOND),
                    "creates a second the quoting rule allows itself; a replacement over budget waits for the next book"));

    public BookWatchConfig {
        Objects.requireNonNull(markets, "markets");
        if (pollNanos <= 0) {
            throw new IllegalArgumentException("poll must be positive: " + pollNanos + " ns");
        }
        if (idlePollNanos < pollNanos) {
            throw new IllegalArgumentException("idle-poll must be at least poll: " + idlePollNanos + " ns < "
                    + pollNanos + " ns");
        }
        if (hotNanos < 0) {
            throw new IllegalArgumentException("hot-for must not be negative: " + hotNanos + " ns");
        }
        if (!spread.isTradable()) {
            throw new IllegalArgumentException("spread must be more than 0 and less than 1 dollar: " + spread);
        }
        if (!size.isPositive()) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        if (writesPerSecond <= 0) {
            throw new IllegalArgumentException("max-writes-per-second must be positive: " + writesPerSecond);
        }
    }

    /** Reads the settings, using the documented defaults for what is not given. */
    public static BookWatchConfig from(StrategyParameters parameters) {
        long poll = parameters.durationNanos("poll", 200_000_000L);
        return new BookWatchConfig(MarketChoice.from(parameters), poll,
                // A slow poll given alone is also the quiet markets' rate.
                parameters.durationNanos("idle-poll", Math.max(1_000_000_000L, poll)),
                parameters.durationNanos("hot-for", 2_000_000_000L),
                parameters.price("spread", Price.ofCents(4)),
                parameters.count("size", Count.ofContracts(1)),
                parameters.longValue("max-writes-per-second", BASIC_TIER_WRITES_PER_SECOND));
    }
}
