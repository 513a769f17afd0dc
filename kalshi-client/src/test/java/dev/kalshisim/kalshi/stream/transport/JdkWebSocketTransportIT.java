package dev.kalshisim.kalshi.stream.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JdkWebSocketTransportIT {

    private final JdkWebSocketTransport transport = JdkWebSocketTransport.create();
    private final RecordingListener listener = new RecordingListener();
    private RawWebSocketServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new RawWebSocketServer();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void upgradeCarriesTheGivenHeadersOnTheGivenPath() throws Exception {
        CompletableFuture<WebSocketConnection> connecting = transport.connect(server.uri("/trade-api/ws/v2"),
                Map.of("KALSHI-ACCESS-KEY", "key-id", "KALSHI-ACCESS-TIMESTAMP", "1700000000000"), listener);

        server.acceptUpgrade();
        connecting.get();

        assertThat(server.requestLine()).startsWith("GET /trade-api/ws/v2 ");
        assertThat(server.requestHeaders()).containsEntry("kalshi-access-key", "key-id")
                .containsEntry("kalshi-access-timestamp", "1700000000000");
    }

    @Test
    void aServerPingIsAnsweredWithAPongWithoutTheCallersHelp() throws Exception {
        CompletableFuture<WebSocketConnection> connecting = transport.connect(server.uri("/"), Map.of(), listener);
        server.acceptUpgrade();
        connecting.get();

        server.sendFrame(RawWebSocketServer.PING, true, "heartbeat".getBytes(StandardCharsets.US_ASCII));

        RawWebSocketServer.Frame reply = server.readFrame();
        assertThat(reply.opcode()).isEqualTo(RawWebSocketServer.PONG);
        assertThat(reply.text()).isEqualTo("heartbeat");
        assertThat(listener.events.take()).isEqualTo("ping:heartbeat");
    }

    @Test
    void fragmentedTextArrivesAsOneMessage() throws Exception {
        CompletableFuture<WebSocketConnection> connecting = transport.connect(server.uri("/"), Map.of(), listener);
        server.acceptUpgrade();
        connecting.get();

        server.sendFrame(RawWebSocketServer.TEXT, false, "{\"type\":".getBytes(StandardCharsets.UTF_8));
        server.sendFrame(RawWebSocketServer.CONTINUATION, true, "\"ticker\"}".getBytes(StandardCharsets.UTF_8));
        server.sendText("second");

        assertThat(listener.events.take()).isEqualTo("text:{\"type\":\"ticker\"}");
        assertThat(listener.events.take()).isEqualTo("text:second");
    }

    @Test
    void sendsGoOutInOrderAndPingsReachTheServer() throws Exception {
        CompletableFuture<WebSocketConnection> connecting = transport.connect(server.uri("/"), Map.of(), listener);
        server.acceptUpgrade();
        WebSocketConnection connection = connecting.get();

        for (int i = 1; i <= 20; i++) {
            connection.sendText("{\"id\":" + i + "}");
        }
        connection.sendPing("client".getBytes(StandardCharsets.US_ASCII));

        for (int i = 1; i <= 20; i++) {
            RawWebSocketServer.Frame frame = server.readFrame();
            assertThat(frame.opcode()).isEqualTo(RawWebSocketServer.TEXT);
            assertThat(frame.text()).isEqualTo("{\"id\":" + i + "}");
        }
        RawWebSocketServer.Frame ping = server.readFrame();
        assertThat(ping.opcode()).isEqualTo(RawWebSocketServer.PING);
        assertThat(ping.text()).isEqualTo("client");
    }

    @Test
    void aServerCloseIsReported() throws Exception {
        CompletableFuture<WebSocketConnection> connecting = transport.connect(server.uri("/"), Map.of(), listener);
        server.acceptUpgrade();
        connecting.get();

        server.sendFrame(RawWebSocketServer.CLOSE, true, new byte[] {0x03, (byte) 0xE8, 'b', 'y', 'e'});

        assertThat(listener.events.take()).isEqualTo("closed:1000:bye");
    }

    @Test
    void aRefusedUpgradeFailsTheConnect() throws Exception {
        CompletableFuture<WebSocketConnection> connecting = transport.connect(server.uri("/"), Map.of(), listener);

        server.refuseUpgrade(401);

        assertThatThrownBy(connecting::get).isInstanceOf(ExecutionException.class)
                .cause().hasMessageContaining("refused with HTTP 401");
        assertThat(listener.events).isEmpty();
    }

    private static final class RecordingListener implements TransportListener {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        @Override
        public void onText(String text) {
            events.add("text:" + text);
        }

        @Override
        public void onPing(byte[] payload) {
            events.add("ping:" + new String(payload, StandardCharsets.US_ASCII));
        }

        @Override
        public void onClosed(int statusCode, String reason) {
            events.add("closed:" + statusCode + ":" + reason);
        }

        @Override
        public void onError(Throwable error) {
            events.add("error:" + error);
        }
    }
}
