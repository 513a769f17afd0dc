package dev.kalshisim.strategies;

/**
 * A trade-weighted exponential moving average of one market's prints: each print weighs its size,
 * halved for every {@code halfLife} of age. Both sums decay alike, so the average itself only moves
 * when a print arrives.
 *
 * <p>The decay is a double (a weight, not a price); the average leaves as whole Price units,
 * rounded to the nearest, before anything is priced from it.
 */
final class TradeEma {

    private final double halfLifeNanos;
    private double weightedPrice;
    private double weight;
    private long lastNanos;
    private boolean any;

    TradeEma(long halfLifeNanos) {
        this.halfLifeNanos = halfLifeNanos;
    }

    /** Adds a print of {@code hundredths} at {@code priceUnits}, at {@code tsNanos}. */
    void add(long priceUnits, long hundredths, long tsNanos) {
        if (any) {
            double decay = Math.pow(0.5, Math.max(0L, tsNanos - lastNanos) / halfLifeNanos);
            weightedPrice *= decay;
            weight *= decay;
        }
        weightedPrice += (double) priceUnits * hundredths;
        weight += hundredths;
        lastNanos = Math.max(lastNanos, tsNanos);
        any = true;
    }

    /** The average in Price units, or {@link MarketMaker#NONE} before the first print. */
    long fairUnits() {
        if (!any || weight <= 0) {
            return MarketMaker.NONE;
        }
        return Math.round(weightedPrice / weight);
    }
}
