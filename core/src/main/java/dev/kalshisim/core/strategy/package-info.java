/**
 * The runtime-neutral strategy API: one {@link dev.kalshisim.core.strategy.Strategy} runs
 * unchanged in a virtual-time backtest, against the simulator and against Kalshi's demo or live
 * API.
 *
 * <p>A strategy receives {@link dev.kalshisim.core.strategy.StrategyEvent}s and acts through a
 * {@link dev.kalshisim.core.strategy.StrategyContext}. Every action is an asynchronous
 * {@link dev.kalshisim.core.strategy.StrategyCommand}: acceptance, rejection and fills come back
 * as events in every runtime, so nothing a strategy does depends on how fast its venue answers.
 *
 * <p>Runners (backtest, live) implement {@link dev.kalshisim.core.strategy.StrategyRuntime} and
 * drive the strategy through a {@link dev.kalshisim.core.strategy.StrategyDriver}, which owns the
 * bookkeeping every runtime shares (books, positions, open orders, timers, client order ids), so
 * that bookkeeping is identical in backtest and live. Strategies are found by name in a
 * {@link dev.kalshisim.core.strategy.StrategyCatalog} loaded with {@link java.util.ServiceLoader}.
 */
package dev.kalshisim.core.strategy;
