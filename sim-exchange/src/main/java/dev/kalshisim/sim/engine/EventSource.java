package dev.kalshisim.sim.engine;

import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.event.ExchangeListener;




/** Where the exchange's {@link ExchangeEvent}s can be followed. */
public interface EventSource {

    /** Registers {@code listener} for all events from now on. */
    void addListener(ExchangeListener listener);

    void removeListener(ExchangeListener listener);
}
