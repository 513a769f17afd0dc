package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Settlement;
import dev.kalshisim.core.model.Trade;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** Read-only views of books, trades and members' orders, fills, positions and settlements. */
final class QueryService {

    private final EngineState state;

    QueryService(EngineState state) {
        this.state = state;
    }

    Outcome<Orderbook> orderbook(String ticker, int depth) {
        MarketState market = state.catalog.market(ticker);
        if (market == null) {
            return Outcome.rejected(RejectReason.MARKET_NOT_FOUND, "market " + ticker + " not found");
        }
        if (depth < 0) {
            return Outcome.rejected(RejectReason.INVALID_PARAMETERS, "depth must not be negative: " + depth);
        }
        return Outcome.ok(new Orderbook(levels(market, OutcomeSide.YES, depth), levels(market, OutcomeSide.NO, depth)));
    }

    /** The best {@code depth} levels (0 = all), ascending so the best bid is last. */
    private static List<OrderbookLevel> levels(MarketState market, OutcomeSide side, int depth) {
        List<OrderbookLevel> best = new ArrayList<>();
        for (PriceLevel level : market.book.ladder(side).bestFirst()) {
            if (depth > 0 && best.size() == depth) {
                break;
            }
            best.add(OrderbookLevel.of(Price.ofUnits(level.priceUnits), Count.ofHundredths(level.totalCount())));
        }
        Collections.reverse(best);
        return best;
    }

    List<Trade> trades(TradeQuery query) {
        List<Trade> out = new ArrayList<>();
        if (query.ticker() == null) {
            for (Iterator<LiveTrade> it = state.trades.descendingIterator(); it.hasNext(); ) {
                addIfWithin(out, it.next().trade(), query);
            }
            return out;
        }
        MarketState market = state.catalog.market(query.ticker());
        if (market != null) {
            for (Iterator<Trade> it = market.trades.descendingIterator(); it.hasNext(); ) {
                addIfWithin(out, it.next(), query);
            }
        }
        return out;
    }

    private static void addIfWithin(List<Trade> out, Trade trade, TradeQuery query) {
        if (Times.within(trade.createdTime(), query.minTime(), query.maxTime())) {
            out.add(trade);
        }
    }

    Outcome<Order> order(String memberId, String orderId) {
        OrderState order = state.orders.get(orderId);
        if (order == null || !order.memberId.equals(memberId)) {
            return Outcome.rejected(RejectReason.ORDER_NOT_FOUND, "order " + orderId + " not found");
        }
        return Outcome.ok(Views.order(order));
    }

    List<Order> orders(String memberId, OrderQuery query) {
        List<Order> out = new ArrayList<>();
        Account account = state.accounts.get(memberId);
        if (account == null) {
            return out;
        }
        for (OrderState order : account.orders.descendingMap().values()) {
            if ((query.ticker() == null || query.ticker().equals(order.market.ticker))
                    && (query.eventTickers().isEmpty() || query.eventTickers().contains(order.market.event.ticker()))
                    && (query.status() == null || query.status() == order.status)
                    && (query.subaccount() == null || query.subaccount() == order.subaccount)
                    && Times.within(Times.instant(order.createdNanos), query.minTime(), query.maxTime())) {
                out.add(Views.order(order));
            }
        }
        return out;
    }

    List<Fill> fills(String memberId, FillQuery query) {
        List<Fill> out = new ArrayList<>();
        Account account = state.accounts.get(memberId);
        if (account == null) {
            return out;
        }
        for (Iterator<Fill> it = account.fills.descendingIterator(); it.hasNext(); ) {
            Fill fill = it.next();
            if ((query.ticker() == null || query.ticker().equals(fill.ticker()))
                    && (query.orderId() == null || query.orderId().equals(fill.orderId()))
                    && (query.subaccount() == null || query.subaccount().equals(fill.subaccountNumber()))
                    && Times.within(fill.createdTime(), query.minTime(), query.maxTime())) {
                out.add(fill);
            }
        }
        return out;
    }

    List<MarketPosition> positions(String memberId, PositionQuery query) {
        List<MarketPosition> out = new ArrayList<>();
        Account account = state.accounts.get(memberId);
        if (account == null) {
            return out;
        }
        for (PositionState position : account.positions.values()) {
            if (position.isReportable()
                    && (query.ticker() == null || query.ticker().equals(position.market.ticker))
                    && (query.eventTicker() == null || query.eventTicker().equals(position.market.event.ticker()))
                    && (!query.nonZeroPosition() || position.count != 0)
                    && (!query.nonZeroTotalTraded() || position.totalTraded != 0)) {
                out.add(Views.position(position));
            }
        }
        return out;
    }

    List<Settlement> settlements(String memberId, SettlementQuery query) {
        List<Settlement> out = new ArrayList<>();
        Account account = state.accounts.get(memberId);
        if (account == null) {
            return out;
        }
        for (int i = account.settlements.size() - 1; i >= 0; i--) {
            Settlement settlement = account.settlements.get(i);
            if ((query.ticker() == null || query.ticker().equals(settlement.ticker()))
                    && (query.eventTicker() == null || query.eventTicker().equals(settlement.eventTicker()))
                    && Times.within(settlement.settledTime(), query.minTime(), query.maxTime())) {
                out.add(settlement);
            }
        }
        return out;
    }

    Money restingOrderValue(String memberId) {
        Account account = state.accounts.get(memberId);
        long total = 0;
        if (account != null) {
            for (CollateralBook book : account.collateralBooks.values()) {
                for (OrderState order : book.orders()) {
                    total = Math.addExact(total, Math.multiplyExact(order.priceUnits, order.remainingCount));
                }
            }
        }
        return Money.ofMicros(total);
    }
}
