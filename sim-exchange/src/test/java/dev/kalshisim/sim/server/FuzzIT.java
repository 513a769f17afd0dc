package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.sim.server.http.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 1,500 seeded malformed or random requests against the running server: none may be answered with
 * a 5xx or a non-JSON error, and the engine's invariants must hold afterwards.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FuzzIT {

    private static final long SEED = 20_260_901L;
    private static final int REQUESTS = 1_500;

    private static final String[] TEMPLATES = {
        "/exchange/status", "/exchange/schedule", "/exchange/user_data_timestamp", "/markets", "/markets/{t}",
        "/markets/{t}/orderbook", "/markets/orderbooks", "/markets/trades", "/markets/candlesticks",
        "/series/{s}/markets/{t}/candlesticks", "/events", "/events/{e}", "/series", "/series/{s}",
        "/portfolio/balance", "/portfolio/positions", "/portfolio/orders", "/portfolio/orders/{o}",
        "/portfolio/orders/{o}/queue_position", "/portfolio/orders/queue_positions", "/portfolio/fills",
        "/portfolio/settlements", "/portfolio/summary/total_resting_order_value", "/portfolio/events/orders",
        "/portfolio/events/orders/{o}", "/portfolio/events/orders/{o}/amend", "/portfolio/events/orders/{o}/decrease",
        "/portfolio/events/orders/batched", "/portfolio/orders/batched", "/portfolio/orders/{o}/amend",
        "/account/limits", "/account/endpoint_costs", "/account/api_usage_level/upgrade",
        "/account/api_usage_level/volume_progress", "/nope", "/markets/{t}/nope", ""};

    private static final String[] METHODS = {"GET", "GET", "POST", "POST", "DELETE", "PUT", "PATCH"};

    private static final String[] QUERIES = {
        "", "limit=-1", "limit=abc", "limit=0", "limit=1000000", "cursor=zzz", "cursor=", "depth=7", "depth=-3",
        "tickers=FZ-1&tickers=FZ-2", "tickers=", "status=resting", "status=what", "min_ts=-5", "max_ts=99999999999999",
        "start_ts=0&end_ts=99&period_interval=1", "start_ts=9&end_ts=1&period_interval=60", "period_interval=1440",
        "event_ticker=FZ-1-EV", "count_filter=position,total_traded", "count_filter=x", "subaccount=99",
        "exchange_index=-7", "market_tickers=FZ-1", "with_nested_markets=maybe", "limit=1&limit=2"};

    private static final String[] VALUES = {
        "\"FZ-1\"", "\"FZ-2\"", "\"bid\"", "\"ask\"", "\"0.50\"", "\"0.5\"", "\"0.00001\"", "\"1.00\"", "\"0\"", "\"-1\"",
        "\"1e3\"", "\"99999999999999999999\"", "\"\"", "null", "true", "1", "-1", "0.5", "1e400",
        "9223372036854775807", "[]", "{}", "[1,2]", "{\"a\":1}", "\"good_till_canceled\"", "\"immediate_or_cancel\"",
        "\"fill_or_kill\"", "\"taker_at_cross\"", "\"maker\"", "\"yes\"", "\"no\"", "\"buy\"", "\"é\\u0000\""};

    private static final String[] FIELDS = {
        "ticker", "side", "price", "count", "time_in_force", "self_trade_prevention_type", "client_order_id",
        "expiration_time", "post_only", "reduce_only", "subaccount", "exchange_index", "reduce_by", "reduce_to",
        "orders", "order_id", "ids", "action", "yes_price", "count_fp", "updated_client_order_id", "buy_max_cost"};

    private final SimHarness sim = new SimHarness(ServerConfig.defaults().withLegacyOrderWrites(true));
    private final SplittableRandom random = new SplittableRandom(SEED);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void randomAndMalformedRequestsNeverGet5xxAndLeaveTheEngineSound() {
        sim.market("FZ-1");
        sim.market("FZ-2");
        List<SimMember> members = List.of(sim.member("500.00", "prestige"), sim.member("3.00", "prestige"));
        List<String> orderIds = new ArrayList<>(List.of("unknown-order"));
        for (SimMember member : members) {
            orderIds.add(member.order("FZ-1", "bid", "0.40", "3").text("order_id"));
            orderIds.add(member.order("FZ-2", "ask", "0.60", "2").text("order_id"));
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            HttpRequest request = randomRequest(members, orderIds);
            Reply reply = sim.send(request);
            if (reply.status() >= 500) {
                failures.add(request.method() + " " + request.uri() + " -> " + reply);
            } else if (reply.status() != 204 && !isJson(reply.body()) && !isEmptyUpgrade(request, reply)) {
                failures.add(request.method() + " " + request.uri() + " -> non-JSON " + reply);
            }
            if (reply.status() == 201 && reply.body().contains("\"order_id\"")) {
                orderIds.add(reply.json().path("order_id").asText("unknown-order"));
            }
            if (i % 100 == 99) {
                sim.advanceMillis(1_000);
            }
        }

        assertThat(failures).isEmpty();
        assertThat(sim.violations()).isEmpty();
        for (SimMember member : members) {
            assertThat(member.get("/portfolio/balance").json().get("balance").asLong()).isNotNegative();
        }
    }

    private HttpRequest randomRequest(List<SimMember> members, List<String> orderIds) {
        String method = pick(METHODS);
        String path = "/trade-api/v2" + pick(TEMPLATES)
                .replace("{t}", segment(random.nextInt(4) == 0 ? garbage() : pick(new String[] {"FZ-1", "FZ-2", "NOPE"})))
                .replace("{s}", segment(pick(new String[] {"SIM", "X", garbage()})))
                .replace("{e}", segment(pick(new String[] {"FZ-1-EV", "NOPE"})))
                .replace("{o}", segment(random.nextInt(5) == 0 ? garbage() : orderIds.get(random.nextInt(orderIds.size()))));
        String query = pick(QUERIES);
        String body = randomBody();
        if (!method.equals("GET") && random.nextBoolean()) {
            SimMember member = members.get(random.nextInt(members.size()));
            String signedPath = path.substring("/trade-api/v2".length()) + (query.isEmpty() ? "" : "?" + query);
            HttpRequest signed = member.signed(method, signedPath, body, sim.nowMillis());
            return random.nextInt(10) == 0
                    ? HttpRequest.newBuilder(signed, (name, value) -> !name.equals("KALSHI-ACCESS-SIGNATURE"))
                            .header("KALSHI-ACCESS-SIGNATURE", "AAAA").build()
                    : signed;
        }
        if (random.nextInt(3) > 0) {
            SimMember member = members.get(random.nextInt(members.size()));
            return member.signed(method, path.substring("/trade-api/v2".length()) + (query.isEmpty() ? "" : "?" + query),
                    body, sim.nowMillis());
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return HttpRequest.newBuilder(URI.create(sim.baseUrl() + path + (query.isEmpty() ? "" : "?" + query)))
                .method(method, publisher).build();
    }

    private String randomBody() {
        switch (random.nextInt(8)) {
            case 0:
                return null;
            case 1:
                return pick(new String[] {"{", "[", "nul", "{\"a\":}", "\u0000\u0001", "{\"ticker\":\"FZ-1\",\"ticker\":\"FZ-2\"}",
                    "{} {}", "\"just a string\"", "12", "[{}]"});
            case 2:
                return "{\"orders\":[" + randomObject() + "," + randomObject() + "]}";
            case 3:
                return "{\"ids\":[" + pick(VALUES) + "]}";
            default:
                return randomObject();
        }
    }

    /** A plausible order body with some fields dropped, replaced or added. */
    private String randomObject() {
        StringBuilder json = new StringBuilder("{");
        String[] base = {"\"ticker\":\"FZ-1\"", "\"side\":\"" + (random.nextBoolean() ? "bid" : "ask") + "\"",
            "\"price\":\"0." + (30 + random.nextInt(40)) + "\"", "\"count\":\"" + (1 + random.nextInt(5)) + "\"",
            "\"time_in_force\":\"good_till_canceled\"", "\"self_trade_prevention_type\":\"taker_at_cross\""};
        boolean first = true;
        for (String field : base) {
            if (random.nextInt(6) == 0) {
                continue;
            }
            json.append(first ? "" : ",").append(field);
            first = false;
        }
        int extra = random.nextInt(4);
        for (int i = 0; i < extra; i++) {
            json.append(first ? "" : ",").append('"').append(pick(FIELDS)).append("\":").append(pick(VALUES));
            first = false;
        }
        return json.append('}').toString();
    }

    private String garbage() {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append((char) (32 + random.nextInt(200)));
        }
        return text.toString();
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    /** The usage-level upgrade's 201 has no content, as the OpenAPI has it (OpenApiConformanceIT checks it). */
    private static boolean isEmptyUpgrade(HttpRequest request, Reply reply) {
        return reply.status() == 201 && reply.body().isEmpty()
                && request.uri().getPath().endsWith("/account/api_usage_level/upgrade");
    }

    private static boolean isJson(String body) {
        try {
            Json.read(body.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (RuntimeException notJson) {
            return false;
        }
    }
}
