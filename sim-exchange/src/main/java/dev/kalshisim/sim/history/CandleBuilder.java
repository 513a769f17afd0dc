package dev.kalshisim.sim.history;

import dev.kalshisim.core.model.BidAskDistribution;
import dev.kalshisim.core.model.Candlestick;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.PriceDistribution;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds one market's {@link MinuteBar}s into candlesticks of 1, 60 or 1440 minutes.
 *
 * <p>A period of {@code p} seconds ending at {@code end} (a multiple of {@code p} since the epoch)
 * covers times in {@code (end - p, end]}. A candle is emitted for each period in
 * {@code [startTs, endTs]} in which the market traded or its best quotes changed (quiet periods
 * are left out rather than repeated). Within a candle: {@code price} comes from trades
 * (volume-weighted mean, rounded half up to the micro-dollar; {@code previous} is the last trade
 * before the period); {@code yes_bid}/{@code yes_ask} open at the quote in force when the period
 * began; a missing bid reads $0 and a missing ask $1, as market quotes do; open interest is the
 * value at the period's end. Minutes fold exactly: every figure is what the samples and trades
 * themselves would give.
 */
public final class CandleBuilder {

    private final List<MinuteBar> bars;
    private final MinuteBar floor;

    /**
     * @param barsAscending the market's minute bars, oldest first
     * @param floor the newest bar dropped before them (its closing values are still in force), or null
     */
    public CandleBuilder(List<MinuteBar> barsAscending, MinuteBar floor) {
        this.bars = barsAscending;
        this.floor = floor;
    }

    /** The candles of periods ending in {@code [startTs, endTs]}, oldest first. */
    public List<Candlestick> build(long startTs, long endTs, long periodSeconds, boolean includeLatestBeforeStart) {
        long latestBefore = Long.MIN_VALUE;
        for (MinuteBar bar : bars) {
            long end = periodEnd(bar.endTs, periodSeconds);
            if (end < startTs) {
                latestBefore = end;
            }
        }
        List<Candlestick> candles = new ArrayList<>();
        InForce held = new InForce();
        held.absorb(floor);
        int i = 0;
        while (i < bars.size()) {
            long end = periodEnd(bars.get(i).endTs, periodSeconds);
            int j = i;
            while (j < bars.size() && periodEnd(bars.get(j).endTs, periodSeconds) == end) {
                j++;
            }
            List<MinuteBar> group = bars.subList(i, j);
            if ((end >= startTs && end <= endTs) || (includeLatestBeforeStart && end == latestBefore)) {
                candles.add(candle(end, group, held));
            }
            group.forEach(held::absorb);
            i = j;
        }
        return candles;
    }

    static long periodEnd(long epochSeconds, long periodSeconds) {
        return Math.floorDiv(epochSeconds + periodSeconds - 1, periodSeconds) * periodSeconds;
    }

    private static Candlestick candle(long end, List<MinuteBar> group, InForce held) {
        long openInterest = held.openInterest;
        for (MinuteBar bar : group) {
            if (bar.hasQuote) {
                openInterest = bar.openInterest;
            }
        }
        return new Candlestick(end, quotes(group, held, true), quotes(group, held, false), prices(group, held),
                Count.ofHundredths(group.stream().mapToLong(bar -> bar.volume).reduce(0, Math::addExact)),
                Count.ofHundredths(openInterest));
    }

    private static BidAskDistribution quotes(List<MinuteBar> group, InForce held, boolean bid) {
        Long open = bid ? held.bid : held.ask;
        Long low = open;
        Long high = open;
        Long close = open;
        for (MinuteBar bar : group) {
            if (!bar.hasQuote) {
                continue;
            }
            open = open == null ? (bid ? bar.bidOpen : bar.askOpen) : open;
            long barLow = bid ? bar.bidLow : bar.askLow;
            long barHigh = bid ? bar.bidHigh : bar.askHigh;
            low = low == null ? barLow : Math.min(low, barLow);
            high = high == null ? barHigh : Math.max(high, barHigh);
            close = bid ? bar.bidClose : bar.askClose;
        }
        if (open == null) {
            Price none = bid ? Price.ZERO : Price.ONE;
            return new BidAskDistribution(none, none, none, none);
        }
        return new BidAskDistribution(Price.ofUnits(open), Price.ofUnits(low), Price.ofUnits(high),
                Price.ofUnits(close));
    }

    private static PriceDistribution prices(List<MinuteBar> group, InForce held) {
        Long open = null;
        long low = 0;
        long high = 0;
        long close = 0;
        long weighted = 0;
        long count = 0;
        for (MinuteBar bar : group) {
            if (!bar.hasTrade) {
                continue;
            }
            low = open == null ? bar.priceLow : Math.min(low, bar.priceLow);
            high = open == null ? bar.priceHigh : Math.max(high, bar.priceHigh);
            open = open == null ? bar.priceOpen : open;
            close = bar.priceClose;
            weighted = Math.addExact(weighted, bar.weightedMicros);
            count = Math.addExact(count, bar.volume);
        }
        Price previous = held.price == null ? null : Price.ofUnits(held.price);
        if (open == null) {
            return new PriceDistribution(null, null, null, null, null, previous, null, null);
        }
        Money mean = count == 0 ? null : Money.ofMicros(Math.floorDiv(
                Math.addExact(Math.multiplyExact(weighted, Count.SCALE), count / 2), count));
        Price lowPrice = Price.ofUnits(low);
        Price highPrice = Price.ofUnits(high);
        return new PriceDistribution(Price.ofUnits(open), lowPrice, highPrice, Price.ofUnits(close), mean, previous,
                lowPrice, highPrice);
    }

    /** The values in force at a period's start: the closing quote, trade price and open interest before it. */
    private static final class InForce {
        Long bid;
        Long ask;
        Long price;
        long openInterest;

        void absorb(MinuteBar bar) {
            if (bar == null) {
                return;
            }
            if (bar.hasQuote) {
                bid = bar.bidClose;
                ask = bar.askClose;
                openInterest = bar.openInterest;
            }
            if (bar.hasTrade) {
                price = bar.priceClose;
            }
        }
    }
}
