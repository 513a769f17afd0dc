package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Trade;
import java.util.ArrayDeque;

/** A market's mutable state: lifecycle, book, and public activity. Only touched under the exchange lock. */
final class MarketState {

    final String ticker;
    final EventState event;
    final MarketSpec spec;
    final FeeTerms feeTerms;
    final long createdNanos;
    final OrderBook book = new OrderBook();
    /** Live public trades, oldest first; the oldest leave for the historical store (see {@link Retention}). */
    final ArrayDeque<Trade> trades = new ArrayDeque<>();
    /** Contracts traded per minute over the last day, for the market's 24-hour volume. */
    final RollingVolume recentVolume = new RollingVolume();

    long openNanos;
    long closeNanos;
    long updatedNanos;
    MarketStatus status;
    MarketResult result = MarketResult.NONE;
    /** When payouts were made; 0 until settled. */
    long settledNanos;
    /** YES price of the last trade, 0 before any. */
    long lastPriceUnits;
    long volume;
    /** Sum of members' YES positions and of their NO positions; always equal. */
    long yesOpenInterest;
    long noOpenInterest;

    MarketState(MarketSpec spec, EventState event, long openNanos, long closeNanos, long nowNanos) {
        this.ticker = spec.ticker();
        this.spec = spec;
        this.event = event;
        this.feeTerms = event.feeTerms();
        this.openNanos = openNanos;
        this.closeNanos = closeNanos;
        this.createdNanos = nowNanos;
        this.updatedNanos = nowNanos;
        this.status = MarketStatus.INITIALIZED;
    }

    TickGrid grid() {
        return spec.tickGrid();
    }

    /** Whether the market is past trading for good: closed, determined or settled. */
    boolean isClosedOrLater() {
        return status == MarketStatus.CLOSED || status.isDetermined();
    }
}
