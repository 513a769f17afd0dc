package dev.kalshisim.sim.engine.book;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.config.SelfTradeScope;
import dev.kalshisim.sim.engine.event.EventSink;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.fee.FeeRounding;
import dev.kalshisim.sim.engine.fee.FeeSchedule;
import dev.kalshisim.sim.engine.fee.Liquidity;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.ledger.Ledger;
import dev.kalshisim.sim.engine.ledger.PositionState;
import dev.kalshisim.sim.engine.result.CancelReason;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Matches an incoming order against the opposite ladder in price-time priority. Every fill is at
 * the resting order's price, so the taker gets any price improvement.
 */
public final class Matcher {

    /** Why matching stopped. */
    public enum Stop {
        /** Filled, or nothing left that crosses. */
        DONE,
        /** A taker_at_cross order met its member's own resting order. */
        SELF_TRADE
    }

    private final Clock clock;
    private final EventSink sink;
    private final FeeSchedule fees;
    private final IdSource ids;
    private final Books books;
    private final OrderRegistry registry;
    private final RestingOrders resting;
    private final TradeTape tape;
    private final AccountService accounts;
    private final Ledger ledger;
    private SelfTradeScope selfTradeScope = SelfTradeScope.MEMBER;
    private MatchObserver observer = MatchObserver.NONE;

    public Matcher(Clock clock, EventSink sink, FeeSchedule fees, IdSource ids, Books books, OrderRegistry registry,
            RestingOrders resting, TradeTape tape, AccountService accounts, Ledger ledger) {
        this.clock = clock;
        this.sink = sink;
        this.fees = fees;
        this.ids = ids;
        this.books = books;
        this.registry = registry;
        this.resting = resting;
        this.tape = tape;
        this.accounts = accounts;
        this.ledger = ledger;
    }

    /** Tells {@code value} of every fill from now on (the engine's order groups). */
    public void observeMatchesWith(MatchObserver value) {
        this.observer = Objects.requireNonNull(value, "value");
    }

    /** Sets which orders self-trade prevention treats as one trader's (default {@link SelfTradeScope#MEMBER}). */
    public void setSelfTradeScope(SelfTradeScope scope) {
        this.selfTradeScope = java.util.Objects.requireNonNull(scope, "scope");
    }

    public SelfTradeScope selfTradeScope() {
        return selfTradeScope;
    }

    /** Whether {@code maker} counts as the same trader as an order of {@code memberId}'s {@code subaccount}. */
    private boolean sameTrader(BookOrder maker, String memberId, int subaccount) {
        return maker.memberId().equals(memberId)
                && (selfTradeScope == SelfTradeScope.MEMBER || maker.subaccount() == subaccount);
    }

    /** {@link #availableVolume(MarketState, String, int, OutcomeSide, long, SelfTradePrevention, long)} for the primary ledger. */
    public long availableVolume(MarketState market, String memberId, OutcomeSide side, long priceUnits,
            SelfTradePrevention stp, long wanted) {
        return availableVolume(market, memberId, 0, side, priceUnits, stp, wanted);
    }

    /**
     * The contracts an order could fill right now, up to {@code wanted}: a taker_at_cross order stops
     * at its member's own first resting order, a maker-STP order skips its member's orders.
     */
    public long availableVolume(MarketState market, String memberId, int subaccount, OutcomeSide side,
            long priceUnits, SelfTradePrevention stp, long wanted) {
        long total = 0;
        // What each maker's order group may still match; past it the group cancels its other orders.
        Map<String, Long> groupRoom = new HashMap<>();
        for (PriceLevel level : books.of(market).opposite(side).bestFirst()) {
            if (!OrderBook.crosses(priceUnits, level.priceUnits)) {
                break;
            }
            for (BookOrder maker : level.orders()) {
                if (sameTrader(maker, memberId, subaccount)) {
                    if (stp == SelfTradePrevention.TAKER_AT_CROSS) {
                        return total;
                    }
                    continue;
                }
                if (maker.orderGroupId != null) {
                    long room = groupRoom.computeIfAbsent(maker.orderGroupId, id -> observer.room(maker));
                    if (room <= 0) {
                        continue;
                    }
                    groupRoom.put(maker.orderGroupId, room - maker.remainingCount);
                }
                total = Math.addExact(total, maker.remainingCount);
                if (total >= wanted) {
                    return total;
                }
            }
        }
        return total;
    }

    /** {@link #firstMatchIsOwn(MarketState, String, int, OutcomeSide, long)} for the primary ledger. */
    public boolean firstMatchIsOwn(MarketState market, String memberId, OutcomeSide side, long priceUnits) {
        return firstMatchIsOwn(market, memberId, 0, side, priceUnits);
    }

    /** Whether the first resting order an order would meet belongs to the same trader. */
    public boolean firstMatchIsOwn(MarketState market, String memberId, int subaccount, OutcomeSide side,
            long priceUnits) {
        PriceLevel best = books.of(market).opposite(side).best();
        return best != null && OrderBook.crosses(priceUnits, best.priceUnits)
                && sameTrader(best.first(), memberId, subaccount);
    }

