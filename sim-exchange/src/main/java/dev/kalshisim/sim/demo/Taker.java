package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.result.EngineResult;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The background taker: immediate-or-cancel orders that cross the spread at the best price, and,
 * after an announcement, a sweep through every stale quote on the wrong side of the new fair value.
 * It never rests an order, so it can never meet one of its own. Not thread-safe: the flow calls it
 * under its lock.
 */
final class Taker {

    /** The largest sweep, in contracts: far below what the taker's balance covers. */
    private static final long MAX_SWEEP_CONTRACTS = 2_000;

    private final Exchange exchange;
    private final String memberId;
    private final long maxContracts;

    Taker(Exchange exchange, String memberId, Count maxSize) {
        this.exchange = exchange;
        this.memberId = memberId;
        this.maxContracts = maxSize.hundredths() / Count.SCALE;
    }

    /** Buys or sells 1..max contracts at the best opposite price, if that side has one. */
    void cross(String ticker, SplittableRandom random) {
        boolean buy = random.nextBoolean();
        long contracts = random.nextLong(1, maxContracts + 1);
        EngineResult<Orderbook> book = exchange.orderbook(ticker, 1);
        if (!book.isOk()) {
            return;
        }
        if (buy && !book.value().noDollars().isEmpty()) {
            // The best YES ask is $1 minus the best NO bid (kalshi-api.md section 11).
            Price ask = OutcomeSide.NO.toYesPrice(last(book.value().noDollars()).price());
            send(ticker, BookSide.BID, ask, contracts * Count.SCALE);
        } else if (!buy && !book.value().yesDollars().isEmpty()) {
            send(ticker, BookSide.ASK, last(book.value().yesDollars()).price(), contracts * Count.SCALE);
        }
    }

    /**
     * Takes every quote priced the wrong side of {@code fairUnits}: asks below it when the news was
     * good ({@code up}), bids above it when it was bad.
     */
    void sweep(String ticker, long fairUnits, boolean up) {
        EngineResult<Orderbook> book = exchange.orderbook(ticker, 0);
        if (!book.isOk()) {
            return;
        }
        long total = 0;
        Price limit = null;
        // Levels are ascending, so walk from the best (last) toward the worst.
        List<OrderbookLevel> levels = up ? book.value().noDollars() : book.value().yesDollars();
        for (int i = levels.size() - 1; i >= 0; i--) {
            OrderbookLevel level = levels.get(i);
            Price yes = (up ? OutcomeSide.NO : OutcomeSide.YES).toYesPrice(level.price());
            if (up ? yes.units() >= fairUnits : yes.units() <= fairUnits) {
                break;
            }
            total = Math.addExact(total, level.count().hundredths());
            limit = yes;
        }
        if (limit != null) {
            long count = Math.min(total, MAX_SWEEP_CONTRACTS * Count.SCALE);
            send(ticker, up ? BookSide.BID : BookSide.ASK, limit, count);
        }
    }

    private void send(String ticker, BookSide side, Price price, long countHundredths) {
        exchange.placeOrder(PlaceOrder.limit(memberId, ticker, side, price, Count.ofHundredths(countHundredths))
                .withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL));
    }

    private static OrderbookLevel last(List<OrderbookLevel> levels) {
        return levels.get(levels.size() - 1);
    }
}
