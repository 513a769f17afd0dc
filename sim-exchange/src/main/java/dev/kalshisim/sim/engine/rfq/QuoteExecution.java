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

    /** The first reason the creator could not buy {@code side} of the quote now, or null. */
    Failure checkRequester(QuoteState quote, OutcomeSide side) {
        return check(accounts.account(quote.rfq.memberId), order(quote, side, true));
    }

    /** Trades the quote; null on success (the quote's order ids are set), else why not (nothing changed). */
    Failure execute(QuoteState quote, BlockTradeFees fees) {
        MarketState market = quote.rfq.market;
        RejectReason gate = pauses.tradingRejection(market);
        if (gate != null) {
            return new Failure(gate, "market_inactive", "market " + market.ticker() + " is " + market.status().wire());
        }
        OutcomeSide side = quote.acceptedSide;
        BookOrder requester = order(quote, side, true);
        BookOrder quoter = order(quote, side, false);
        Failure refused = check(accounts.account(quote.rfq.memberId), requester);
        if (refused == null) {
            refused = check(accounts.account(quote.memberId), quoter);
        }
        if (refused != null) {
            return refused;
        }
        registry.accept(quoter);
        registry.accept(requester);
        resting.hold(quoter);
        resting.hold(requester);
        matcher.executeBlock(requester, quoter, requester.remainingCount(), fees);
        resting.release(quoter);
        resting.release(requester);
        registry.publish(requester);
        quote.rfqCreatorOrderId = requester.id();
        quote.creatorOrderId = quoter.id();
        return null;
    }

    /** The party's order: the creator buys {@code creatorSide} at 1 - bid, the quoter the other side at its bid. */
    private BookOrder order(QuoteState quote, OutcomeSide creatorSide, boolean requester) {
        RfqState rfq = quote.rfq;
        long count = quote.contractsFor(creatorSide);
        long bid = quote.quoterBidFor(creatorSide);
        String memberId = requester ? rfq.memberId : quote.memberId;
        OutcomeSide side = requester ? creatorSide : creatorSide.opposite();
        long price = requester ? quote.creatorPriceFor(creatorSide) : bid;
        int subaccount = requester ? rfq.subaccount : quote.subaccount;
        return new BookOrder(memberId, rfq.market, side, TimeInForce.FILL_OR_KILL, SelfTradePrevention.TAKER_AT_CROSS,
                false, false, false, subaccount, null, null, price, count, Long.MAX_VALUE, registry.nextPriority(),
                clock.nowNanos());
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
