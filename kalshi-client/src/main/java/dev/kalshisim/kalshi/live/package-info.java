/**
 * Running a strategy live: {@link dev.kalshisim.kalshi.live.LiveRunner} drives a
 * {@link dev.kalshisim.core.strategy.Strategy} against Kalshi, its demo or the simulator, with
 * the REST client and the WebSocket stream behind two small ports ({@link
 * dev.kalshisim.kalshi.live.OrderGateway}, {@link dev.kalshisim.kalshi.live.EventStream}) so tests can
 * script the venue. {@link dev.kalshisim.kalshi.live.BlackoutSchedule} keeps new orders out of
 * windows before scheduled data releases.
 */
package dev.kalshisim.kalshi.live;
