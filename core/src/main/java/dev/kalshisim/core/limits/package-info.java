/**
 * Kalshi's rate-limit model: a {@link dev.kalshisim.core.limits.TokenBucket} per bucket kind, the
 * published {@link dev.kalshisim.core.limits.TierTable} and the per-endpoint
 * {@link dev.kalshisim.core.limits.EndpointCosts}. The simulator enforces them; the client paces
 * itself with a {@link dev.kalshisim.core.limits.Pacer} (token waits, cancels first, emptying after a
 * 429, all on the injected clock), which a backtest uses the same way. Tables are data (JSON
 * resources next to these classes), not code.
 */
package dev.kalshisim.core.limits;
