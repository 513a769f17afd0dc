/**
 * Strategies bundled with kalshi-sim, written only against {@code core}'s strategy API, so each
 * runs unchanged in a backtest, against the simulator and against Kalshi.
 *
 * <p>{@link dev.kalshisim.strategies.BundledStrategies} registers them with the
 * {@link dev.kalshisim.core.strategy.StrategyCatalog} through {@link java.util.ServiceLoader}.
 */
package dev.kalshisim.strategies;
