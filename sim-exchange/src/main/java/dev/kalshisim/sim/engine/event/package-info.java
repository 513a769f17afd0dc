/**
 * The engine's event stream: {@link dev.kalshisim.sim.engine.event.ExchangeEvent} (stamped with the
 * clock's epoch nanoseconds), its listener, and the sink that numbers events and hands them out once
 * a command is complete. Every service that changes state emits through the one sink.
 */
package dev.kalshisim.sim.engine.event;
