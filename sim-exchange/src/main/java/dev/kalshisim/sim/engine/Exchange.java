package dev.kalshisim.sim.engine;

import dev.kalshisim.core.time.Clock;

/**
 * The simulated exchange: the only entry point to the engine's state, as the union of its narrow
 * ports ({@link TradingPort}, {@link Accounts}, {@link ExchangeQueries}, {@link ExchangeAdmin},
 * {@link MarketSettlement}, {@link EventSource}, {@link Subaccounts}, {@link OrderGroupPort}). The server
 * takes the whole; a caller that needs one part (a backtest trades through {@link TradingPort}) takes
 * only that port.
 *
 * <p>Thread-safe: every call runs under one lock, so commands apply one at a time and the state is
 * a deterministic function of the order of calls and the clock. Expected refusals are values
 * ({@link dev.kalshisim.sim.engine.result().RejectReason} inside a result), never exceptions;
 * exceptions mean programmer errors such as a null required argument. Every state change is
 * published to the {@linkplain #addListener listeners} in the order it was applied. Lists are
 * newest first unless a method says otherwise.
 */
public interface Exchange extends TradingPort, Accounts, ExchangeQueries, ExchangeAdmin, MarketSettlement,
        EventSource, Subaccounts, OrderGroupPort {

    /** The clock the engine reads all time from. */
    Clock clock();
}
