package dev.kalshisim.sim.engine.rfq;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Quote;
import dev.kalshisim.sim.engine.time.Times;
import java.time.Instant;

/**
 * One quote's mutable state; only touched under the exchange lock.
 *
 * <p>The quoter bids {@link #yesBidUnits} for YES and {@link #noBidUnits} for NO. The RFQ creator
 * accepts the outcome it buys: accepting YES sells it YES from the quoter's NO bid, at
 * 1 - no_bid, and accepting NO uses the YES bid.
 */
final class QuoteState {

    final String id;
    final RfqState rfq;
    final String memberId;
    final String creatorCommsId;
    final long yesBidUnits;
    final long noBidUnits;
    final boolean restRemainder;
    final boolean postOnly;
    final int subaccount;
    final long createdNanos;
    long updatedNanos;
    String status = Quote.OPEN;
    OutcomeSide acceptedSide;
    long acceptedNanos;
    long confirmedNanos;
    long executedNanos;
    long cancelledNanos;
    String cancellationReason;
    String rfqCreatorOrderId;
    String creatorOrderId;

    QuoteState(String id, RfqState rfq, String memberId, String creatorCommsId, long yesBidUnits, long noBidUnits,
            boolean restRemainder, boolean postOnly, int subaccount, long nowNanos) {
        this.id = id;
        this.rfq = rfq;
        this.memberId = memberId;
        this.creatorCommsId = creatorCommsId;
        this.yesBidUnits = yesBidUnits;
        this.noBidUnits = noBidUnits;
        this.restRemainder = restRemainder;
        this.postOnly = postOnly;
        this.subaccount = subaccount;
        this.createdNanos = nowNanos;
        this.updatedNanos = nowNanos;
    }

    /** The quoter's bid on the side it buys when the creator buys {@code creatorSide}; 0 if declined. */
    long quoterBidFor(OutcomeSide creatorSide) {
        return creatorSide == OutcomeSide.YES ? noBidUnits : yesBidUnits;
    }

    /** What the creator pays a contract buying {@code creatorSide}; 0 when the quoter declined that side. */
    long creatorPriceFor(OutcomeSide creatorSide) {
        long bid = quoterBidFor(creatorSide);
        return bid == 0 ? 0 : Price.SCALE - bid;
    }

    /** Contracts the creator gets buying {@code creatorSide}, 0 when declined. */
    long contractsFor(OutcomeSide creatorSide) {
        long price = creatorPriceFor(creatorSide);
        return price == 0 ? 0 : rfq.contractsAt(price);
    }

    boolean isLive() {
        return status.equals(Quote.OPEN) || status.equals(Quote.ACCEPTED) || status.equals(Quote.CONFIRMED);
    }

    void cancel(String reason, long nowNanos) {
        status = Quote.CANCELLED;
        cancellationReason = reason;
        cancelledNanos = nowNanos;
        updatedNanos = nowNanos;
    }

    /** The full record; callers narrow it with {@link Quote#seenBy}. */
    Quote record() {
        long contracts = acceptedSide != null ? contractsFor(acceptedSide) : rfq.sizedByCost() ? 0 : rfq.contracts;
        return new Quote(id, rfq.id, creatorCommsId, rfq.creatorCommsId, rfq.market.ticker(),
                Count.ofHundredths(contracts), Price.ofUnits(yesBidUnits), Price.ofUnits(noBidUnits),
                Times.instant(createdNanos), Times.instant(updatedNanos), status, acceptedSide, instant(acceptedNanos),
                instant(confirmedNanos), instant(executedNanos), instant(cancelledNanos), restRemainder, postOnly,
                cancellationReason, memberId, rfq.memberId,
                rfq.sizedByCost() ? Money.ofMicros(rfq.targetCostMicros) : null,
                rfqCreatorOrderId, creatorOrderId, subaccount, rfq.subaccount,
                Count.ofHundredths(contractsFor(OutcomeSide.YES)), Count.ofHundredths(contractsFor(OutcomeSide.NO)));
    }

    private static Instant instant(long nanos) {
        return nanos == 0 ? null : Times.instant(nanos);
    }
}
