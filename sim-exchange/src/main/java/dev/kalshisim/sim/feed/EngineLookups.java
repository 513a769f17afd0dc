package dev.kalshisim.sim.feed;

import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.stream.message.ErrorCode;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.MarketQuery;
import dev.kalshisim.sim.engine.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What commands need from the engine, asked before the feed's lock is taken (see {@link FeedHub}
 * for the lock order): which markets exist, market ids, and book snapshots to seed the mirror.
 */
final class EngineLookups {

    private final FeedHub hub;

    EngineLookups(FeedHub hub) {
        this.hub = hub;
    }

    /** The markets named by {@code tickers}, in order, or the first ticker that names none. */
    Lookup<List<Market>> markets(Exchange exchange, Collection<String> tickers) {
        List<Market> markets = new ArrayList<>();
        for (String ticker : tickers) {
            Optional<Market> market = exchange.market(ticker);
            if (market.isEmpty()) {
                return Lookup.missing(Rejection.forTicker(ErrorCode.MARKET_NOT_FOUND,
                        ticker));
            }
            markets.add(market.get());
        }
        return Lookup.found(markets);
    }

    /** The tickers of the markets with ids {@code marketIds}, in order, or the first id that names none. */
    Lookup<List<String>> tickersOfIds(Exchange exchange, Collection<String> marketIds) {
        Map<String, String> byId = new HashMap<>();
        for (Market market : exchange.markets(MarketQuery.all())) {
            byId.put(MarketIds.of(market.ticker()), market.ticker());
        }
        List<String> tickers = new ArrayList<>();
        for (String id : marketIds) {
            String ticker = byId.get(id);
            if (ticker == null) {
                return Lookup.missing(Rejection.forMarketId(ErrorCode.MARKET_NOT_FOUND,
                        id));
            }
            tickers.add(ticker);
        }
        return Lookup.found(tickers);
    }

    /** Makes sure the mirror holds the books of {@code tickers}, taking an engine snapshot of those it lacks. */
    void seedBooks(EngineBinding.Bound bound, Collection<String> tickers) {
        for (String ticker : tickers) {
            boolean seeded = hub.atomically(() -> hub.generation() != bound.generation()
                    || hub.mirror().isSeeded(ticker));
            if (seeded) {
                continue;
            }
            Outcome<Orderbook> book = bound.exchange().orderbook(ticker, 0);
            if (book.value() == null) {
                continue;
            }
            hub.atomically(() -> {
                if (hub.generation() == bound.generation()) {
                    hub.mirror().seed(ticker, book.value());
                }
            });
        }
    }

    /** A value found in the engine, or the rejection to answer with. */
    record Lookup<T>(T value, Rejection rejection) {

        static <T> Lookup<T> found(T value) {
            return new Lookup<>(value, null);
        }

        static <T> Lookup<T> missing(Rejection rejection) {
            return new Lookup<>(null, rejection);
        }

        boolean isMissing() {
            return rejection != null;
        }
    }
}
