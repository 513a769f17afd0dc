package dev.kalshisim.sim.engine.query;

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
import dev.kalshisim.sim.engine.book.BookOrder;
import dev.kalshisim.sim.engine.book.Books;
import dev.kalshisim.sim.engine.book.LiveTrade;
import dev.kalshisim.sim.engine.book.MemberOrders;
import dev.kalshisim.sim.engine.book.OrderBook;
import dev.kalshisim.sim.engine.book.OrderRegistry;
import dev.kalshisim.sim.engine.book.PriceLevel;
import dev.kalshisim.sim.engine.book.TradeTape;
import dev.kalshisim.sim.engine.book.WireRecords;
import dev.kalshisim.sim.engine.catalog.Catalog;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.ledger.CollateralBook;
import dev.kalshisim.sim.engine.ledger.HeldOrder;
import dev.kalshisim.sim.engine.ledger.PositionState;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.Times;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** Read-only views of books, trades and members' orders, fills, positions and settlements. */
public final class QueryService {

    private final Catalog catalog;
    private final AccountService accounts;
    private final Books books;
    private final OrderRegistry registry;
    private final TradeTape tape;

    public QueryService(Catalog catalog, AccountService accounts, Books books, OrderRegistry registry, TradeTape tape) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.books = books;
        this.registry = registry;
        this.tape = tape;
    }

    public EngineResult<Orderbook> orderbook(String ticker, int depth) {
        MarketState market = catalog.market(ticker);
        if (market == null) {
            return EngineResult.rejected(RejectReason.MARKET_NOT_FOUND, "market " + ticker + " not found");
        }
        if (depth < 0) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "depth must not be negative: " + depth);
        }
        OrderBook book = books.of(market);
        return EngineResult.ok(new Orderbook(levels(book, OutcomeSide.YES, depth), levels(book, OutcomeSide.NO, depth)));
    }

    /** The best {@code depth} levels (0 = all), ascending so the best bid is last. */
    private static List<OrderbookLevel> levels(OrderBook book, OutcomeSide side, int depth) {
        List<OrderbookLevel> best = new ArrayList<>();
        for (PriceLevel level : book.ladder(side).bestFirst()) {
            if (depth > 0 && best.size() == depth) {
                break;
            }
            best.add(OrderbookLevel.of(Price.ofUnits(level.priceUnits()), Count.ofHundredths(level.totalCount())));
        }
        Collections.reverse(best);
        return best;
    }

    public List<Trade> trades(TradeQuery query) {
        List<Trade> out = new ArrayList<>();
        if (query.ticker() == null) {
            for (Iterator<LiveTrade> it = tape.newestFirst(); it.hasNext(); ) {
                addIfWithin(out, it.next().trade(), query);
            }
            return out;
        }
        if (catalog.market(query.ticker()) != null) {
            for (Iterator<Trade> it = tape.newestFirst(query.ticker()); it.hasNext(); ) {
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

    public EngineResult<Order> order(String memberId, String orderId) {
        BookOrder order = registry.order(orderId);
        if (order == null || !order.memberId().equals(memberId)) {
            return EngineResult.rejected(RejectReason.ORDER_NOT_FOUND, "order " + orderId + " not found");
        }
        return EngineResult.ok(WireRecords.order(order));
    }

    public List<Order> orders(String memberId, OrderQuery query) {
        List<Order> out = new ArrayList<>();
        MemberOrders orders = accounts.account(memberId) == null ? null : registry.member(memberId);
        if (orders == null) {
            return out;
        }
        for (BookOrder order : orders.newestFirst()) {
            MarketState market = order.market();
            if ((query.ticker() == null || query.ticker().equals(market.ticker()))
                    && (query.eventTickers().isEmpty() || query.eventTickers().contains(market.event().ticker()))
                    && (query.status() == null || query.status() == order.status())
                    && (query.subaccount() == null || query.subaccount() == order.subaccount())
                    && Times.within(Times.instant(order.createdNanos()), query.minTime(), query.maxTime())) {
                out.add(WireRecords.order(order));
            }
        }
        return out;
    }

    public List<Fill> fills(String memberId, FillQuery query) {
        List<Fill> out = new ArrayList<>();
        if (accounts.account(memberId) == null) {
            return out;
        }
        for (Iterator<Fill> it = tape.fillsNewestFirst(memberId); it.hasNext(); ) {
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

    public List<MarketPosition> positions(String memberId, PositionQuery query) {
        List<MarketPosition> out = new ArrayList<>();
        Account account = accounts.account(memberId, query.subaccount());
        if (account == null) {
            return out;
        }
        for (PositionState position : account.positions()) {
            MarketState market = position.market();
            if (position.isReportable()
                    && (query.ticker() == null || query.ticker().equals(market.ticker()))
                    && (query.eventTicker() == null || query.eventTicker().equals(market.event().ticker()))
                    && (!query.nonZeroPosition() || position.count() != 0)
                    && (!query.nonZeroTotalTraded() || position.totalTraded() != 0)) {
                out.add(WireRecords.position(position));
            }
        }
        return out;
    }

    public List<Settlement> settlements(String memberId, SettlementQuery query) {
        List<Settlement> out = new ArrayList<>();
        for (Account account : accounts.ledgers(memberId)) {
            if (query.subaccount() != null && query.subaccount() != account.subaccount()) {
                continue;
            }
            List<Settlement> all = account.settlements();
            for (int i = all.size() - 1; i >= 0; i--) {
                Settlement settlement = all.get(i);
                if ((query.ticker() == null || query.ticker().equals(settlement.ticker()))
                        && (query.eventTicker() == null || query.eventTicker().equals(settlement.eventTicker()))
                        && Times.within(settlement.settledTime(), query.minTime(), query.maxTime())) {
                    out.add(settlement);
                }
            }
        }
        // Newest first across ledgers; the sort is stable, so one ledger's order is kept on ties.
        out.sort(Comparator.comparing(Settlement::settledTime).reversed());
        return out;
    }

    /** What the member's resting orders cost, over all its subaccounts. */
    public Money restingOrderValue(String memberId) {
        long total = 0;
        for (Account account : accounts.ledgers(memberId)) {
            for (CollateralBook book : account.collateralBooks()) {
                for (HeldOrder order : book.orders()) {
                    total = Math.addExact(total, Math.multiplyExact(order.priceUnits(), order.remainingCount()));
                }
            }
        }
        return Money.ofMicros(total);
    }
}