    /** Matches {@code taker} until it fills or stops crossing, adding the taker's fills to {@code fills}. */
    public Stop match(BookOrder taker, List<Fill> fills) {
        Ladder opposite = books.of(taker.market()).opposite(taker.side);
        while (taker.remainingCount > 0) {
            PriceLevel level = opposite.best();
            if (level == null || !OrderBook.crosses(taker.priceUnits, level.priceUnits)) {
                return Stop.DONE;
            }
            BookOrder maker = level.first();
            if (sameTrader(maker, taker.memberId(), taker.subaccount)) {
                if (taker.selfTradePrevention == SelfTradePrevention.TAKER_AT_CROSS) {
                    return Stop.SELF_TRADE;
                }
                resting.cancel(maker, CancelReason.MAKER_CANCEL_FOR_SELF_TRADE_PREVENTION);
                continue;
            }
            fills.add(execute(taker, maker, level, Math.min(taker.remainingCount, maker.remainingCount)));
        }
        return Stop.DONE;
    }

    /** Trades {@code count} between the two orders at the maker's price; returns the taker's fill. */
    private Fill execute(BookOrder taker, BookOrder maker, PriceLevel level, long count) {
        MarketState market = taker.market();
        long now = clock.nowNanos();
        long makerPrice = level.priceUnits;
        long takerPrice = Price.SCALE - makerPrice;
        long yesPrice = maker.side == OutcomeSide.YES ? makerPrice : takerPrice;
        long makerFee = fees.fee(market.feeTerms(), Liquidity.MAKER, Price.ofUnits(makerPrice), Count.ofHundredths(count))
                .micros();
        long takerFee = fees.fee(market.feeTerms(), Liquidity.TAKER, Price.ofUnits(takerPrice), Count.ofHundredths(count))
                .micros();

        level.shrink(count);
        maker.fill(count, makerPrice, Liquidity.MAKER, now);
        resting.publishBook(maker, makerPrice, -count, level.totalCount());
        if (maker.remainingCount == 0) {
            resting.retireFilled(maker);
        }
        taker.fill(count, takerPrice, Liquidity.TAKER, now);
        // Both counts changed in place; a fully filled maker was already dropped from its book.
        resting.syncCollateral(maker);
        resting.syncCollateral(taker);

        Account makerAccount = accounts.account(maker.memberId(), maker.subaccount);
        Account takerAccount = accounts.account(taker.memberId(), taker.subaccount);
        // Each fill's fee_cost is its net fee: trade fee plus rounding fee minus rebate.
        makerFee = charge(makerAccount, maker, Liquidity.MAKER, makerPrice, count, makerFee, now);
        takerFee = charge(takerAccount, taker, Liquidity.TAKER, takerPrice, count, takerFee, now);
        market.recordTrade(yesPrice, count, now);

        String tradeId = ids.next();
        Trade trade = WireRecords.trade(tradeId, taker, count, yesPrice, now);
        Fill makerFill = WireRecords.fill(tradeId, maker, count, yesPrice, false, makerFee, now);
        Fill takerFill = WireRecords.fill(tradeId, taker, count, yesPrice, true, takerFee, now);
        tape.record(new LiveTrade(trade, now, market.ticker(), makerAccount.memberId(), makerFill,
                takerAccount.memberId(), takerFill));

        sink.emit(new ExchangeEvent.TradeExecuted(sink.nextSequence(), now, trade));
        emitFill(makerAccount, maker, makerFill, now);
        emitFill(takerAccount, taker, takerFill, now);
        registry.publish(maker);
        emitPosition(makerAccount, market);
        emitPosition(takerAccount, market);
        observer.matched(maker, count, false);
        observer.matched(taker, count, true);
        return takerFill;
    }

    /** Books one side's fill in the ledger and returns its net fee, which the order adds to its fees. */
    private long charge(Account account, BookOrder order, Liquidity liquidity, long priceUnits, long count,
            long tradeFee, long now) {
        FeeRounding.Charge charge = ledger.applyFill(account, order.market(), order.side, order.roundingAccumulator,
                priceUnits, count, tradeFee, now);
        order.roundingAccumulator = charge.accumulator();
        long net = charge.netFee();
        order.addFee(net, liquidity);
        return net;
    }

    private void emitFill(Account account, BookOrder order, Fill fill, long now) {
        sink.emit(new ExchangeEvent.OrderFilled(sink.nextSequence(), now, account.memberId(), fill,
                Count.ofHundredths(account.position(order.market()).count()), order.clientOrderId));
    }

    private void emitPosition(Account account, MarketState market) {
        PositionState position = account.position(market);
        sink.emit(new ExchangeEvent.PositionUpdated(sink.nextSequence(), clock.nowNanos(), account.memberId(),
                WireRecords.position(position), Count.ofHundredths(position.volume()), account.subaccount()));
    }
}
