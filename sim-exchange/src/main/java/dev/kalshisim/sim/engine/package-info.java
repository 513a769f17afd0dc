/**
 * The simulated exchange's facade: {@link dev.kalshisim.sim.engine.Exchange}, the union of its
 * narrow ports ({@link dev.kalshisim.sim.engine.TradingPort}, {@link dev.kalshisim.sim.engine.Accounts},
 * {@link dev.kalshisim.sim.engine.ExchangeQueries}, {@link dev.kalshisim.sim.engine.ExchangeAdmin},
 * {@link dev.kalshisim.sim.engine.MarketSettlement}, {@link dev.kalshisim.sim.engine.EventSource},
 * {@link dev.kalshisim.sim.engine.OrderGroupPort}),
 * and {@link dev.kalshisim.sim.engine.MatchingExchange}, which wires the services of the
 * subpackages together and runs every call under one command lock.
 *
 * <p>The subpackages, bottom up (each depends only on those before it): {@code time},
 * {@code fee}, {@code config}, {@code result}, {@code event}, {@code catalog}, {@code ledger},
 * {@code book}, {@code order}, {@code group}, {@code settlement}, {@code query}, {@code retention}. Each service
 * owns its part of the state and the others reach it through its methods.
 *
 * <p>Units inside the engine: prices in 1/10,000 dollar on each order's own outcome leg, counts in
 * hundredths of a contract, money in micro-dollars, time in epoch nanoseconds from the injected
 * clock. No HTTP, no system time, no unseeded randomness.
 */
package dev.kalshisim.sim.engine;
