package dev.kalshisim.sim.engine.catalog;

import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.event.EventSink;
import dev.kalshisim.sim.engine.event.ExchangeEvent.Lifecycle;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.DueActions;
import java.util.function.Function;

/**
 * Moves markets through their statuses: by the clock (open at open_time, close at close_time), by
 * control-plane commands (pause, reactivate, close early, move close_time) and, for settlement,
 * to determined and finalized. Paying holders lives in the settlement service.
 */
public final class MarketLifecycle {

    private final Clock clock;
    private final EventSink sink;
    private final DueActions due;
    private final Catalog catalog;
    private final Function<MarketState, Market> records;
    private final MarketSweep sweep;

    /**
     * @param records the market as a wire record, for lifecycle events (it shows the book, which
     *     the catalog does not keep)
     * @param sweep cancels a market's resting orders when a status change ends them
     */
    public MarketLifecycle(Clock clock, EventSink sink, DueActions due, Catalog catalog,
            Function<MarketState, Market> records, MarketSweep sweep) {
        this.clock = clock;
        this.sink = sink;
        this.due = due;
        this.catalog = catalog;
        this.records = records;
        this.sweep = sweep;
    }

    /** Announces a new market and arranges its clock-driven transitions. */
    void track(MarketState market) {
        emit(market, Lifecycle.CREATED);
        due.add(market.openNanos, () -> refresh(market));
        due.add(market.closeNanos, () -> refresh(market));
        refresh(market);
    }

    /** Applies whatever the clock implies: open after open_time, close after close_time. */
    void refresh(MarketState market) {
        long now = clock.nowNanos();
        if (market.status() == MarketStatus.INITIALIZED && now >= market.openNanos && now < market.closeNanos) {
            transition(market, MarketStatus.ACTIVE, Lifecycle.ACTIVATED);
        }
        boolean open = market.status() == MarketStatus.INITIALIZED || market.status() == MarketStatus.ACTIVE
                || market.status() == MarketStatus.INACTIVE;
        if (open && now >= market.closeNanos) {
            close(market);
        }
    }

    public EngineResult<MarketState> setStatus(MarketState market, MarketStatus target) {
        MarketStatus from = market.status();
        if (from == target) {
            return EngineResult.ok(market);
        }
        long now = clock.nowNanos();
        switch (target) {
            case ACTIVE:
                if ((from != MarketStatus.INITIALIZED && from != MarketStatus.INACTIVE) || now >= market.closeNanos) {
                    break;
                }
                if (from == MarketStatus.INACTIVE) {
                    // Kalshi cancels resting orders when a paused market comes back.
                    sweep.cancelResting(market);
                } else {
                    market.openNanos = Math.min(market.openNanos, now);
                }
                transition(market, MarketStatus.ACTIVE, Lifecycle.ACTIVATED);
                return EngineResult.ok(market);
            case INACTIVE:
                if (from != MarketStatus.ACTIVE) {
                    break;
                }
                transition(market, MarketStatus.INACTIVE, Lifecycle.DEACTIVATED);
                return EngineResult.ok(market);
            case CLOSED:
                if (market.isClosedOrLater()) {
                    break;
                }
                market.closeNanos = Math.min(market.closeNanos, now);
                close(market);
                return EngineResult.ok(market);
            default:
                break;
        }
        return EngineResult.rejected(RejectReason.INVALID_STATUS_TRANSITION,
                "market " + market.ticker + " cannot go from " + from.wire() + " to " + target.wire());
    }

    public EngineResult<MarketState> setCloseTime(MarketState market, long closeNanos) {
        if (market.status().isDetermined()) {
            return EngineResult.rejected(RejectReason.MARKET_ALREADY_CLOSED, "market " + market.ticker + " is determined");
        }
        if (closeNanos < market.openNanos) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "close time is before open time");
        }
        long now = clock.nowNanos();
        market.closeNanos = closeNanos;
        market.updatedNanos = now;
        emit(market, Lifecycle.CLOSE_DATE_UPDATED);
        if (market.status() == MarketStatus.CLOSED && closeNanos > now) {
            // A later close time reopens a closed, undetermined market.
            market.status = MarketStatus.INITIALIZED;
        }
        due.add(closeNanos, () -> refresh(market));
        refresh(market);
        return EngineResult.ok(market);
    }

    /**
     * Settlement's first step, after its resting orders are gone: the market closes now if its close
     * time is later, takes {@code result} and is determined.
     */
    public void determine(MarketState market, MarketResult result) {
        long now = clock.nowNanos();
        if (market.closeNanos > now) {
            market.closeNanos = now;
        }
        market.result = result;
        transition(market, MarketStatus.DETERMINED, Lifecycle.DETERMINED);
    }

    /** Settlement's last step, once every holder is paid at {@code settledNanos}: the market is finalized. */
    public void finalizeSettled(MarketState market, long settledNanos) {
        market.settledNanos = settledNanos;
        transition(market, MarketStatus.FINALIZED, Lifecycle.SETTLED);
    }

    private void transition(MarketState market, MarketStatus status, Lifecycle type) {
        market.status = status;
        market.updatedNanos = clock.nowNanos();
        emit(market, type);
    }

    private void close(MarketState market) {
        sweep.cancelResting(market);
        transition(market, MarketStatus.CLOSED, Lifecycle.CLOSED);
    }

    private void emit(MarketState market, Lifecycle type) {
        if (type == Lifecycle.SETTLED) {
            catalog.settled(market);
        }
        sink.emit(new ExchangeEvent.MarketLifecycleChanged(sink.nextSequence(), clock.nowNanos(), market.ticker, type,
                records.apply(market)));
    }
}
