package dev.kalshisim.sim.feed;

import dev.kalshisim.sim.wire.MarketIds;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.wire.stream.StreamErrorCode;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.result.EngineResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What commands need to know about markets, asked before the feed's lock is taken (see
 * {@link FeedHub} for the lock order): which exist, which ticker a market id names, and book
 * snapshots to seed the mirror.
 */
final class EngineLookups {

    private final FeedHub hub;

    EngineLookups(FeedHub hub) {
        this.hub = hub;
    }

    /**
     * The rejection for the first of {@code tickers} that names no market, or {@code null} when all
     * exist. Asks for a one-level book: the engine's full market view costs time per recent trade.
     */
    Rejection missingMarket(Exchange exchange, Collection<String> tickers) {
        for (String ticker : tickers) {
            if (exchange.orderbook(ticker, 1).value() == null) {
                return Rejection.forTicker(StreamErrorCode.MARKET_NOT_FOUND, ticker);
            }
        }
        return null;
    }

    /**
     * The tickers of the markets with ids {@code marketIds}, in order, or the first id that names
     * none. Every market the engine has is in the feed's book mirror (created while listening, or
     * seeded when the feed attached), so the mirror's tickers are searched.
     */
    Lookup<List<String>> tickersOfIds(Collection<String> marketIds) {
        Map<String, String> byId = new HashMap<>();
        for (String ticker : hub.atomically(() -> hub.mirror().tickers())) {
            byId.put(MarketIds.of(ticker), ticker);
        }
        List<String> tickers = new ArrayList<>();
        for (String id : marketIds) {
            String ticker = byId.get(id);
            if (ticker == null) {
                return Lookup.missing(Rejection.forMarketId(StreamErrorCode.MARKET_NOT_FOUND, id));
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
            EngineResult<Orderbook> book = bound.exchange().orderbook(ticker, 0);
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
