package dev.kalshisim.core.runtime;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.OrderType;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.stream.FillUpdate;
import dev.kalshisim.core.wire.stream.MarketLifecycleUpdate;
import dev.kalshisim.core.wire.stream.TradeUpdate;
import dev.kalshisim.core.wire.stream.UserOrderUpdate;

/** Venue messages and REST records for the runner's tests, with only the fields that matter set. */
final class Messages {

    private Messages() {
    }

    /** A {@code user_order} message for a bid at {@code cents}. */
    static UserOrderUpdate userOrder(String orderId, String clientOrderId, String ticker, OrderStatus status,
            long cents, long filled, long remaining, long updatedMillis) {
        return new UserOrderUpdate(orderId, "member-1", ticker, status, null, null, OutcomeSide.YES, BookSide.BID,
                Price.ofCents(cents), Count.ofContracts(filled), Count.ofContracts(remaining),
                Count.ofContracts(filled + remaining), null, null, null, null, clientOrderId, null, null, null, null,
                null, updatedMillis == 0 ? null : updatedMillis, null, null, null);
    }

    /** A {@code fill} message of a bid at {@code cents}. */
    static FillUpdate fill(String tradeId, String orderId, String clientOrderId, String ticker, long cents, long count,
            long postPosition) {
        return new FillUpdate(tradeId, orderId, ticker, null, false, null, Price.ofCents(cents),
                Count.ofContracts(count), Money.ofCents(1), null, OutcomeSide.YES, BookSide.BID, null, null,
                clientOrderId, Count.ofContracts(postPosition), null, null);
    }

    static TradeUpdate trade(String tradeId, String ticker, long cents, long count) {
        return new TradeUpdate(tradeId, ticker, Price.ofCents(cents), Price.ofCents(100 - cents),
                Count.ofContracts(count), null, OutcomeSide.YES, BookSide.BID, false, null, null);
    }

    static MarketLifecycleUpdate determined(String ticker, MarketResult result) {
        return new MarketLifecycleUpdate(MarketLifecycleUpdate.DETERMINED, ticker, null, null, null, result, null,
                result == MarketResult.YES ? Price.ONE : Price.ZERO, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** A resting bid as {@code GET /portfolio/orders} lists it. */
    static Order restingBid(String orderId, String clientOrderId, String ticker, long cents, long remaining) {
        return order(orderId, clientOrderId, ticker, OrderStatus.RESTING, cents, 0, remaining);
    }

    static Order order(String orderId, String clientOrderId, String ticker, OrderStatus status, long cents,
            long filled, long remaining) {
        return new Order(orderId, "member-1", clientOrderId, ticker, null, null, OutcomeSide.YES, BookSide.BID,
                OrderType.LIMIT, status, Price.ofCents(cents), Price.ofCents(100 - cents), Count.ofContracts(filled),
                Count.ofContracts(remaining), Count.ofContracts(filled + remaining), null, null, null, null, null,
                null, null, null, null, null, 0, null);
    }

    static MarketPosition position(String ticker, long contracts) {
        return new MarketPosition(ticker, null, Money.ZERO, Count.ofContracts(contracts), Money.ZERO, Money.ZERO,
                Money.ZERO, null);
    }
}
