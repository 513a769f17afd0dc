package dev.kalshisim.sim.server.rest;

import dev.kalshisim.core.model.BidAskDistribution;
import dev.kalshisim.core.model.Candlestick;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.PriceDistribution;
import dev.kalshisim.core.model.Trade;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Builds one market's candlesticks from its trades and its {@link QuoteHistory} samples.
 *
 * <p>A period of {@code p} seconds ending at {@code end} (a multiple of {@code p} since the epoch)
 * covers times in {@code (end - p, end]}. A candle is emitted for each period in
 * {@code [startTs, endTs]} in which the market traded or its best quotes changed (quiet periods
 * are left out rather than repeated). Within a candle: {@code price} comes from trades
 * (volume-weighted mean, rounded half up to the micro-dollar; {@code previous} is the last trade
 * before the period); {@code yes_bid}/{@code yes_ask} open at the quote in force when the period
 * began; a missing bid reads $0 and a missing ask $1, as market quotes do; open interest is the
 * value at the period's end.
 */
final class CandlestickBuilder {

    private final List<Trade> trades;
    private final List<QuoteHistory.Sample> quotes;

    /**
     * @param tradesAscending the market's trades, oldest first
     * @param quotesAscending its quote samples, oldest first
     */
    CandlestickBuilder(List<Trade> tradesAscending, List<QuoteHistory.Sample> quotesAscending) {
        this.trades = tradesAscending;
        this.quotes = quotesAscending;
    }

    /** The candles of periods ending in {@code [startTs, endTs]}, oldest first. */
    List<Candlestick> build(long startTs, long endTs, long periodSeconds, boolean includeLatestBeforeStart) {
        TreeSet<Long> ends = new TreeSet<>();
        for (Trade trade : trades) {
            ends.add(periodEnd(trade.createdTime().getEpochSecond(), periodSeconds));
        }
        for (QuoteHistory.Sample sample : quotes) {
            ends.add(periodEnd(sample.time().getEpochSecond(), periodSeconds));
        }
        List<Candlestick> candles = new ArrayList<>();
        Long before = ends.lower(startTs);
        if (includeLatestBeforeStart && before != null) {
            candles.add(candle(before, periodSeconds));
        }
        for (long end : ends.subSet(startTs, true, endTs, true)) {
            candles.add(candle(end, periodSeconds));
        }
        return candles;
    }

    static long periodEnd(long epochSeconds, long periodSeconds) {
        return Math.floorDiv(epochSeconds + periodSeconds - 1, periodSeconds) * periodSeconds;
    }

    private Candlestick candle(long end, long periodSeconds) {
        long start = end - periodSeconds;
        return new Candlestick(end, quoteDistribution(start, end, true), quoteDistribution(start, end, false),
                priceDistribution(start, end), volume(start, end), openInterestAt(end));
    }

    private PriceDistribution priceDistribution(long start, long end) {
        Price previous = null;
        Price open = null;
        Price low = null;
        Price high = null;
        Price close = null;
        long weightedMicros = 0;
        long countHundredths = 0;
        for (Trade trade : trades) {
            long ts = trade.createdTime().getEpochSecond();
            Price price = trade.yesPriceDollars();
            if (ts <= start) {
                previous = price;
            } else if (ts <= end) {
                open = open == null ? price : open;
                low = low == null || price.isBelow(low) ? price : low;
                high = high == null || price.isAbove(high) ? price : high;
                close = price;
                weightedMicros = Math.addExact(weightedMicros, price.times(trade.countFp()).micros());
                countHundredths = Math.addExact(countHundredths, trade.countFp().hundredths());
            }
        }
        Money mean = countHundredths == 0 ? null
                : Money.ofMicros(Math.floorDiv(Math.addExact(Math.multiplyExact(weightedMicros, Count.SCALE),
                        countHundredths / 2), countHundredths));
        return new PriceDistribution(open, low, high, close, mean, previous, low, high);
    }

    private BidAskDistribution quoteDistribution(long start, long end, boolean bid) {
        Price open = null;
        Price low = null;
        Price high = null;
        Price close = null;
        for (QuoteHistory.Sample sample : quotes) {
            long ts = sample.time().getEpochSecond();
            if (ts > end) {
                break;
            }
            Price quote = bid ? orElse(sample.yesBid(), Price.ZERO) : orElse(sample.yesAsk(), Price.ONE);
            if (ts <= start) {
                open = quote;
                low = quote;
                high = quote;
                close = quote;
            } else {
                open = open == null ? quote : open;
                low = low == null || quote.isBelow(low) ? quote : low;
                high = high == null || quote.isAbove(high) ? quote : high;
                close = quote;
            }
        }
        Price none = bid ? Price.ZERO : Price.ONE;
        return open == null ? new BidAskDistribution(none, none, none, none)
                : new BidAskDistribution(open, low, high, close);
    }

    private Count volume(long start, long end) {
        long total = 0;
        for (Trade trade : trades) {
            long ts = trade.createdTime().getEpochSecond();
            if (ts > start && ts <= end) {
                total = Math.addExact(total, trade.countFp().hundredths());
            }
        }
        return Count.ofHundredths(total);
    }

    private Count openInterestAt(long end) {
        Count interest = Count.ZERO;
        for (QuoteHistory.Sample sample : quotes) {
            if (sample.time().getEpochSecond() > end) {
                break;
            }
            interest = sample.openInterest();
        }
        return interest;
    }

    private static Price orElse(Price price, Price fallback) {
        return price == null ? fallback : price;
    }
}
