package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.sim.engine.result.EngineResult;

/** Settling markets with their result. */
public interface MarketSettlement {

    /**
     * Settles a market: cancels its resting orders, pays $1 per winning contract, records a
     * settlement for every member with a position or history there, and leaves it finalized.
     */
    EngineResult<Market> settleMarket(String ticker, MarketResult result);
}
