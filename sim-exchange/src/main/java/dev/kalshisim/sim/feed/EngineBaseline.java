package dev.kalshisim.sim.feed;

import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.query.MarketQuery;
import dev.kalshisim.sim.engine.query.PositionQuery;
import dev.kalshisim.sim.engine.subaccount.SubaccountView;
import dev.kalshisim.sim.engine.query.TradeQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the feed up to an engine that already has markets when the feed starts listening to it
 * (the control plane's reset is noticed a moment late; a feed may be started on a running engine).
 * Markets created while the feed listens need none of this: their book starts empty and every
 * change is seen.
 *
 * <p>Books are seeded from engine snapshots, which is exact at any moment (see {@link BookMirror}).
 * Ticker totals (volume, positions) are sums, so they need a moment between two engine events:
 * the engine is read between two looks at the last event the feed applied, and the result is used
 * only if no event came in between. Runs on the thread attaching the feed, never under the feed's lock.
 */
final class EngineBaseline {

    private static final Logger LOG = LoggerFactory.getLogger(EngineBaseline.class);
    private static final int ATTEMPTS = 50;

    private EngineBaseline() {
    }

    /** Seeds the books and ticker totals of the markets {@code exchange} already has. */
    static void capture(FeedHub hub, Exchange exchange, long generation) {
        List<Market> markets = exchange.markets(MarketQuery.all());
        if (markets.isEmpty()) {
            return;
        }
        for (Market market : markets) {
            Orderbook book = exchange.orderbook(market.ticker(), 0).value();
            hub.atomically(() -> {
                if (hub.generation() == generation && book != null) {
                    hub.mirror().seed(market.ticker(), book);
                }
            });
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long before = hub.atomically(hub::lastEventSequence);
            List<Market> now = exchange.markets(MarketQuery.all());
            Map<String, Map<String, Long>> positions = positions(exchange);
            Map<String, Long> traded = tradedMicros(exchange);
            boolean quiet = hub.atomically(() -> {
                if (hub.generation() != generation) {
                    return true;
                }
                if (hub.lastEventSequence() != before) {
                    return false;
                }
                for (Market market : now) {
                    hub.tickers().baseline(market, positions.getOrDefault(market.ticker(), Map.of()),
                            traded.getOrDefault(market.ticker(), 0L));
                }
                return true;
            });
            if (quiet) {
                return;
            }
        }
        LOG.warn("the engine never paused while the feed attached; tickers of {} existing markets count from now",
                markets.size());
    }

    /** Every ledger's position per market: ticker to {@link TickerBoard#holder} to signed hundredths. */
    private static Map<String, Map<String, Long>> positions(Exchange exchange) {
        Map<String, Map<String, Long>> byMarket = new HashMap<>();
        for (String member : exchange.members()) {
            for (SubaccountView ledger : exchange.subaccounts(member).orElseThrow()) {
                PositionQuery query = PositionQuery.all().withSubaccount(ledger.number());
                for (MarketPosition position : exchange.positions(member, query)) {
                    byMarket.computeIfAbsent(position.ticker(), t -> new HashMap<>())
                            .put(TickerBoard.holder(member, ledger.number()), position.positionFp().hundredths());
                }
            }
        }
        return byMarket;
    }

    /** Dollars traded per market (YES price times count), in micro-dollars. */
    private static Map<String, Long> tradedMicros(Exchange exchange) {
        Map<String, Long> byMarket = new HashMap<>();
        for (Trade trade : exchange.trades(TradeQuery.all())) {
            byMarket.merge(trade.ticker(), trade.yesPriceDollars().times(trade.countFp()).micros(), Math::addExact);
        }
        return byMarket;
    }
}
