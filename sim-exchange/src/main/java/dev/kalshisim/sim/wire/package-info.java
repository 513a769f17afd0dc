/**
 * The edge between the engine and Kalshi's wire records, in one place for every venue that answers
 * in them: V2 order requests as engine commands ({@code OrderCommands}), accepted results as V2
 * responses ({@code OrderAnswers}), refusals as Kalshi errors ({@code Rejections}), and engine
 * events as WebSocket message bodies ({@code MemberPayloads}, {@code MarketPayloads}). The REST
 * routes, the WebSocket feed and the backtest's venue all use it, so they cannot drift apart.
 */
package dev.kalshisim.sim.wire;
