package dev.kalshisim.sim.history;

import static dev.kalshisim.sim.engine.time.Times.epochSeconds;

import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.sim.engine.ExchangeQueries;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.event.ExchangeListener;
import dev.kalshisim.sim.history.MinuteBar;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each live market's candlestick history at one-minute resolution: its best YES bid and ask and
 * open interest after every book change or trade, and its trades, folded into {@link MinuteBar}s,
 * so candlesticks can report {@code yes_bid}/{@code yes_ask} distributions (which Kalshi requires
 * but trades alone cannot give) without keeping every sample or every trade.
 *
 * <p>Runs as an engine listener (under the engine's lock, so bars are in engine order) and keeps at
 * most {@code maxBarsPerMarket} minutes per market: the oldest are dropped, their closing values
 * kept as the market's floor so later candles still open at the right quote. When a settled
 * market leaves the live window its bars move to the historical store ({@link #take}). Reads are
 * thread-safe.
 */
public final class QuoteHistory implements ExchangeListener {

    /** The default cap: two weeks of active minutes per market. */
    public static final int DEFAULT_MAX_BARS_PER_MARKET = 20_160;

    /** One market's bars and what the dropped ones left in force. */
    public record Bars(List<MinuteBar> ascending, MinuteBar floor) {
    }

    private static final class Series {
        final ArrayDeque<MinuteBar> bars = new ArrayDeque<>();
        MinuteBar floor;
    }

    private final ExchangeQueries exchange;
    private final int maxBarsPerMarket;
    private final Map<String, Series> markets = new ConcurrentHashMap<>();

    public QuoteHistory(ExchangeQueries exchange) {
        this(exchange, DEFAULT_MAX_BARS_PER_MARKET);
    }

    public QuoteHistory(ExchangeQueries exchange, int maxBarsPerMarket) {
        if (maxBarsPerMarket < 1) {
            throw new IllegalArgumentException("maxBarsPerMarket must be positive: " + maxBarsPerMarket);
        }
        this.exchange = exchange;
        this.maxBarsPerMarket = maxBarsPerMarket;
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        if (event instanceof ExchangeEvent.BookChanged changed) {
            sample(changed.ticker(), epochSeconds(changed.tsNanos()), null);
        } else if (event instanceof ExchangeEvent.TradeExecuted traded) {
            sample(traded.trade().ticker(), epochSeconds(traded.tsNanos()), traded.trade());
        }
    }

    /** A copy of {@code ticker}'s bars, oldest first, and its floor. */
    public Bars bars(String ticker) {
        Series series = markets.get(ticker);
        if (series == null) {
            return new Bars(List.of(), null);
        }
        synchronized (series) {
            List<MinuteBar> copy = new ArrayList<>(series.bars.size());
            series.bars.forEach(bar -> copy.add(bar.copy()));
            return new Bars(copy, series.floor);
        }
    }

    /** Removes and returns {@code ticker}'s bars: the market has left the live window. */
    public Bars take(String ticker) {
        Series series = markets.remove(ticker);
        if (series == null) {
            return new Bars(List.of(), null);
        }
        synchronized (series) {
            return new Bars(new ArrayList<>(series.bars), series.floor);
        }
    }

    /** Bars kept over all markets, for tests and the soak. */
    public int size() {
        int total = 0;
        for (Series series : markets.values()) {
            synchronized (series) {
                total += series.bars.size();
            }
        }
        return total;
    }

    private void sample(String ticker, long epochSeconds, Trade trade) {
        Market market = exchange.market(ticker).orElse(null);
        if (market == null) {
            return;
        }
        Series series = markets.computeIfAbsent(ticker, key -> new Series());
        synchronized (series) {
            long end = MinuteBar.minuteEnd(epochSeconds);
            MinuteBar bar = series.bars.peekLast();
            if (bar == null || bar.endTs() < end) {
                bar = new MinuteBar(end);
                series.bars.addLast(bar);
                if (series.bars.size() > maxBarsPerMarket) {
                    series.floor = series.bars.pollFirst();
                }
            }
            if (trade != null) {
                bar.trade(trade.yesPriceDollars(), trade.countFp().hundredths(),
                        trade.yesPriceDollars().times(trade.countFp()).micros());
            }
            bar.quote(units(market.yesBidDollars(), 0), units(market.yesAskDollars(), Price.SCALE),
                    market.openInterestFp() == null ? 0 : market.openInterestFp().hundredths());
        }
    }

    private static long units(Price price, long none) {
        return price == null ? none : price.units();
    }
}
