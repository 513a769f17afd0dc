package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.sim.engine.retention.LiveWindow;
import dev.kalshisim.sim.history.HistoryConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Kalshi's {@code /historical} endpoints over the simulator: after the live window passes,
 * finished orders, fills, trades and a settled market with its positions and candlesticks are
 * served there and no longer on the live endpoints; resting orders stay live; the cutoff moves.
 */
@Timeout(60)
class HistoricalEndpointsIT {

    private static final long WINDOW_MILLIS = 60_000;

    private SimHarness sim;
    private SimMember alice;
    private SimMember bob;
    private String restingId;
    private String takerId;

    @BeforeEach
    void trade() {
        HistoryConfig history = HistoryConfig.defaults()
                .withLive(LiveWindow.defaults().withWindow(Duration.ofMillis(WINDOW_MILLIS)));
        sim = new SimHarness(ServerConfig.defaults().withHistory(history));
        alice = sim.member("1000.00", "prestige");
        bob = sim.member("1000.00", "prestige");
        sim.market("HX");
        sim.market("HS");
        SimHarness.check(bob.order("HX", "ask", "0.40", "3"), 201);
        Reply taken = alice.order("HX", "bid", "0.40", "2");
        SimHarness.check(taken, 201);
        takerId = taken.json().path("order_id").asText();
        Reply resting = alice.order("HX", "bid", "0.10", "1");
        SimHarness.check(resting, 201);
        restingId = resting.json().path("order_id").asText();
        SimHarness.check(bob.order("HS", "ask", "0.30", "1"), 201);
        SimHarness.check(alice.order("HS", "bid", "0.30", "1"), 201);
        SimHarness.check(sim.control("POST", "/markets/HS/settle", "{\"result\":\"yes\"}"), 200);
        assertThat(sim.raw("GET", "/trade-api/v2/historical/cutoff", null).json().path("trades_created_ts").asText())
                .isEqualTo("1970-01-01T00:00:00Z");
        sim.advanceMillis(WINDOW_MILLIS + 1_000);
        // Eviction runs after engine commands: any order does.
        SimHarness.check(bob.order("HX", "ask", "0.90", "1"), 201);
    }

    @AfterEach
    void close() {
        assertThat(sim.violations()).isEmpty();
        sim.close();
    }

    @Test
    void finishedOrdersFillsAndTradesMoveAndRestingOrdersStay() {
        assertThat(ids(alice.get("/portfolio/orders").json(), "orders", "order_id")).containsExactly(restingId);
        assertThat(ids(alice.get("/historical/orders").json(), "orders", "order_id")).contains(takerId)
                .doesNotContain(restingId);
        assertThat(alice.get("/portfolio/fills").json().path("fills")).isEmpty();
        assertThat(sim.raw("GET", "/trade-api/v2/markets/trades", null).json().path("trades")).isEmpty();
        assertThat(sim.raw("GET", "/trade-api/v2/historical/trades", null).json().path("trades")).hasSize(2);
        assertThat(sim.raw("GET", "/trade-api/v2/historical/trades?ticker=HX", null).json().path("trades")).hasSize(1);
        assertThat(alice.get("/historical/fills?ticker=HS").json().path("fills")).hasSize(1);
        assertThat(bob.get("/historical/fills").json().path("fills")).hasSize(2);

        JsonNode cutoff = sim.raw("GET", "/trade-api/v2/historical/cutoff", null).json();
        Instant now = Instant.ofEpochMilli(sim.nowMillis());
        assertThat(Instant.parse(cutoff.path("trades_created_ts").asText()))
                .isEqualTo(now.minusMillis(WINDOW_MILLIS));
        assertThat(Instant.parse(cutoff.path("orders_updated_ts").asText())).isAfter(Instant.EPOCH);
        assertThat(Instant.parse(cutoff.path("market_settled_ts").asText())).isAfter(Instant.EPOCH);
        assertThat(cutoff.path("market_positions_last_updated_ts").asText())
                .isEqualTo(cutoff.path("market_settled_ts").asText());
    }

