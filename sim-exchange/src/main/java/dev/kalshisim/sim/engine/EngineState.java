package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.ExchangeStatus;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the engine knows, shared by its services, plus the few helpers they all need (time,
 * event emission, the trading and cancel gates). Only touched under the exchange lock.
 */
final class EngineState {

    final Clock clock;
    final EngineConfig config;
    final Catalog catalog = new Catalog();
    final Map<String, Account> accounts = new LinkedHashMap<>();
    final Map<String, String> memberByApiKey = new HashMap<>();
    /** Live orders by id: resting ones, and finished ones until {@link Retention} moves them. */
    final Map<String, OrderState> orders = new HashMap<>();
    /** Live public trades of all markets, oldest first. */
    final ArrayDeque<LiveTrade> trades = new ArrayDeque<>();
    /** Live orders that are canceled or executed, in the order they finished. */
    final ArrayDeque<OrderState> finishedOrders = new ArrayDeque<>();
    /** Live settled markets, in the order they settled. */
    final ArrayDeque<MarketState> settledMarkets = new ArrayDeque<>();
    /** What has left the engine so far. */
    Cutoffs cutoffs = Cutoffs.NONE;
    final IdSource ids;
    final EventSink sink = new EventSink();
    final Collateral collateral;
    final Ledger ledger;
    final DueActions due;
    boolean exchangeActive = true;
    boolean tradingActive = true;
    private long nextPriority;

    EngineState(Clock clock, EngineConfig config) {
        this.clock = clock;
        this.config = config;
        this.ids = new IdSource(config.idSeed());
        this.collateral = new Collateral(config.feeSchedule());
        this.ledger = new Ledger(collateral, config.rebateTiming());
        this.due = new DueActions();
    }

    long now() {
        return clock.nowNanos();
    }

    Instant nowInstant() {
        return Times.instant(clock.nowNanos());
    }

    /** A new time-priority stamp, later than every earlier one. */
    long nextPriority() {
        return ++nextPriority;
    }

    /** Why an order may not be placed or amended in {@code market} now, or null if it may. */
    RejectReason tradingRejection(MarketState market) {
        if (!exchangeActive || !tradingActive) {
            return RejectReason.EXCHANGE_PAUSED;
        }
        return market.status == MarketStatus.ACTIVE ? null : statusRejection(market);
    }

    /** Why an order may not be canceled or decreased in {@code market} now, or null if it may. */
    RejectReason cancelRejection(MarketState market) {
        if (!exchangeActive) {
            return RejectReason.EXCHANGE_PAUSED;
        }
        return market.isClosedOrLater() ? statusRejection(market) : null;
    }

    private static RejectReason statusRejection(MarketState market) {
        return market.status.isDetermined() ? RejectReason.MARKET_ALREADY_CLOSED : RejectReason.MARKET_INACTIVE;
    }

    ExchangeStatus exchangeStatus() {
        return new ExchangeStatus(exchangeActive, exchangeActive && tradingActive, true, null, null);
    }

    // Event emission, in the order state changes are applied.

    void emitBook(OrderState order, long priceUnits, long delta, long newSize) {
        sink.emit(new ExchangeEvent.BookChanged(sink.nextSequence(), nowInstant(), order.market.ticker, order.side,
                Price.ofUnits(priceUnits), Count.ofHundredths(delta), Count.ofHundredths(newSize), order.memberId,
                order.clientOrderId));
    }

    void emitOrder(OrderState order) {
        if (!order.isResting() && !order.finishedQueued) {
            // Every finish is published, so this is the one place that sees them all.
            order.finishedQueued = true;
            finishedOrders.addLast(order);
        }
        CancelReason reason = order.status == OrderStatus.CANCELED ? order.cancelReason : null;
        sink.emit(new ExchangeEvent.OrderUpdated(sink.nextSequence(), nowInstant(), order.memberId,
                Views.order(order), reason));
    }

    void emitPosition(Account account, PositionState position) {
        sink.emit(new ExchangeEvent.PositionUpdated(sink.nextSequence(), nowInstant(), account.memberId,
                Views.position(position), Count.ofHundredths(position.volume)));
    }

    void emitLifecycle(MarketState market, ExchangeEvent.Lifecycle type) {
        if (type == ExchangeEvent.Lifecycle.SETTLED) {
            settledMarkets.addLast(market);
        }
        sink.emit(new ExchangeEvent.MarketLifecycleChanged(sink.nextSequence(), nowInstant(), market.ticker, type,
                Views.market(market, now())));
    }

    void emitExchangeStatus() {
        sink.emit(new ExchangeEvent.ExchangeStatusChanged(sink.nextSequence(), nowInstant(), exchangeStatus()));
    }

    /** The size resting at {@code priceUnits} on {@code side} of {@code market}, 0 when none. */
    static long levelSize(MarketState market, OutcomeSide side, long priceUnits) {
        PriceLevel level = market.book.ladder(side).ascending().get(priceUnits);
        return level == null ? 0 : level.totalCount();
    }
}
