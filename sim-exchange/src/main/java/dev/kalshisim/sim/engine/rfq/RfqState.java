package dev.kalshisim.sim.engine.rfq;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Rfq;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.time.Times;

/** One RFQ's mutable state; only touched under the exchange lock. Counts in hundredths, money in micros. */
final class RfqState {

    final String id;
    final String memberId;
    final String creatorCommsId;
    final MarketState market;
    /** Contracts asked for, or 0 when sized by {@link #targetCostMicros} (the record then shows 0.00: the field is required). */
    final long contracts;
    /** Dollars to spend, or -1 when sized by contracts. */
    final long targetCostMicros;
    final boolean restRemainder;
    final int subaccount;
    final long createdNanos;
    long updatedNanos;
    boolean open = true;
    long cancelledNanos;
    String cancellationReason;

    RfqState(String id, String memberId, String creatorCommsId, MarketState market, long contracts,
            long targetCostMicros, boolean restRemainder, int subaccount, long nowNanos) {
        this.id = id;
        this.memberId = memberId;
        this.creatorCommsId = creatorCommsId;
        this.market = market;
        this.contracts = contracts;
        this.targetCostMicros = targetCostMicros;
        this.restRemainder = restRemainder;
        this.subaccount = subaccount;
        this.createdNanos = nowNanos;
        this.updatedNanos = nowNanos;
    }

    boolean sizedByCost() {
        return targetCostMicros >= 0;
    }

    /** Contracts bought at {@code priceUnits} a contract: the asked count, or what the target cost buys. */
    long contractsAt(long priceUnits) {
        return sizedByCost() ? targetCostMicros / priceUnits : contracts;
    }

    /** Closes the RFQ without a trade (or, with a null reason, after one). */
    void close(String reason, long nowNanos) {
        open = false;
        cancellationReason = reason;
        if (reason != null) {
            cancelledNanos = nowNanos;
        }
        updatedNanos = nowNanos;
    }

    /** The full record; callers narrow it with {@link Rfq#seenBy}. */
    Rfq record() {
        return new Rfq(id, creatorCommsId, market.ticker(), Count.ofHundredths(contracts),
                sizedByCost() ? Money.ofMicros(targetCostMicros) : null, open ? Rfq.OPEN : Rfq.CLOSED,
                Times.instant(createdNanos), market.mveCollectionTicker(), market.mveLegs(), restRemainder,
                cancellationReason, memberId, subaccount, cancelledNanos == 0 ? null : Times.instant(cancelledNanos),
                Times.instant(updatedNanos));
    }
}
