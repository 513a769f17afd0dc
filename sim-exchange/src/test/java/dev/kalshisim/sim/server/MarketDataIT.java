package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Public market data through the running server. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MarketDataIT {

    private SimHarness sim;
    private SimMember member;

    @BeforeEach
    void start() {
        sim = new SimHarness();
        member = sim.member();
        sim.market("MD-1");
        sim.market("MD-2");
        sim.market("MD-3");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private JsonNode get(String path) {
        Reply reply = sim.raw("GET", "/trade-api/v2" + path, null);
        assertThat(reply.status()).as(path + " " + reply).isEqualTo(200);
        return reply.json();
    }

    @Test
    void exchangeStatusAndSchedule() {
        JsonNode status = get("/exchange/status");
        assertThat(status.get("exchange_active").asBoolean()).isTrue();
        assertThat(status.get("trading_active").asBoolean()).isTrue();
        JsonNode hours = get("/exchange/schedule").get("schedule").get("standard_hours").get(0);
        assertThat(hours.get("monday").get(0).get("open_time").asText()).isEqualTo("00:00");
        assertThat(member.get("/exchange/user_data_timestamp").json().get("as_of_time").asText())
                .isEqualTo("2026-09-01T12:00:00Z");
    }

    @Test
    void marketsPageWithOpaqueCursors() {
        JsonNode first = get("/markets?limit=2");
        assertThat(first.get("markets")).hasSize(2);
        String cursor = first.get("cursor").asText();
        assertThat(cursor).isNotEmpty();

        JsonNode second = get("/markets?limit=2&cursor=" + cursor);

        assertThat(second.get("markets")).hasSize(1);
        assertThat(second.get("cursor").asText()).isEmpty();
        assertThat(get("/markets").get("markets")).hasSize(3);
        assertThat(sim.raw("GET", "/trade-api/v2/markets?cursor=garbage!", null).status()).isEqualTo(400);
        assertThat(sim.raw("GET", "/trade-api/v2/markets?limit=1001", null).status()).isEqualTo(400);
    }

    @Test
    void marketsFilter() {
        assertThat(get("/markets?tickers=MD-1,MD-3").get("markets")).hasSize(2);
        assertThat(get("/markets?event_ticker=MD-2-EV").get("markets")).hasSize(1);
        assertThat(get("/markets?series_ticker=SIM&status=open").get("markets")).hasSize(3);
        assertThat(get("/markets?status=settled").get("markets")).isEmpty();
        assertThat(sim.raw("GET", "/trade-api/v2/markets?status=bogus", null).status()).isEqualTo(400);
        assertThat(sim.raw("GET", "/trade-api/v2/markets?min_close_ts=1&min_created_ts=1", null).status()).isEqualTo(400);
    }

    @Test
    void oneMarketAndUnknownTicker() {
        JsonNode market = get("/markets/MD-1").get("market");
        assertThat(market.get("ticker").asText()).isEqualTo("MD-1");
        assertThat(market.get("status").asText()).isEqualTo("active");
        assertThat(market.get("event_ticker").asText()).isEqualTo("MD-1-EV");

        Reply missing = sim.raw("GET", "/trade-api/v2/markets/NOPE", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").get("code").asText()).isEqualTo("not_found");
    }

    @Test
    void orderbookDepthAndMultipleBooks() {
        member.order("MD-1", "bid", "0.41", "10");
        member.order("MD-1", "bid", "0.42", "13");
        member.order("MD-1", "ask", "0.44", "17");

        JsonNode book = get("/markets/MD-1/orderbook").get("orderbook_fp");
        assertThat(book.get("yes_dollars").toString()).isEqualTo("[[\"0.4100\",\"10.00\"],[\"0.4200\",\"13.00\"]]");
        assertThat(book.get("no_dollars").toString()).isEqualTo("[[\"0.5600\",\"17.00\"]]");
        JsonNode top = get("/markets/MD-1/orderbook?depth=1").get("orderbook_fp");
        assertThat(top.get("yes_dollars").toString()).isEqualTo("[[\"0.4200\",\"13.00\"]]");

        JsonNode books = get("/markets/orderbooks?tickers=MD-1&tickers=MD-2").get("orderbooks");
        assertThat(books).hasSize(2);
        assertThat(books.get(1).get("ticker").asText()).isEqualTo("MD-2");
        assertThat(books.get(1).get("orderbook_fp").get("yes_dollars")).isEmpty();
        assertThat(sim.raw("GET", "/trade-api/v2/markets/MD-1/orderbook?depth=101", null).status()).isEqualTo(400);
        assertThat(sim.raw("GET", "/trade-api/v2/markets/NOPE/orderbook", null).status()).isEqualTo(404);
    }

    @Test
    void tradesAndCandlesticksFromFills() {
        SimMember other = sim.member();
        member.order("MD-1", "bid", "0.40", "5");
        other.order("MD-1", "ask", "0.40", "2");
        sim.advanceMillis(61_000);
        other.order("MD-1", "ask", "0.40", "3");

        JsonNode trades = get("/markets/trades?ticker=MD-1").get("trades");
        assertThat(trades).hasSize(2);
        assertThat(trades.get(0).get("count_fp").asText()).isEqualTo("3.00");

        long start = SimHarness.START_MILLIS / 1000 - 60;
        long end = start + 600;
        JsonNode candles = get("/series/SIM/markets/MD-1/candlesticks?start_ts=" + start + "&end_ts=" + end
                + "&period_interval=1").get("candlesticks");
        assertThat(candles.size()).isGreaterThanOrEqualTo(2);
        long volume = 0;
        for (JsonNode candle : candles) {
            assertThat(candle.has("yes_bid")).isTrue();
            assertThat(candle.has("yes_ask")).isTrue();
            volume += Math.round(Double.parseDouble(candle.get("volume_fp").asText()));
        }
        assertThat(volume).isEqualTo(5);

        JsonNode batch = get("/markets/candlesticks?market_tickers=MD-1,MD-2&start_ts=" + start + "&end_ts=" + end
                + "&period_interval=60").get("markets");
        assertThat(batch).hasSize(2);
        assertThat(batch.get(0).get("candlesticks").get(0).get("price").get("close_dollars").asText()).isEqualTo("0.4000");
        assertThat(sim.raw("GET", "/trade-api/v2/markets/candlesticks?market_tickers=MD-1&start_ts=0&end_ts=10"
                + "&period_interval=5", null).status()).isEqualTo(400);
        assertThat(sim.raw("GET", "/trade-api/v2/series/OTHER/markets/MD-1/candlesticks?start_ts=0&end_ts=10"
                + "&period_interval=1", null).status()).isEqualTo(404);
    }

    @Test
    void eventsAndSeries() {
        JsonNode events = get("/events").get("events");
        assertThat(events).hasSize(3);
        JsonNode event = get("/events/MD-2-EV?with_nested_markets=true").get("event");
        assertThat(event.get("series_ticker").asText()).isEqualTo("SIM");
        assertThat(event.get("markets")).hasSize(1);
        assertThat(get("/series").get("series")).hasSize(1);
        assertThat(get("/series/SIM").get("series").get("fee_type").asText()).isEqualTo("quadratic");
        assertThat(sim.raw("GET", "/trade-api/v2/events/NOPE", null).status()).isEqualTo(404);
        assertThat(sim.raw("GET", "/trade-api/v2/series/NOPE", null).status()).isEqualTo(404);
    }

    @Test
    void requestsJettyRefusesStillGetKalshiJson() throws Exception {
        int port = sim.server.port();
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /trade-api/v2/markets/%2F%2E%2E HTTP/1.1\r\nHost: x\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 4");
            assertThat(answer).contains("{\"error\":{\"code\":");
        }
    }

    @Test
    void unknownPathsAndMethodsAreKalshiErrors() {
        Reply unknown = sim.raw("GET", "/trade-api/v2/nothing/here", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");
        Reply wrongMethod = sim.raw("PUT", "/trade-api/v2/markets", "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(sim.raw("GET", "/elsewhere", null).status()).isEqualTo(404);
    }
}
