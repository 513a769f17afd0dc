package dev.kalshisim.sim.engine;

/**
 * The exchange-wide switches: a full exchange pause (nothing may change orders) and a trading pause
 * (cancels and decreases still work). When a pause begins, orders placed with
 * {@code cancel_order_on_pause} are canceled.
 */
final class ExchangePauses {

    private final EngineState state;
    private final OrderCanceller canceller;

    ExchangePauses(EngineState state, OrderCanceller canceller) {
        this.state = state;
        this.canceller = canceller;
    }

    /** Returns null, so it can run as a command. */
    Void setExchangeActive(boolean active) {
        if (state.exchangeActive != active) {
            boolean wasTrading = isTrading();
            state.exchangeActive = active;
            changed(wasTrading);
        }
        return null;
    }

    /** Returns null, so it can run as a command. */
    Void setTradingActive(boolean active) {
        if (state.tradingActive != active) {
            boolean wasTrading = isTrading();
            state.tradingActive = active;
            changed(wasTrading);
        }
        return null;
    }

    private boolean isTrading() {
        return state.exchangeActive && state.tradingActive;
    }

    private void changed(boolean wasTrading) {
        if (wasTrading && !isTrading()) {
            canceller.cancelForPause();
        }
        state.emitExchangeStatus();
    }
}
