/**
 * The strategy runtime, which knows no HTTP: {@link dev.kalshisim.core.runtime.StrategyRunner}
 * drives a {@link dev.kalshisim.core.strategy.Strategy} against a {@link
 * dev.kalshisim.core.runtime.Venue} (three ports: {@link dev.kalshisim.core.runtime.OrderGateway},
 * {@link dev.kalshisim.core.runtime.EventStream}, {@link dev.kalshisim.core.runtime.AccountReader},
 * in core's wire records) on a {@link dev.kalshisim.core.runtime.RuntimeLoop} (a thread on the wall
 * clock, or callbacks of a virtual clock), and writes one {@link
 * dev.kalshisim.core.runtime.RunResult}.
 *
 * <p>Inside: order bookkeeping ({@code OrderLedger}, {@code TrackedOrder}, {@code FillTranslator}),
 * command routing ({@code CommandRouter}: new risk refused in blackouts and while stopping, cancels
 * and decreases always sent; {@code CancelSender}: cancels batched, and every open order cancelled
 * before a run ends), reconciliation
 * after a reconnect ({@code Reconciler}), {@link dev.kalshisim.core.runtime.BlackoutSchedule
 * blackout windows}, the balance ({@code BalanceKeeper}) and market subscriptions ({@code
 * MarketSubscriber}). Venue adapters live elsewhere: Kalshi's in kalshi-client, the in-memory test
 * venue in testkit; none may be imported here.
 */
package dev.kalshisim.core.runtime;
