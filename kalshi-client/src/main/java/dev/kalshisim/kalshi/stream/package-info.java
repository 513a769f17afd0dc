/**
 * The Kalshi WebSocket client: {@link dev.kalshisim.kalshi.stream.KalshiWebSocketClient} opens an
 * authenticated connection, sends commands and matches their replies, hands channel messages to
 * listeners, keeps itself alive with pings, and reconnects with backoff and jitter, resubscribing
 * what was open. Messages live in {@code stream.message}, local order books in {@code stream.book},
 * the socket in {@code stream.transport}.
 *
 * <p>Package-private classes here are internals of the client.
 */
package dev.kalshisim.kalshi.stream;