    @Test
    void historicalFillsPageWithCursors() {
        List<String> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = bob.get("/historical/fills?limit=1" + (cursor.isEmpty() ? "" : "&cursor=" + cursor)).json();
            page.path("fills").forEach(fill -> seen.add(fill.path("fill_id").asText()));
            cursor = page.path("cursor").asText();
            pages++;
        } while (!cursor.isEmpty() && pages < 10);
        assertThat(pages).isEqualTo(2);
        assertThat(seen).hasSize(2).doesNotHaveDuplicates();
        assertThat(bob.get("/historical/fills?cursor=bm9wZQ").status()).isEqualTo(400);
        assertThat(bob.get("/historical/fills?limit=0").status()).isEqualTo(400);
    }

    @Test
    void aSettledMarketMovesWithItsPositionsAndCandles() {
        assertThat(sim.raw("GET", "/trade-api/v2/markets/HS", null).status()).isEqualTo(404);
        assertThat(sim.raw("GET", "/trade-api/v2/markets/HX", null).status()).isEqualTo(200);
        JsonNode market = sim.raw("GET", "/trade-api/v2/historical/markets/HS", null).json().path("market");
        assertThat(market.path("ticker").asText()).isEqualTo("HS");
        assertThat(market.path("result").asText()).isEqualTo("yes");
        assertThat(sim.raw("GET", "/trade-api/v2/historical/markets/HX", null).status()).isEqualTo(404);
        assertThat(ids(sim.raw("GET", "/trade-api/v2/historical/markets?event_ticker=HS-EV", null).json(),
                "markets", "ticker")).containsExactly("HS");
        assertThat(sim.raw("GET", "/trade-api/v2/historical/markets?event_ticker=HS-EV&series_ticker=SIM", null)
                .status()).isEqualTo(400);

        JsonNode positions = alice.get("/historical/positions").json();
        assertThat(ids(positions, "market_positions", "ticker")).containsExactly("HS");
        assertThat(positions.path("event_positions").get(0).path("event_ticker").asText()).isEqualTo("HS-EV");
        assertThat(ids(alice.get("/portfolio/positions").json(), "market_positions", "ticker")).containsExactly("HX");

        long start = SimHarness.START_MILLIS / 1000 - 60;
        long end = start + 3_600;
        JsonNode candles = sim.raw("GET", "/trade-api/v2/historical/markets/HS/candlesticks?start_ts=" + start
                + "&end_ts=" + end + "&period_interval=1", null).json();
        assertThat(candles.path("ticker").asText()).isEqualTo("HS");
        JsonNode candle = candles.path("candlesticks").get(0);
        assertThat(candle.path("volume").asText()).isEqualTo("1.00");
        assertThat(candle.path("price").path("close").asText()).isEqualTo("0.3000");
        assertThat(candle.path("yes_bid").has("open")).isTrue();
        assertThat(candle.path("price").has("previous")).isTrue();
    }

    @Test
    void memberEndpointsNeedASignatureAndResetEmptiesTheStore() {
        assertThat(sim.raw("GET", "/trade-api/v2/historical/fills", null).status()).isEqualTo(401);
        assertThat(sim.raw("GET", "/trade-api/v2/historical/orders", null).status()).isEqualTo(401);
        assertThat(sim.raw("GET", "/trade-api/v2/historical/positions", null).status()).isEqualTo(401);
        SimHarness.check(sim.control("POST", "/reset", null), 200);
        assertThat(sim.raw("GET", "/trade-api/v2/historical/trades", null).json().path("trades")).isEmpty();
        assertThat(sim.raw("GET", "/trade-api/v2/historical/cutoff", null).json().path("market_settled_ts").asText())
                .isEqualTo("1970-01-01T00:00:00Z");
    }

    private static List<String> ids(JsonNode page, String list, String field) {
        List<String> out = new ArrayList<>();
        page.path(list).forEach(item -> out.add(item.path(field).asText()));
        return out;
    }
}
