/**
 * Kalshi's WebSocket API for the simulator ({@code /trade-api/ws/v2}): turns the engine's
 * {@code ExchangeEvent}s into Kalshi's channel messages, answers the subscription commands, and
 * sends each connection's messages through its own bounded queue.
 *
 * <p>The published API is {@link dev.kalshisim.sim.feed.KalshiFeed} (mount, start, stop),
 * {@link dev.kalshisim.sim.feed.FeedConfig}, {@link dev.kalshisim.sim.feed.FeedFaults} (for the
 * control plane) and {@link dev.kalshisim.sim.feed.MarketIds}; every other type is internal.
 *
 * <p>Messages are the records of {@code dev.kalshisim.core.wire.stream}, written by core's
 * {@code StreamCodec}, so the project's client and this server agree on every field by construction.
 */
package dev.kalshisim.sim.feed;
