/**
 * The socket under the WebSocket client, behind a narrow interface so the client's protocol logic
 * can be tested against a fake: {@link dev.kalshisim.kalshi.stream.transport.WebSocketTransport} opens
 * connections, {@link dev.kalshisim.kalshi.stream.transport.JdkWebSocketTransport} is the real one over
 * {@code java.net.http}.
 */
package dev.kalshisim.kalshi.stream.transport;
