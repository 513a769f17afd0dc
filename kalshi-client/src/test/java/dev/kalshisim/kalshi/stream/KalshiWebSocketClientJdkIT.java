package dev.kalshisim.kalshi.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.auth.SignatureVerifier;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.kalshi.stream.book.BookKeeper;
import dev.kalshisim.kalshi.stream.book.BookSnapshot;
import dev.kalshisim.core.wire.stream.Command;
import dev.kalshisim.core.wire.stream.StreamCodec;
import dev.kalshisim.core.wire.stream.Subscribe;
import dev.kalshisim.core.wire.stream.SubscribeParams;
import dev.kalshisim.core.wire.stream.SubscriptionInfo;
import dev.kalshisim.kalshi.stream.transport.JdkWebSocketTransport;
import dev.kalshisim.kalshi.stream.transport.RawWebSocketServer;
import dev.kalshisim.core.time.VirtualClock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real client over {@code java.net.http} against a raw loopback WebSocket server: signed
 * upgrade, a subscription feeding a book, the automatic pong, and a reconnect that restores the
 * subscription. Time is virtual, so only the socket runs on its own; nothing sleeps.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class KalshiWebSocketClientJdkIT {

    private final StreamCodec codec = StreamCodec.create();
    private final VirtualClock clock = VirtualClock.atMillis(1_700_000_000_000L);
    private RawWebSocketServer server;
    private KalshiWebSocketClient client;

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSubscriptionFeedsABookAndSurvivesAReconnect() throws Exception {
        server = new RawWebSocketServer();
        StreamConfig config = StreamConfig.of(server.uri(WebSocketUrls.PATH), TestKeys.credentials("key-id-1"));
        client = KalshiWebSocketClient.create(config, JdkWebSocketTransport.create(), clock, new Random(3));
        BookKeeper keeper = client.attachBookKeeper();
        CompletableFuture<BookSnapshot> live = new CompletableFuture<>();
        keeper.addListener(book -> {
            if (book.snapshot().isLive()) {
                live.complete(book.snapshot());
            }
        });
        CompletableFuture<Long> dropped = new CompletableFuture<>();
        client.onConnection(new ConnectionListener() {
            @Override
            public void onDisconnected(String reason, long reconnectInNanos) {
                dropped.complete(reconnectInNanos);
            }
        });

        CompletableFuture<Void> connecting = client.connect();
        server.acceptUpgrade();
        connecting.get();
        assertThat(new SignatureVerifier(TestKeys.FIRST.getPublic()).verify(1_700_000_000_000L, "GET",
                "/trade-api/ws/v2", server.requestHeaders().get("kalshi-access-signature"))).isTrue();

        CompletableFuture<List<SubscriptionInfo>> subscribed = client.subscribe(SubscribeParams.orderbook(List.of("A"), false));
        Command sent = codec.readCommand(server.readFrame().text());
        assertThat(sent).isEqualTo(new Subscribe(1, SubscribeParams.orderbook(List.of("A"), false)));
        server.sendText("{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}");
        server.sendText("{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":1,\"msg\":{\"market_ticker\":\"A\","
                + "\"market_id\":\"m\",\"yes_dollars_fp\":[[\"0.4000\",\"10.00\"]],\"no_dollars_fp\":[[\"0.5500\",\"2.00\"]]}}");
        assertThat(subscribed.get()).containsExactly(new SubscriptionInfo("orderbook_delta", 1));
        assertThat(live.get().bestYesAsk().orElseThrow().price().toString()).isEqualTo("0.4500");

        server.sendFrame(RawWebSocketServer.PING, true, "heartbeat".getBytes(StandardCharsets.US_ASCII));
        RawWebSocketServer.Frame pong = server.readFrame();
        assertThat(pong.opcode()).isEqualTo(RawWebSocketServer.PONG);

        server.sendFrame(RawWebSocketServer.CLOSE, true, new byte[] {0x03, (byte) 0xF3});
        clock.advanceBy(dropped.get());
        server.acceptUpgrade();
        Command restored = codec.readCommand(server.readFrame().text());

        assertThat(restored).isInstanceOfSatisfying(Subscribe.class,
                subscribe -> assertThat(subscribe.params().marketTickers()).containsExactly("A"));
    }
}
