/**
 * The simulated exchange's state machine: catalog, order books, matching, ledger and settlement.
 *
 * <p>The public surface is {@link dev.kalshisim.sim.engine.Exchange} (implemented by
 * {@link dev.kalshisim.sim.engine.MatchingExchange}), its command records ({@code PlaceOrder},
 * {@code AmendCommand}, {@code DecreaseCommand}, the catalog specs and query filters), its results
 * ({@code OrderResult}, {@code CancelResult}, {@code EngineResult} with a {@code RejectReason}), the
 * {@code ExchangeEvent} stream, and the pluggable {@code FeeSchedule}. Everything else here is
 * package-private and not a published API.
 *
 * <p>Units inside the engine: prices in 1/10,000 dollar on each order's own outcome leg, counts in
 * hundredths of a contract, money in micro-dollars, time in epoch nanoseconds from the injected
 * clock. No HTTP, no system time, no unseeded randomness.
 */
package dev.kalshisim.sim.engine;
