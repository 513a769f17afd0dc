package dev.kalshisim.sim.engine.rfq;

import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.book.BookOrder;
import dev.kalshisim.sim.engine.book.Matcher;
import dev.kalshisim.sim.engine.book.OrderRegistry;
import dev.kalshisim.sim.engine.book.RestingOrders;
import dev.kalshisim.sim.engine.catalog.ExchangePauses;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.fee.BlockTradeFees;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.ledger.Ledger;
import dev.kalshisim.sim.engine.order.PositionLimit;
import dev.kalshisim.sim.engine.result.RejectReason;

/**
 * Executes a confirmed quote as a block trade through the engine's own fill path: one fill-or-kill
 * order for each party, checked for collateral and position limits as any order is, crossed off
 * the book by {@link Matcher#executeBlock} (the RFQ creator as taker, the quoter as maker).
 */
final class QuoteExecution {

    /** Why an execution could not happen; the quote is cancelled with {@link #reason}. */
    record Failure(RejectReason reject, String reason, String message) {
    }

    private final Clock clock;
    private final EngineLimits limits;
    private final ExchangePauses pauses;
    private final AccountService accounts;
    private final Ledger ledger;
    private final OrderRegistry registry;
    private final RestingOrders resting;
    private final Matcher matcher;

    QuoteExecution(Clock clock, EngineLimits limits, ExchangePauses pauses, AccountService accounts, Ledger ledger,
            OrderRegistry registry, RestingOrders resting, Matcher matcher) {
        this.clock = clock;
        this.limits = limits;
        this.pauses = pauses;
        this.accounts = accounts;
        this.ledger = ledger;
        this.registry = registry;
        this.resting = resting;
        this.matcher = matcher;
    }

    /**
     * One party's side of a block trade.
     *
     * @param side the outcome the party buys
     * @param priceUnits what it pays a contract, on that outcome's leg
     */
    record Party(String memberId, int subaccount, OutcomeSide side, long priceUnits) {
    }

    /** A block trade's outcome: both order ids, or the failure that stopped it before any change. */
    record Executed(String takerOrderId, String makerOrderId, Failure failure) {

        static Executed failed(Failure failure) {
            return new Executed(null, null, failure);
        }
    }

    /** The first reason the creator could not buy {@code side} of the quote now, or null. */
    Failure checkRequester(QuoteState quote, OutcomeSide side) {
        Party requester = requester(quote, side);
        return check(accounts.account(requester.memberId()), order(requester, quote.rfq.market,
                quote.contractsFor(side)));
    }

    /** Trades the quote; null on success (the quote's order ids are set), else why not (nothing changed). */
    Failure execute(QuoteState quote, BlockTradeFees fees) {
        OutcomeSide side = quote.acceptedSide;
        Party quoter = new Party(quote.memberId, quote.subaccount, side.opposite(), quote.quoterBidFor(side));
        Executed executed = trade(quote.rfq.market, requester(quote, side), quoter, quote.contractsFor(side), fees);
        if (executed.failure() != null) {
            return executed.failure();
        }
        quote.rfqCreatorOrderId = executed.takerOrderId();
        quote.creatorOrderId = executed.makerOrderId();
        return null;
    }

    /**
     * Trades {@code count} between {@code taker} and {@code maker} off the book, their prices
     * complementary.
     */
    Executed trade(MarketState market, Party taker, Party maker, long count, BlockTradeFees fees) {
        RejectReason gate = pauses.tradingRejection(market);
        if (gate != null) {
            return Executed.failed(new Failure(gate, "market_inactive", "market " + market.ticker() + " is "
                    + market.status().wire()));
        }
        BookOrder takerOrder = order(taker, market, count);
        BookOrder makerOrder = order(maker, market, count);
        Failure refused = check(accounts.account(taker.memberId()), takerOrder);
        if (refused == null) {
            refused = check(accounts.account(maker.memberId()), makerOrder);
        }
        if (refused != null) {
            return Executed.failed(refused);
        }
        registry.accept(makerOrder);
        registry.accept(takerOrder);
        resting.hold(makerOrder);
        resting.hold(takerOrder);
        matcher.executeBlock(takerOrder, makerOrder, count, fees);
        resting.release(makerOrder);
        resting.release(takerOrder);
        registry.publish(takerOrder);
        return new Executed(takerOrder.id(), makerOrder.id(), null);
    }

    /** The creator buys {@code creatorSide} at 1 - the quoter's bid on the other side. */
    private static Party requester(QuoteState quote, OutcomeSide creatorSide) {
        return new Party(quote.rfq.memberId, quote.rfq.subaccount, creatorSide, quote.creatorPriceFor(creatorSide));
    }

    private BookOrder order(Party party, MarketState market, long count) {
        return new BookOrder(party.memberId(), market, party.side(), TimeInForce.FILL_OR_KILL,
                SelfTradePrevention.TAKER_AT_CROSS, false, false, false, party.subaccount(), null, null,
                party.priceUnits(), count, Long.MAX_VALUE, registry.nextPriority(), clock.nowNanos());
    }

    private Failure check(Account account, BookOrder order) {
        if (account == null) {
            return new Failure(RejectReason.MEMBER_NOT_FOUND, "member_not_found", "member " + order.memberId()
                    + " not found");
        }
        if (order.remainingCount() <= 0) {
            return new Failure(RejectReason.INVALID_COUNT, "invalid_count", "the quote's size at its price is zero");
        }
        String overLimit = PositionLimit.problem(limits, ledger, account, order.market(), order.side(),
                order.remainingCount(), 0);
        if (overLimit != null) {
            return new Failure(RejectReason.POSITION_LIMIT_EXCEEDED, "position_limit", overLimit);
        }
        long needed = ledger.reserveWith(account, order.market(), order) - account.position(order.market()).reserved();
        if (needed > account.available()) {
            return new Failure(RejectReason.INSUFFICIENT_BALANCE, "insufficient_balance", "member "
                    + account.memberId() + " needs $" + Money.ofMicros(needed)
                    + " more collateral, $" + Money.ofMicros(account.available())
                    + " available");
        }
        return null;
    }
}
