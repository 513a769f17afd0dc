/**
 * Running a strategy live: {@link dev.kalshisim.core.live.LiveRunner} drives a
 * {@link dev.kalshisim.core.strategy.Strategy} against Kalshi, its demo or the simulator, with
 * the REST client and the WebSocket stream behind two small ports ({@link
 * dev.kalshisim.core.live.OrderGateway}, {@link dev.kalshisim.core.live.EventStream}) so tests can
 * script the venue. {@link dev.kalshisim.core.live.BlackoutSchedule} keeps new orders out of
 * windows before scheduled data releases.
 */
package dev.kalshisim.core.live;
