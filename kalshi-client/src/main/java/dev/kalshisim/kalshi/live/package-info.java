/**
 * The live venue: {@link dev.kalshisim.kalshi.live.KalshiVenue} puts Kalshi (its demo, or the
 * simulator) behind the ports of core's runtime ({@link dev.kalshisim.kalshi.live.ClientOrderGateway},
 * {@link dev.kalshisim.kalshi.live.ClientAccountReader}, {@link
 * dev.kalshisim.kalshi.live.WebSocketEventStream}), translating the client's failures into typed
 * rejections; {@link dev.kalshisim.kalshi.live.LiveRunner} wires it with core's {@link
 * dev.kalshisim.core.runtime.StrategyRunner} on a threaded loop. The runtime itself (bookkeeping,
 * routing, reconciliation, blackout windows) lives in {@code dev.kalshisim.core.runtime}.
 */
package dev.kalshisim.kalshi.live;
