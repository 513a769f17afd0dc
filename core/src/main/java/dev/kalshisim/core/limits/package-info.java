/**
 * Kalshi's rate-limit model: a {@link dev.kalshisim.core.limits.TokenBucket} per bucket kind, the
 * published {@link dev.kalshisim.core.limits.TierTable} and the per-endpoint
 * {@link dev.kalshisim.core.limits.EndpointCosts}. The simulator enforces them; the client uses the
 * same types to pace itself. Tables are data (JSON resources next to these classes), not code.
 */
package dev.kalshisim.core.limits;
