package dev.kalshisim.sim.history;

import dev.kalshisim.core.model.Price;

/**
 * One market's activity in one minute, the resolution candlesticks are kept at: the best YES bid
 * and ask (open, low, high, close of the samples taken after each book change or trade), open
 * interest at the minute's last sample, and the trades (open, low, high, close, volume and the
 * price-times-count sum the mean needs). 1-, 60- and 1440-minute candles are folded from these.
 *
 * <p>A missing bid is kept as $0 and a missing ask as $1, as Kalshi's candles report them. Prices
 * are 1/10,000 dollar units, counts hundredths, money micro-dollars. Mutable while its minute is
 * the market's newest; guarded by its owner.
 */
public final class MinuteBar {

    /** Number of longs in {@link #toLongs()}. */
    static final int FIELDS = 16;

    /** End of the minute, epoch seconds (a multiple of 60); the minute covers {@code (end - 60, end]}. */
    final long endTs;
    boolean hasQuote;
    long bidOpen;
    long bidLow;
    long bidHigh;
    long bidClose;
    long askOpen;
    long askLow;
    long askHigh;
    long askClose;
    long openInterest;
    boolean hasTrade;
    long priceOpen;
    long priceLow;
    long priceHigh;
    long priceClose;
    long weightedMicros;
    long volume;

    public MinuteBar(long endTs) {
        this.endTs = endTs;
    }

    public long endTs() {
        return endTs;
    }

    /** The minute end holding {@code epochSeconds}. */
    public static long minuteEnd(long epochSeconds) {
        return Math.floorDiv(epochSeconds + 59, 60) * 60;
    }

    /** Records the top of book and open interest after a change. */
    public void quote(long bidUnits, long askUnits, long openInterestHundredths) {
        if (!hasQuote) {
            hasQuote = true;
            bidOpen = bidLow = bidHigh = bidUnits;
            askOpen = askLow = askHigh = askUnits;
        }
        bidLow = Math.min(bidLow, bidUnits);
        bidHigh = Math.max(bidHigh, bidUnits);
        askLow = Math.min(askLow, askUnits);
        askHigh = Math.max(askHigh, askUnits);
        bidClose = bidUnits;
        askClose = askUnits;
        openInterest = openInterestHundredths;
    }

    /** Records a trade at {@code yesPrice} of {@code hundredths} contracts. */
    public void trade(Price yesPrice, long hundredths, long priceTimesCountMicros) {
        long units = yesPrice.units();
        if (!hasTrade) {
            hasTrade = true;
            priceOpen = priceLow = priceHigh = units;
        }
        priceLow = Math.min(priceLow, units);
        priceHigh = Math.max(priceHigh, units);
        priceClose = units;
        weightedMicros = Math.addExact(weightedMicros, priceTimesCountMicros);
        volume = Math.addExact(volume, hundredths);
    }

    /** The bar as {@value #FIELDS} longs, for storage. */
    long[] toLongs() {
        return new long[] {endTs, hasQuote ? 1 : 0, bidOpen, bidLow, bidHigh, bidClose, askOpen, askLow, askHigh,
            askClose, openInterest, hasTrade ? 1 : 0, priceOpen, priceLow, priceHigh, priceClose};
    }

    /** The two sums that do not fit {@link #toLongs()}'s prices: weighted micros and volume. */
    long[] sums() {
        return new long[] {weightedMicros, volume};
    }

    static MinuteBar fromLongs(long[] v, long weightedMicros, long volume) {
        MinuteBar bar = new MinuteBar(v[0]);
        bar.hasQuote = v[1] == 1;
        bar.bidOpen = v[2];
        bar.bidLow = v[3];
        bar.bidHigh = v[4];
        bar.bidClose = v[5];
        bar.askOpen = v[6];
        bar.askLow = v[7];
        bar.askHigh = v[8];
        bar.askClose = v[9];
        bar.openInterest = v[10];
        bar.hasTrade = v[11] == 1;
        bar.priceOpen = v[12];
        bar.priceLow = v[13];
        bar.priceHigh = v[14];
        bar.priceClose = v[15];
        bar.weightedMicros = weightedMicros;
        bar.volume = volume;
        return bar;
    }

    /** A copy, so a reader never sees a bar still being written. */
    public MinuteBar copy() {
        return fromLongs(toLongs(), weightedMicros, volume);
    }
}
