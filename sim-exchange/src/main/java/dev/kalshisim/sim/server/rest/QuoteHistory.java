package dev.kalshisim.sim.server.rest;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.ExchangeEvent;
import dev.kalshisim.sim.engine.ExchangeListener;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each market's best YES bid, best YES ask and open interest after every book change or trade,
 * so candlesticks can report {@code yes_bid}/{@code yes_ask} distributions, which Kalshi requires
 * but trades alone cannot give.
 *
 * <p>Runs as an engine listener (under the engine's lock, so samples are in engine order) and
 * keeps at most {@value #MAX_SAMPLES_PER_MARKET} samples per market, dropping the oldest half when
 * full. Reads are thread-safe.
 */
public final class QuoteHistory implements ExchangeListener {

    static final int MAX_SAMPLES_PER_MARKET = 200_000;

    /**
     * The state of one market's top of book at one moment.
     *
     * @param yesBid best YES bid, or {@code null} when there is none
     * @param yesAsk best YES ask, or {@code null} when there is none
     */
    public record Sample(Instant time, Price yesBid, Price yesAsk, Count openInterest) {
    }

    private final Exchange exchange;
    private final Map<String, List<Sample>> samples = new ConcurrentHashMap<>();

    public QuoteHistory(Exchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        if (event instanceof ExchangeEvent.BookChanged changed) {
            sample(changed.ticker(), changed.time());
        } else if (event instanceof ExchangeEvent.TradeExecuted traded) {
            sample(traded.trade().ticker(), traded.time());
        }
    }

    /** The samples of {@code ticker} in time order; a copy. */
    public List<Sample> samples(String ticker) {
        List<Sample> list = samples.get(ticker);
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return new ArrayList<>(list);
        }
    }

    private void sample(String ticker, Instant time) {
        Market market = exchange.market(ticker).orElse(null);
        if (market == null) {
            return;
        }
        List<Sample> list = samples.computeIfAbsent(ticker, key -> new ArrayList<>());
        synchronized (list) {
            if (list.size() >= MAX_SAMPLES_PER_MARKET) {
                list.subList(0, list.size() / 2).clear();
            }
            list.add(new Sample(time, positive(market.yesBidDollars()), belowOne(market.yesAskDollars()),
                    market.openInterestFp() == null ? Count.ZERO : market.openInterestFp()));
        }
    }

    /** Kalshi reports a missing bid as $0; a sample keeps it as absent. */
    private static Price positive(Price price) {
        return price == null || price.units() == 0 ? null : price;
    }

    /** Kalshi reports a missing ask as $1; a sample keeps it as absent. */
    private static Price belowOne(Price price) {
        return price == null || price.equals(Price.ONE) ? null : price;
    }
}
