package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.sim.engine.ExchangeEvent.Lifecycle;

/**
 * Moves markets through their statuses: by the clock (open at open_time, close at close_time) and
 * by control-plane commands (pause, reactivate, close early, move close_time). Settlement lives in
 * {@link SettlementService}.
 */
final class MarketLifecycle {

    private final EngineState state;
    private final OrderCanceller canceller;

    MarketLifecycle(EngineState state, OrderCanceller canceller) {
        this.state = state;
        this.canceller = canceller;
    }

    /** Announces a new market and arranges its clock-driven transitions. */
    void track(MarketState market) {
        state.emitLifecycle(market, Lifecycle.CREATED);
        state.due.add(market.openNanos, () -> refresh(market));
        state.due.add(market.closeNanos, () -> refresh(market));
        refresh(market);
    }

    /** Applies whatever the clock implies: open after open_time, close after close_time. */
    void refresh(MarketState market) {
        long now = state.now();
        if (market.status == MarketStatus.INITIALIZED && now >= market.openNanos && now < market.closeNanos) {
            transition(market, MarketStatus.ACTIVE, Lifecycle.ACTIVATED);
        }
        boolean open = market.status == MarketStatus.INITIALIZED || market.status == MarketStatus.ACTIVE
                || market.status == MarketStatus.INACTIVE;
        if (open && now >= market.closeNanos) {
            close(market);
        }
    }

    Outcome<MarketState> setStatus(MarketState market, MarketStatus target) {
        MarketStatus from = market.status;
        if (from == target) {
            return Outcome.ok(market);
        }
        long now = state.now();
        switch (target) {
            case ACTIVE:
                if ((from != MarketStatus.INITIALIZED && from != MarketStatus.INACTIVE) || now >= market.closeNanos) {
                    break;
                }
                if (from == MarketStatus.INACTIVE) {
                    // Kalshi cancels resting orders when a paused market comes back.
                    canceller.cancelMarket(market, CancelReason.MARKET_STATUS_CHANGE);
                } else {
                    market.openNanos = Math.min(market.openNanos, now);
                }
                transition(market, MarketStatus.ACTIVE, Lifecycle.ACTIVATED);
                return Outcome.ok(market);
            case INACTIVE:
                if (from != MarketStatus.ACTIVE) {
                    break;
                }
                transition(market, MarketStatus.INACTIVE, Lifecycle.DEACTIVATED);
                return Outcome.ok(market);
            case CLOSED:
                if (market.isClosedOrLater()) {
                    break;
                }
                market.closeNanos = Math.min(market.closeNanos, now);
                close(market);
                return Outcome.ok(market);
            default:
                break;
        }
        return Outcome.rejected(RejectReason.INVALID_STATUS_TRANSITION,
                "market " + market.ticker + " cannot go from " + from.wire() + " to " + target.wire());
    }

    Outcome<MarketState> setCloseTime(MarketState market, long closeNanos) {
        if (market.status.isDetermined()) {
            return Outcome.rejected(RejectReason.MARKET_ALREADY_CLOSED, "market " + market.ticker + " is determined");
        }
        if (closeNanos < market.openNanos) {
            return Outcome.rejected(RejectReason.INVALID_PARAMETERS, "close time is before open time");
        }
        market.closeNanos = closeNanos;
        market.updatedNanos = state.now();
        state.emitLifecycle(market, Lifecycle.CLOSE_DATE_UPDATED);
        if (market.status == MarketStatus.CLOSED && closeNanos > state.now()) {
            // A later close time reopens a closed, undetermined market.
            market.status = MarketStatus.INITIALIZED;
        }
        state.due.add(closeNanos, () -> refresh(market));
        refresh(market);
        return Outcome.ok(market);
    }

    void transition(MarketState market, MarketStatus status, Lifecycle type) {
        market.status = status;
        market.updatedNanos = state.now();
        state.emitLifecycle(market, type);
    }

    private void close(MarketState market) {
        canceller.cancelMarket(market, CancelReason.MARKET_STATUS_CHANGE);
        transition(market, MarketStatus.CLOSED, Lifecycle.CLOSED);
    }
}
