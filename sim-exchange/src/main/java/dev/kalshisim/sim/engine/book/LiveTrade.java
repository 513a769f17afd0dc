package dev.kalshisim.sim.engine.book;

import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Trade;

/**
 * A trade the engine still holds, with what must leave together with it: its market's copy and
 * the maker's and taker's fills.
 */
public record LiveTrade(Trade trade, long nanos, String ticker, String makerId, Fill makerFill, String takerId,
                        Fill takerFill) {
}
