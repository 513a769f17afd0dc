package dev.kalshisim.strategies;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.ParameterDoc;
import dev.kalshisim.core.strategy.StrategyParameters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of a {@link LoadStrategy}, read from its parameters and checked, one clear message
 * for the first bad value.
 *
 * @param markets     the markets its requests go to
 * @param rate        requests a second, whole, at least 1
 * @param mix         the weights of reads, creates, batches and cancels
 * @param batchSize   orders in one batch create, 1 to {@value #MAX_BATCH_SIZE}
 * @param offset      how far from the touch its orders rest, or null for the edge of the price range
 *                    (1 cent bids, 99 cent asks)
 * @param size        contracts per order
 * @param maxResting  the most orders of its own open at once (sent, resting or being cancelled)
 * @param seed        seeds the market and side of every request
 */
public record LoadConfig(MarketChoice markets, long rate, LoadMix mix, int batchSize, Price offset, Count size,
        long maxResting, long seed) {

    /** Kalshi's largest batch create. */
    static final int MAX_BATCH_SIZE = 20;
    /** One request a microsecond: beyond it a timer could not tell slots apart on any venue. */
    static final long MAX_RATE = 1_000_000;
    /** The value of {@code offset} that places orders at the edge of the price range. */
    static final String EDGE = "edge";

    /**
     * The default mix: a cycle of 13 requests that creates as many orders (2 creates, 1 batch of 4)
     * as it cancels (6), so the resting orders hold steady instead of growing to the cap. At the
     * default rate it spends about 31 read and 55 write tokens a second, inside Kalshi's basic tier
     * (200 and 100): raise {@code rate} to load the throttle.
     */
    static final Map<LoadKind, Long> DEFAULT_MIX = Map.of(LoadKind.READ, 4L, LoadKind.CREATE, 2L, LoadKind.BATCH, 1L,
            LoadKind.CANCEL, 6L);
    static final long DEFAULT_RATE = 10;
    static final int DEFAULT_BATCH_SIZE = 4;
    static final long DEFAULT_MAX_RESTING = 100;

    /** The parameters {@code load} accepts. */
    public static final List<ParameterDoc> PARAMETERS = List.of(
            new ParameterDoc(MarketChoice.PARAMETER, null, MarketChoice.DESCRIPTION),
            new ParameterDoc("rate", String.valueOf(DEFAULT_RATE),
                    "requests a second, whole, evenly spaced on the run's clock; not throttled by the strategy"),
            new ParameterDoc(LoadKind.READ.parameter(), String.valueOf(DEFAULT_MIX.get(LoadKind.READ)),
                    "weight of REST order book reads in the mix"),
            new ParameterDoc(LoadKind.CREATE.parameter(), String.valueOf(DEFAULT_MIX.get(LoadKind.CREATE)),
                    "weight of single order creates in the mix"),
            new ParameterDoc(LoadKind.BATCH.parameter(), String.valueOf(DEFAULT_MIX.get(LoadKind.BATCH)),
                    "weight of batch creates in the mix"),
            new ParameterDoc(LoadKind.CANCEL.parameter(), String.valueOf(DEFAULT_MIX.get(LoadKind.CANCEL)),
                    "weight of cancels (of its oldest resting order) in the mix"),
            new ParameterDoc("batch-size", String.valueOf(DEFAULT_BATCH_SIZE),
                    "orders in one batch create, 1 to " + MAX_BATCH_SIZE),
            new ParameterDoc("offset", EDGE, "where orders rest: edge (1 cent bids, 99 cent asks) or dollars"
                    + " below the best bid / above the best ask, widened to whole cents"),
            new ParameterDoc("size", "1", "contracts per order"),
            new ParameterDoc("max-resting", String.valueOf(DEFAULT_MAX_RESTING),
                    "most orders of its own open at once; at the cap a create or batch becomes a cancel"),
            new ParameterDoc("seed", "1", "seeds the market and side of each request: same seed, same requests"));

    public LoadConfig {
        Objects.requireNonNull(markets, "markets");
        Objects.requireNonNull(mix, "mix");
        Objects.requireNonNull(size, "size");
        if (rate < 1 || rate > MAX_RATE) {
            throw new IllegalArgumentException("rate must be 1 to " + MAX_RATE + " requests a second, got " + rate);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batch-size must be 1 to " + MAX_BATCH_SIZE + ", got " + batchSize);
        }
        if (offset != null && !offset.isBelow(Price.ONE)) {
            throw new IllegalArgumentException("offset must be less than 1 dollar, got " + offset);
        }
        if (!size.isPositive()) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
        long largest = mix.weight(LoadKind.BATCH) > 0 ? batchSize : 1;
        if (maxResting < largest) {
            throw new IllegalArgumentException("max-resting must be at least " + largest
                    + (largest > 1 ? " (one batch)" : "") + ", got " + maxResting);
        }
    }

    /** Reads the settings, with the documented defaults for what is not given. */
    public static LoadConfig from(StrategyParameters parameters) {
        Map<LoadKind, Long> weights = new EnumMap<>(LoadKind.class);
        for (LoadKind kind : LoadKind.values()) {
            weights.put(kind, parameters.longValue(kind.parameter(), DEFAULT_MIX.get(kind)));
        }
        long batchSize = parameters.longValue("batch-size", DEFAULT_BATCH_SIZE);
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batch-size must be 1 to " + MAX_BATCH_SIZE + ", got " + batchSize);
        }
        return new LoadConfig(
                MarketChoice.from(parameters),
                parameters.longValue("rate", DEFAULT_RATE),
                new LoadMix(weights),
                (int) batchSize,
                offset(parameters.string("offset", EDGE)),
                parameters.count("size", Count.ofContracts(1)),
                parameters.longValue("max-resting", DEFAULT_MAX_RESTING),
                parameters.longValue("seed", 1L));
    }

    /** {@code edge} (null) or a price in dollars. */
    private static Price offset(String text) {
        if (text.equals(EDGE)) {
            return null;
        }
        try {
            return Price.parseLenient(text);
        } catch (RuntimeException bad) {
            throw new IllegalArgumentException("parameter offset must be edge or dollars like 0.05, got \"" + text + "\"",
                    bad);
        }
    }
}
