package dev.kalshisim.sim.engine.event;

/**
 * Receives every {@link ExchangeEvent} in the order the engine applied it.
 *
 * <p>Called on the thread that ran the command, while the engine's lock is held, after the command's
 * state change is complete; so events of different commands never interleave. A listener must be
 * quick and must not call the exchange's mutating methods (they throw {@link IllegalStateException}
 * during dispatch); queries are allowed. An exception thrown by a listener is logged and does not
 * undo the command or stop other listeners.
 */
@FunctionalInterface
public interface ExchangeListener {

    void onEvent(ExchangeEvent event);
}
