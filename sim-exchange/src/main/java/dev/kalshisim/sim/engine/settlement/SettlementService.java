package dev.kalshisim.sim.engine.settlement;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Settlement;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.book.WireRecords;
import dev.kalshisim.sim.engine.catalog.MarketLifecycle;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.event.EventSink;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.ledger.Ledger;
import dev.kalshisim.sim.engine.ledger.PositionState;
import dev.kalshisim.sim.engine.order.OrderCanceller;
import dev.kalshisim.sim.engine.result.CancelReason;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.Times;

/**
 * Settles a market at $1 per winning contract: cancels its resting orders, determines the result,
 * pays every holder, writes their settlement records and finalizes the market.
 */
public final class SettlementService {

    private final Clock clock;
    private final EventSink sink;
    private final AccountService accounts;
    private final Ledger ledger;
    private final OrderCanceller canceller;
    private final MarketLifecycle lifecycle;

    public SettlementService(Clock clock, EventSink sink, AccountService accounts, Ledger ledger,
            OrderCanceller canceller, MarketLifecycle lifecycle) {
        this.clock = clock;
        this.sink = sink;
        this.accounts = accounts;
        this.ledger = ledger;
        this.canceller = canceller;
        this.lifecycle = lifecycle;
    }

    public EngineResult<MarketState> settle(MarketState market, MarketResult result) {
        if (result != MarketResult.YES && result != MarketResult.NO) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "binary markets settle yes or no, not "
                    + result.wire());
        }
        if (market.status() == MarketStatus.FINALIZED) {
            return EngineResult.rejected(RejectReason.MARKET_ALREADY_CLOSED, "market " + market.ticker()
                    + " is settled");
        }
        canceller.cancelMarket(market, CancelReason.MARKET_STATUS_CHANGE);
        lifecycle.determine(market, result);
        long now = clock.nowNanos();
        // Every ledger: a subaccount's position is paid into that subaccount.
        for (Account account : accounts.ledgers()) {
            PositionState position = account.existingPosition(market.ticker());
            if (position != null && position.count() != 0) {
                pay(account, position, result, now);
            }
        }
        lifecycle.finalizeSettled(market, now);
        return EngineResult.ok(market);
    }

    private void pay(Account account, PositionState position, MarketResult result, long now) {
        long held = position.count();
        long cost = position.cost();
        long payout = ledger.settle(account, position, result, now);
        MarketState market = position.market();
        Settlement settlement = new Settlement(market.ticker(), WireRecords.EXCHANGE_INDEX, market.event().ticker(),
                result, Count.ofHundredths(Math.max(0, held)), Money.ofMicros(held > 0 ? cost : 0),
                Count.ofHundredths(Math.max(0, -held)), Money.ofMicros(held < 0 ? cost : 0),
                Money.ofMicros(payout).floorCents(), Times.instant(now), Money.ZERO,
                result == MarketResult.YES ? 100L : 0L);
        account.recordSettlement(settlement);
        sink.emit(new ExchangeEvent.SettlementPaid(sink.nextSequence(), now, account.memberId(), settlement));
        sink.emit(new ExchangeEvent.PositionUpdated(sink.nextSequence(), clock.nowNanos(), account.memberId(),
                WireRecords.position(position), Count.ofHundredths(position.volume()), account.subaccount()));
    }
}
