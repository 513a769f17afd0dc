package dev.kalshisim.sim.engine.catalog;

import dev.kalshisim.core.model.ExchangeStatus;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.event.EventSink;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.result.RejectReason;

/**
 * The exchange-wide switches: a full exchange pause (nothing may change orders) and a trading pause
 * (cancels and decreases still work), and the gates they and a market's status put on orders. When
 * a pause begins, orders placed with {@code cancel_order_on_pause} are canceled by the hook the
 * order side registers ({@link #whenPauseBegins}).
 */
public final class ExchangePauses {

    private final Clock clock;
    private final EventSink sink;
    private Runnable pauseBegins = () -> { };
    private boolean exchangeActive = true;
    private boolean tradingActive = true;

    public ExchangePauses(Clock clock, EventSink sink) {
        this.clock = clock;
        this.sink = sink;
    }

    /** Runs {@code action} whenever trading stops (the cancels of cancel_order_on_pause orders). */
    public void whenPauseBegins(Runnable action) {
        this.pauseBegins = action;
    }

    /** Returns null, so it can run as a command. */
    public Void setExchangeActive(boolean active) {
        if (exchangeActive != active) {
            boolean wasTrading = isTrading();
            exchangeActive = active;
            changed(wasTrading);
        }
        return null;
    }

    /** Returns null, so it can run as a command. */
    public Void setTradingActive(boolean active) {
        if (tradingActive != active) {
            boolean wasTrading = isTrading();
            tradingActive = active;
            changed(wasTrading);
        }
        return null;
    }

    public ExchangeStatus status() {
        return new ExchangeStatus(exchangeActive, exchangeActive && tradingActive, true, null, null);
    }

    /** Why an order may not be placed or amended in {@code market} now, or null if it may. */
    public RejectReason tradingRejection(MarketState market) {
        if (!exchangeActive || !tradingActive) {
            return RejectReason.EXCHANGE_PAUSED;
        }
        return market.status() == MarketStatus.ACTIVE ? null : statusRejection(market);
    }

    /** Why an order may not be canceled or decreased in {@code market} now, or null if it may. */
    public RejectReason cancelRejection(MarketState market) {
        if (!exchangeActive) {
            return RejectReason.EXCHANGE_PAUSED;
        }
        return market.isClosedOrLater() ? statusRejection(market) : null;
    }

    /** The pause in force, for a refusal message: "" when none. */
    public String describePause() {
        if (!exchangeActive) {
            return " and the exchange is paused";
        }
        return tradingActive ? "" : " and trading is paused";
    }

    private static RejectReason statusRejection(MarketState market) {
        return market.status().isDetermined() ? RejectReason.MARKET_ALREADY_CLOSED : RejectReason.MARKET_INACTIVE;
    }

    private boolean isTrading() {
        return exchangeActive && tradingActive;
    }

    private void changed(boolean wasTrading) {
        if (wasTrading && !isTrading()) {
            pauseBegins.run();
        }
        sink.emit(new ExchangeEvent.ExchangeStatusChanged(sink.nextSequence(), clock.nowNanos(), status()));
    }
}
