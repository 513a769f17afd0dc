package dev.kalshisim.kalshi.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebSocketUrlsTest {

    @Test
    void kalshisRestBasesMapToTheirWebSocketUrls() {
        assertThat(WebSocketUrls.fromRestBase("https://api.elections.kalshi.com/trade-api/v2"))
                .isEqualTo(URI.create("wss://api.elections.kalshi.com/trade-api/ws/v2"));
        assertThat(WebSocketUrls.fromRestBase("https://demo-api.kalshi.co/trade-api/v2/"))
                .isEqualTo(URI.create("wss://demo-api.kalshi.co/trade-api/ws/v2"));
    }

    @Test
    void kalshisExternalApiHostsStreamFromTheirWebSocketHost() {
        assertThat(WebSocketUrls.fromRestBase("https://external-api.demo.kalshi.co/trade-api/v2"))
                .hasToString("wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2");
        assertThat(WebSocketUrls.fromRestBase("https://external-api.kalshi.com/trade-api/v2"))
                .hasToString("wss://external-api-ws.kalshi.com/trade-api/ws/v2");
        assertThat(WebSocketUrls.fromRestBase("https://demo-api.kalshi.co/trade-api/v2"))
                .hasToString("wss://demo-api.kalshi.co/trade-api/ws/v2");
        assertThat(WebSocketUrls.fromRestBase("http://127.0.0.1:8080/trade-api/v2"))
                .hasToString("ws://127.0.0.1:8080/trade-api/ws/v2");
    }

    @Test
    void aPlainHttpSimulatorGetsPlainWs() {
        assertThat(WebSocketUrls.fromRestBase("http://127.0.0.1:18080/trade-api/v2"))
                .isEqualTo(URI.create("ws://127.0.0.1:18080/trade-api/ws/v2"));
        assertThat(WebSocketUrls.fromRestBase("http://localhost:9000"))
                .isEqualTo(URI.create("ws://localhost:9000/trade-api/ws/v2"));
    }

    @Test
    void aWebSocketUrlIsKeptAsGiven() {
        assertThat(WebSocketUrls.fromRestBase("wss://external-api-ws.kalshi.com/trade-api/ws/v2"))
                .isEqualTo(URI.create("wss://external-api-ws.kalshi.com/trade-api/ws/v2"));
    }

    @Test
    void otherSchemesAndPathsAreRefused() {
        assertThatThrownBy(() -> WebSocketUrls.fromRestBase("ftp://example.com/trade-api/v2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebSocketUrls.fromRestBase("https://example.com/api"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/trade-api/v2");
        assertThatThrownBy(() -> WebSocketUrls.fromRestBase("https://example.com/trade-api/v2?x=1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConfigDerivesItsUrlTheSameWay() {
        StreamConfig config = StreamConfig.forRestBase("https://demo-api.kalshi.co/trade-api/v2", null);

        assertThat(config.url()).isEqualTo(URI.create("wss://demo-api.kalshi.co/trade-api/ws/v2"));
        assertThatThrownBy(() -> config.withPing(10, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
