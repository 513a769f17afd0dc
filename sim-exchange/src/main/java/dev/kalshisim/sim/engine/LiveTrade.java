package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Trade;

/**
 * A trade the engine still holds, with what must leave together with it: its market's copy and
 * the maker's and taker's fills.
 */
record LiveTrade(Trade trade, long nanos, MarketState market, Account maker, Fill makerFill, Account taker,
                 Fill takerFill) {
}
