package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.catalog.TickGrid;
import java.util.Objects;

/**
 * A market the synthetic flow trades in.
 *
 * @param ticker the market ticker, e.g. {@code KXFED-26DEC-T4.25}
 * @param eventTicker its event
 * @param tickGrid the prices orders may use, so quotes land on the grid
 * @param initialFairValue the YES value quoting starts around, strictly between $0 and $1
 */
public record DemoMarket(String ticker, String eventTicker, TickGrid tickGrid, Price initialFairValue) {

    public DemoMarket {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(eventTicker, "eventTicker");
        Objects.requireNonNull(tickGrid, "tickGrid");
        if (!initialFairValue.isTradable()) {
            throw new IllegalArgumentException("fair value of " + ticker + " must be strictly between $0 and $1: "
                    + initialFairValue);
        }
    }
}
