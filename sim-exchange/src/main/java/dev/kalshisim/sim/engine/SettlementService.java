package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Settlement;
import dev.kalshisim.sim.engine.ExchangeEvent.Lifecycle;

/**
 * Settles a market at $1 per winning contract: cancels its resting orders, determines the result,
 * pays every holder, writes their settlement records and finalizes the market.
 */
final class SettlementService {

    private final EngineState state;
    private final OrderCanceller canceller;
    private final MarketLifecycle lifecycle;

    SettlementService(EngineState state, OrderCanceller canceller, MarketLifecycle lifecycle) {
        this.state = state;
        this.canceller = canceller;
        this.lifecycle = lifecycle;
    }

    Outcome<MarketState> settle(MarketState market, MarketResult result) {
        if (result != MarketResult.YES && result != MarketResult.NO) {
            return Outcome.rejected(RejectReason.INVALID_PARAMETERS, "binary markets settle yes or no, not "
                    + result.wire());
        }
        if (market.status == MarketStatus.FINALIZED) {
            return Outcome.rejected(RejectReason.MARKET_ALREADY_CLOSED, "market " + market.ticker + " is settled");
        }
        canceller.cancelMarket(market, CancelReason.MARKET_STATUS_CHANGE);
        if (market.closeNanos > state.now()) {
            market.closeNanos = state.now();
        }
        market.result = result;
        lifecycle.transition(market, MarketStatus.DETERMINED, Lifecycle.DETERMINED);
        long now = state.now();
        for (Account account : state.accounts.values()) {
            PositionState position = account.positions.get(market.ticker);
            if (position != null && position.count != 0) {
                pay(account, position, result, now);
            }
        }
        market.settledNanos = now;
        lifecycle.transition(market, MarketStatus.FINALIZED, Lifecycle.SETTLED);
        return Outcome.ok(market);
    }

    private void pay(Account account, PositionState position, MarketResult result, long now) {
        long held = position.count;
        long cost = position.cost;
        long payout = state.ledger.settle(account, position, result, now);
        Settlement settlement = new Settlement(position.market.ticker, Views.EXCHANGE_INDEX,
                position.market.event.ticker(), result,
                Count.ofHundredths(Math.max(0, held)), Money.ofMicros(held > 0 ? cost : 0),
                Count.ofHundredths(Math.max(0, -held)), Money.ofMicros(held < 0 ? cost : 0),
                Money.ofMicros(payout).floorCents(), Times.instant(now), Money.ZERO,
                result == MarketResult.YES ? 100L : 0L);
        account.settlements.add(settlement);
        var sink = state.sink;
        sink.emit(new ExchangeEvent.SettlementPaid(sink.nextSequence(), Times.instant(now), account.memberId,
                settlement));
        state.emitPosition(account, position);
    }
}
