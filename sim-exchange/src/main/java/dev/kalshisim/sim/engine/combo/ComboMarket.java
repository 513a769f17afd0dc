package dev.kalshisim.sim.engine.combo;

import dev.kalshisim.core.model.Market;

/** A combo market created or looked up in a collection: its event, its ticker and its record. */
public record ComboMarket(String eventTicker, String marketTicker, Market market) {
}
