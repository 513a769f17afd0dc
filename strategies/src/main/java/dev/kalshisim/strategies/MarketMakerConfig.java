package dev.kalshisim.strategies;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.ParameterDoc;
import dev.kalshisim.core.strategy.StrategyParameters;
import java.util.List;
import java.util.Locale;

/**
 * The settings of a {@link MarketMaker}, read from its parameters and checked, so a bad value is
 * refused with one clear line before the run starts.
 *
 * @param markets            what it trades: named tickers, or every market the run offers
 * @param spread             dollars between its bid and ask, rounded up to whole cents
 * @param size               contracts per quote
 * @param fair               how it values the market
 * @param emaHalfLifeNanos   for {@link Fair#EMA}: the age at which a print weighs half as much
 * @param skew               dollars both quotes move against the position, per contract held
 * @param maxPosition        the largest position either way, in contracts
 * @param requoteThreshold   how far the quote's centre (or a wanted price) must move before a
 *                           resting quote is replaced
 * @param maxWritesPerSecond order creates per second, with a burst of one second (at least two,
 *                           so both sides can go out together)
 * @param blackoutRetryNanos after a local "blackout" refusal, how long it waits before trying again
 */
public record MarketMakerConfig(MarketChoice markets, Price spread, Count size, Fair fair, long emaHalfLifeNanos,
        Price skew, Count maxPosition, Price requoteThreshold, long maxWritesPerSecond, long blackoutRetryNanos) {

    private static final long SECOND = 1_000_000_000L;

    /**
     * The default write budget: Kalshi's basic tier refills 100 write tokens a second (core's
     * {@code tiers.json}); a V2 create costs 10 tokens and a cancel 2 ({@code endpoint_costs.json}:
     * {@code POST /portfolio/events/orders} is the default 10, {@code DELETE .../{order_id}} 2, and
     * their batches the same per item). A replacement is a cancel and a create, 12 tokens; 8 a second
     * is 96 tokens, within the bucket's refill.
     */
    static final long BASIC_TIER_WRITES_PER_SECOND = 8;

    /** How it values a market. */
    public enum Fair {
        /** The top of book weighted by the size on the other side. */
        MICROPRICE,
        /** A time-decayed, size-weighted average of recorded trade prices. */
        EMA;

        static Fair parse(String text) {
            for (Fair fair : values()) {
                if (fair.name().toLowerCase(Locale.ROOT).equals(text.trim())) {
                    return fair;
                }
            }
            throw new IllegalArgumentException("parameter fair must be microprice or ema, got \"" + text + "\"");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The parameters {@code market-maker} accepts. */
    public static final List<ParameterDoc> PARAMETERS = List.of(
            new ParameterDoc(MarketChoice.PARAMETER, null, MarketChoice.DESCRIPTION),
            new ParameterDoc("spread", "0.04", "dollars between its bid and ask, rounded up to whole cents"),
            new ParameterDoc("size", "1", "contracts per quote"),
            new ParameterDoc("fair", "microprice",
                    "fair value: microprice (top of book, weighted by size) or ema (of trade prints;"
                            + " the microprice until the first print)"),
            new ParameterDoc("ema-half-life", "30s", "with fair=ema, the age at which a print weighs half"),
            new ParameterDoc("skew", "0.001", "dollars both quotes move against the position, per contract held"),
            new ParameterDoc("max-position", "20",
                    "largest position either way in contracts; the side that would pass it is not quoted"),
            new ParameterDoc("requote-threshold", "0.01", "dollars the fair value must move before quotes are replaced"),
            new ParameterDoc("max-writes-per-second", String.valueOf(BASIC_TIER_WRITES_PER_SECOND),
                    "order creates per second (each with at most one cancel); 8 fits Kalshi's basic tier"),
            new ParameterDoc("blackout-retry", "10s",
                    "after an order is refused inside a blackout window, how long before trying again"));

    public MarketMakerConfig {
        if (!spread.isTradable()) {
            throw new IllegalArgumentException("spread must be more than $0 and less than $1, got " + spread);
        }
        if (!size.isPositive()) {
            throw new IllegalArgumentException("size must be a positive number of contracts, got " + size);
        }
        if (!maxPosition.isPositive()) {
            throw new IllegalArgumentException("max-position must be a positive number of contracts, got " + maxPosition);
        }
        if (size.compareTo(maxPosition) > 0) {
            throw new IllegalArgumentException(
                    "size " + size + " is more than max-position " + maxPosition + ": no full quote could ever rest");
        }
        if (requoteThreshold.units() <= 0) {
            throw new IllegalArgumentException("requote-threshold must be more than $0, got " + requoteThreshold);
        }
        if (emaHalfLifeNanos <= 0) {
            throw new IllegalArgumentException("ema-half-life must be positive");
        }
        if (maxWritesPerSecond < 1) {
            throw new IllegalArgumentException("max-writes-per-second must be at least 1, got " + maxWritesPerSecond);
        }
        if (blackoutRetryNanos <= 0) {
            throw new IllegalArgumentException("blackout-retry must be positive");
        }
    }

    /** Reads the settings, with the documented defaults for what is not given. */
    public static MarketMakerConfig from(StrategyParameters parameters) {
        return new MarketMakerConfig(
                MarketChoice.from(parameters),
                parameters.price("spread", Price.ofCents(4)),
                parameters.count("size", Count.ofContracts(1)),
                Fair.parse(parameters.string("fair", "microprice")),
                parameters.durationNanos("ema-half-life", 30 * SECOND),
                parameters.price("skew", Price.ofUnits(10)),
                parameters.count("max-position", Count.ofContracts(20)),
                parameters.price("requote-threshold", Price.ofCents(1)),
                parameters.longValue("max-writes-per-second", BASIC_TIER_WRITES_PER_SECOND),
                parameters.durationNanos("blackout-retry", 10 * SECOND));
    }
}
