package dev.kalshisim.sim.engine.book;

import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.sim.engine.catalog.MarketState;
import java.util.HashMap;
import java.util.Map;

/** Every live market's order book, by ticker: the only owner of the books. */
public final class Books {

    private final Map<String, OrderBook> books = new HashMap<>();
    /** The last market asked for and its book: a command asks for the same one many times. */
    private MarketState lastMarket;
    private OrderBook lastBook;

    /** The book of {@code market}, empty until its first order rests. */
    public OrderBook of(MarketState market) {
        if (market == lastMarket) {
            return lastBook;
        }
        OrderBook book = books.computeIfAbsent(market.ticker(), ticker -> new OrderBook());
        lastMarket = market;
        lastBook = book;
        return book;
    }

    /** Drops the book of a market that left for the historical store (it holds no orders by then). */
    public void forget(String ticker) {
        books.remove(ticker);
        if (lastMarket != null && lastMarket.ticker().equals(ticker)) {
            lastMarket = null;
            lastBook = null;
        }
    }

    /** The size resting at {@code priceUnits} on {@code side} of {@code market}, 0 when none. */
    long levelSize(MarketState market, OutcomeSide side, long priceUnits) {
        return of(market).ladder(side).sizeAt(priceUnits);
    }
}
