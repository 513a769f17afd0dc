package dev.kalshisim.sim.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.sim.server.SpecOperations.SpecOperation;
import dev.kalshisim.sim.server.http.Router;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One plausible call per operation of the spec, against the state of a {@link ConformanceScenario}
 * (which seeds the reference data, {@link ReferenceFixture}) plus what this walk adds: resting
 * orders for the writes that need a target and, where the server serves their creation, an order
 * group, an API key, a subaccount, RFQs, quotes and a block-trade proposal made through the API.
 *
 * <p>Path parameters come from the seeded ids by name, required query parameters from a table by
 * name, and request bodies from a hand-written table per operation, or else from the schema's
 * required fields with plausible values. Reads run first, then creations, updates and deletions,
 * so each destructive call still finds its target.
 */
final class CoverageWalk {

    /** Stands for an id whose creating operation the server does not serve. */
    static final String NONE = "walk-none";

    private static final String OPEN = ConformanceScenario.OPEN;
    private static final String SETTLED = ConformanceScenario.SETTLED;
    /**
     * Markets of their own for the RFQ flows, so each has a market no other RFQ is on. Pair n is an
     * RFQ of the maker's with a quote of the taker's: 0 for {@code /communications/quotes/{id}}
     * (accept, confirm), 1 for {@code /communications/rfqs/{id}/quotes/{id}} (accept, confirm), 2 and
     * 3 for the taker's two quote deletions, 4 for the maker's RFQ deletion; RFQ 5 has no quote yet,
     * for the walk's own {@code POST /communications/quotes}.
     */
    private static final List<String> RFQ_MARKETS = List.of("OW-1", "OW-2", "OW-3", "OW-4", "OW-5", "OW-6");
    private static final int QUOTED_RFQS = 5;

    private static final String MILESTONE = ReferenceFixture.MILESTONE;
    private static final String MILESTONE_TYPE = ReferenceFixture.MILESTONE_TYPE;
    private static final String TARGET = ReferenceFixture.TARGET;
    private static final String CITY = ReferenceFixture.CITY;

    private final SimHarness sim;
    private final ConformanceScenario scenario;
    private final Router served;
    private final SimMember maker;
    private final SimMember taker;
    private final Map<String, String> ids = new HashMap<>();
    /** The body selecting legs of the first multivariate collection, once there is one. */
    private String comboLegs = "{\"selected_markets\":[]}";
    private final Deque<String> restingOrders = new ArrayDeque<>();
    private final List<String> setupProblems = new ArrayList<>();
    private final Map<String, Function<SpecOperation, ConformanceScenario.Sample>> hand = new HashMap<>();

    CoverageWalk(SimHarness sim, ConformanceScenario scenario) {
        this.sim = sim;
        this.scenario = scenario;
        this.served = new Router().addAll(sim.server.restRoutes());
        this.maker = scenario.maker();
        this.taker = scenario.taker();
        seed();
        handWritten();
    }

    /** What went wrong while seeding; the walk fails on any. */
    List<String> setupProblems() {
        return setupProblems;
    }

    /** Whether the server has a route for {@code operation} (its own template, whatever its parameter names). */
    boolean serves(SpecOperation operation) {
        String probe = operation.template().replaceAll("\\{[^}]+}", "walk-probe");
        try {
            Router.Match match = served.match(operation.method(), probe);
            return shape(match.route().template()).equals(shape(operation.template()));
        } catch (RuntimeException notServed) {
            return false;
        }
    }

    /** The operations in walking order: reads, then creations, updates and deletions. */
    static List<SpecOperation> inWalkingOrder(List<SpecOperation> operations) {
        List<String> order = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
        return operations.stream().sorted(Comparator.comparingInt(op -> order.indexOf(op.method()))).toList();
    }

    /** The call made for {@code operation}. */
    ConformanceScenario.Sample sample(SpecOperation operation) {
        Function<SpecOperation, ConformanceScenario.Sample> written = hand.get(operation.route());
        if (written != null) {
            return written.apply(operation);
        }
        String body = operation.requestBody() == null ? null : Json.of(plausible(operation.requestBody(), "body"));
        return new ConformanceScenario.Sample(operation.route(), maker, path(operation) + query(operation), body, 200);
    }

    /** Sends the call, letting time pass as the scenario does (and the live window before /historical). */
    Reply send(ConformanceScenario.Sample sample) {
        return scenario.call(sample);
    }

    // ----------------------------------------------------------------------------------- seeding

    private void seed() {
        for (int i = 0; i < 12; i++) {
            Reply placed = maker.order(OPEN, "bid", "0.1" + (i % 10), "2");
            if (placed.status() == 201) {
                restingOrders.add(placed.text("order_id"));
            } else {
                setupProblems.add("resting order: " + placed);
            }
        }
        for (String ticker : RFQ_MARKETS) {
            sim.market(ticker);
        }
        seedThroughTheApi();
    }

    /** Ids of the issue-14 features, made through their own create operations when the server serves them. */
    private void seedThroughTheApi() {
        created("order_group_id", maker, "POST", "/portfolio/order_groups/create", "{\"contracts_limit_fp\":\"100.00\"}",
                "order_group_id");
        created("api_key", maker, "POST", "/api_keys/generate", "{\"name\":\"walk\"}", "api_key_id");
        created("transfer_id", maker, "POST", "/portfolio/intra_exchange_instance_transfer",
                "{\"source\":\"event_contract\",\"destination\":\"margined\",\"amount\":20000}", "transfer_id");
        created("subaccount", maker, "POST", "/portfolio/subaccounts", "{}", "subaccount_number");
        if (ids.containsKey("subaccount") && servesPath("POST", "/portfolio/subaccounts/transfer")) {
            // Cash on the new subaccount, so the position transfer to it can be paid for.
            Reply funded = maker.post("/portfolio/subaccounts/transfer", "{\"client_transfer_id\":"
                    + "\"0b1e8e52-0000-4000-8000-000000000000\",\"from_subaccount\":0,\"to_subaccount\":"
                    + subaccount() + ",\"amount_cents\":5000}");
            if (funded.status() >= 300) {
                setupProblems.add("funding subaccount " + subaccount() + ": " + funded);
            }
        }
        for (int i = 0; i < RFQ_MARKETS.size(); i++) {
            created("rfq_id" + i, maker, "POST", "/communications/rfqs",
                    "{\"market_ticker\":\"" + RFQ_MARKETS.get(i) + "\",\"contracts_fp\":\"5.00\",\"rest_remainder\":false}",
                    "id");
            if (i < QUOTED_RFQS) {
                created("quote_id" + i, taker, "POST", "/communications/quotes", "{\"rfq_id\":\"" + id("rfq_id" + i)
                        + "\",\"yes_bid\":\"0.40\",\"no_bid\":\"0.50\",\"rest_remainder\":false}", "id");
            }
        }
        created("communications_id_maker", maker, "GET", "/communications/id", null, "communications_id");
        created("communications_id_taker", taker, "GET", "/communications/id", null, "communications_id");
        created("block_trade_proposal_id", maker, "POST", "/communications/block-trade-proposals", """
                {"buyer_user_id":"%s","seller_user_id":"%s","market_ticker":"%s","price_centi_cents":4000,
                 "centicount":500,"maker_side":"yes","expiration_ts":"%s"}""".formatted(maker.memberId,
                taker.memberId, OPEN, Instant.ofEpochMilli(sim.nowMillis()).plusSeconds(3_600)),
                "block_trade_proposal_id");
        if (servesPath("GET", "/multivariate_event_collections")) {
            Reply collections = maker.get("/multivariate_event_collections");
            JsonNode first = collections.status() == 200 ? collections.json().path("multivariate_contracts").path(0)
                    : null;
            if (first != null && first.hasNonNull("collection_ticker")) {
                ids.put("collection_ticker", first.path("collection_ticker").asText());
                comboLegs = legsOf(first);
            }
        }
    }

    /** One YES leg per event of the collection, up to two (or its minimum size), each on the event's first market. */
    private String legsOf(JsonNode collection) {
        List<String> legs = new ArrayList<>();
        int wanted = Math.max(2, collection.path("size_min").asInt(0));
        for (JsonNode event : collection.path("associated_event_tickers")) {
            if (legs.size() == wanted) {
                break;
            }
            Reply markets = sim.raw("GET", KalshiApi.PREFIX + "/markets?event_ticker=" + encode(event.asText()), null);
            JsonNode market = markets.status() == 200 ? markets.json().path("markets").path(0) : null;
            if (market != null && market.hasNonNull("ticker")) {
                legs.add("{\"market_ticker\":\"" + market.path("ticker").asText() + "\",\"event_ticker\":\""
                        + event.asText() + "\",\"side\":\"yes\"}");
            }
        }
        return "{\"selected_markets\":[" + String.join(",", legs) + "]}";
    }

    private void created(String name, SimMember caller, String method, String path, String json, String field) {
        if (!servesPath(method, path)) {
            return;
        }
        Reply reply = caller.send(method, path, json);
        if (reply.status() >= 300 || !reply.json().hasNonNull(field)) {
            setupProblems.add(name + " through " + method + " " + path + ": " + reply);
            return;
        }
        ids.put(name, reply.json().path(field).asText());
    }

    private boolean servesPath(String method, String path) {
        try {
            served.match(method, path);
            return true;
        } catch (RuntimeException notServed) {
            return false;
        }
    }

    private String id(String name) {
        return ids.getOrDefault(name, NONE);
    }

    // ------------------------------------------------------------------------ the hand-written calls

    private void handWritten() {
        String order = """
                {"ticker":"%s","side":"bid","price":"0.20","count":"2","time_in_force":"good_till_canceled",\
                "self_trade_prevention_type":"taker_at_cross"}""".formatted(OPEN);
        String legacyOrder = "{\"ticker\":\"" + OPEN + "\",\"side\":\"no\",\"action\":\"buy\",\"count\":2,"
                + "\"no_price_dollars\":\"0.50\"}";
        write("POST /portfolio/events/orders", op -> order);
        write("POST /portfolio/events/orders/batched", op -> "{\"orders\":[" + order + "]}");
        write("POST /portfolio/events/orders/{order_id}/amend",
                op -> "{\"ticker\":\"" + OPEN + "\",\"side\":\"bid\",\"price\":\"0.25\",\"count\":\"3\"}");
        write("POST /portfolio/events/orders/{order_id}/decrease", op -> "{\"reduce_by\":\"1\"}");
        write("DELETE /portfolio/events/orders/batched",
                op -> "{\"orders\":[{\"order_id\":\"" + restingOrders.poll() + "\"}]}");
        write("POST /portfolio/orders", op -> legacyOrder);
        write("POST /portfolio/orders/batched", op -> "{\"orders\":[" + legacyOrder + "]}");
        write("POST /portfolio/orders/{order_id}/amend", op -> "{\"ticker\":\"" + OPEN + "\",\"side\":\"yes\","
                + "\"action\":\"buy\",\"yes_price_dollars\":\"0.26\",\"count\":3}");
        write("POST /portfolio/orders/{order_id}/decrease", op -> "{\"reduce_by\":1}");
        write("DELETE /portfolio/orders/batched", op -> "{\"ids\":[\"" + restingOrders.poll() + "\"]}");
        write("POST /portfolio/order_groups/create", op -> "{\"contracts_limit_fp\":\"50.00\"}");
        write("PUT /portfolio/order_groups/{order_group_id}/limit", op -> "{\"contracts_limit_fp\":\"75.00\"}");
        write("POST /api_keys", op -> "{\"name\":\"walk-supplied\",\"public_key\":" + SimHarness.quote(
                SimHarness.sharedPublicKeyPem()) + "}");
        write("POST /api_keys/generate", op -> "{\"name\":\"walk-generated\"}");
        write("POST /portfolio/subaccounts/transfer", op -> "{\"client_transfer_id\":\"0b1e8e52-0000-4000-8000-000000000001\","
                + "\"from_subaccount\":0,\"to_subaccount\":" + subaccount() + ",\"amount_cents\":1000}");
        write("POST /portfolio/subaccounts/positions/transfer", op -> "{\"client_transfer_id\":\"0b1e8e52-0000-4000-8000-000000000002\","
                + "\"from_subaccount\":0,\"to_subaccount\":" + subaccount() + ",\"market_ticker\":\"" + OPEN
                + "\",\"side\":\"yes\",\"count\":1,\"price\":\"0.40\"}");
        write("PUT /portfolio/subaccounts/netting",
                op -> "{\"subaccount_number\":" + subaccount() + ",\"enabled\":true}");
        write("PUT /portfolio/subaccounts/settlement-advance-lock", op -> "{\"subaccount_number\":" + subaccount() + "}");
        write("DELETE /portfolio/subaccounts/settlement-advance-lock",
                op -> "{\"subaccount_number\":" + subaccount() + "}");
        write("POST /portfolio/target_balance_allocation",
                op -> "{\"allocations\":[{\"exchange_index\":0,\"percent\":100}]}");
        write("POST /portfolio/intra_exchange_instance_transfer",
                op -> "{\"source\":\"event_contract\",\"destination\":\"margined\",\"amount\":10000}");
        write("POST /communications/rfqs", op -> "{\"market_ticker\":\"" + OPEN
                + "\",\"contracts_fp\":\"3.00\",\"rest_remainder\":false}");
        as("POST /communications/quotes", taker, op -> "{\"rfq_id\":\"" + id("rfq_id5")
                + "\",\"yes_bid\":\"0.41\",\"no_bid\":\"0.51\",\"rest_remainder\":false}");
        write("PUT /communications/quotes/{quote_id}/accept", op -> "{\"accepted_side\":\"yes\"}");
        as("PUT /communications/quotes/{quote_id}/confirm", taker, op -> "{}");
        write("PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/accept", op -> "{\"accepted_side\":\"yes\"}");
        as("PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm", taker, op -> "{}");
        write("POST /communications/block-trade-proposals", op -> """
                {"buyer_user_id":"%s","seller_user_id":"%s","market_ticker":"%s","price_centi_cents":4100,
                 "centicount":100,"maker_side":"yes","expiration_ts":"%s"}""".formatted(maker.memberId,
                taker.memberId, OPEN, Instant.ofEpochMilli(sim.nowMillis()).plusSeconds(3_600)));
        as("POST /communications/block-trade-proposals/{block_trade_proposal_id}/accept", taker, op -> "{}");
        as("DELETE /communications/quotes/{quote_id}", taker, op -> null);
        as("DELETE /communications/rfqs/{rfq_id}/quotes/{quote_id}", taker, op -> null);
        write("POST /multivariate_event_collections/{collection_ticker}", op -> comboLegs);
        write("PUT /multivariate_event_collections/{collection_ticker}/lookup", op -> comboLegs);
    }

    private String subaccount() {
        return ids.getOrDefault("subaccount", "1");
    }

    /** A body written by hand for {@code route}, sent by the maker with the generic path and query. */
    private void write(String route, Function<SpecOperation, String> body) {
        as(route, maker, body);
    }

    private void as(String route, SimMember caller, Function<SpecOperation, String> body) {
        hand.put(route, op -> new ConformanceScenario.Sample(op.route(), caller, path(op) + query(op), body.apply(op), 200));
    }

    // ---------------------------------------------------------------------- paths, queries, bodies

    private String path(SpecOperation operation) {
        String path = operation.template();
        int pair = rfqPair(operation);
        for (String name : operation.pathParams()) {
            String value = switch (name) {
                case "event_ticker" -> OPEN + "-EV";
                case "series_ticker" -> "SIM";
                case "ticker" -> path.startsWith("/historical/") ? SETTLED
                        : path.contains("/events/{ticker}") ? OPEN + "-EV" : OPEN;
                case "order_id" -> orderFor(operation);
                case "milestone_id" -> MILESTONE;
                case "type" -> MILESTONE_TYPE;
                case "structured_target_id" -> TARGET;
                case "city" -> CITY;
                case "rfq_id" -> id("rfq_id" + pair);
                case "quote_id" -> id("quote_id" + pair);
                default -> id(name);
            };
            path = path.replace("{" + name + "}", encode(value));
        }
        return path;
    }

    /** Which seeded RFQ and quote an operation works on (see {@link #RFQ_MARKETS}). */
    private static int rfqPair(SpecOperation operation) {
        boolean underRfq = operation.template().startsWith("/communications/rfqs");
        if (!operation.method().equals("DELETE")) {
            return underRfq ? 1 : 0;
        }
        if (operation.template().equals("/communications/rfqs/{rfq_id}")) {
            return 4;
        }
        return underRfq ? 3 : 2;
    }

    /** A resting order of the maker's; writes take one each, reads share the first. */
    private String orderFor(SpecOperation operation) {
        if (operation.method().equals("GET")) {
            return restingOrders.isEmpty() ? NONE : restingOrders.peekLast();
        }
        String next = restingOrders.poll();
        return next == null ? NONE : next;
    }

    private String query(SpecOperation operation) {
        long start = scenario.startSeconds();
        long end = sim.nowMillis() / 1000;
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : operation.required("query")) {
            String name = parameter.getName();
            String value = switch (name) {
                case "start_ts" -> Long.toString(start);
                case "end_ts" -> Long.toString(end);
                case "period_interval" -> "1";
                case "market_tickers" -> OPEN;
                case "tickers" -> OPEN;
                case "milestone_ids" -> MILESTONE;
                case "limit" -> "10";
                case "subtrader_id" -> taker.memberId;
                case "percentiles" -> "5000";
                case "lookback_seconds" -> "3600";
                default -> throw new IllegalStateException(operation.route() + ": the walk has no value for the"
                        + " required query parameter " + name + "; add one to CoverageWalk.query");
            };
            pairs.add(name + "=" + encode(value));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** A value for {@code schema} with only its required fields, each plausible for its name. */
    private Object plausible(Schema<?> schema, String name) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return plausible(schema.getAllOf().get(0), name);
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getTypes() != null && !schema.getTypes().isEmpty() ? schema.getTypes().iterator().next()
                : schema.getProperties() != null ? "object" : "string";
        switch (type) {
            case "object" -> {
                Map<String, Object> out = new java.util.LinkedHashMap<>();
                if (schema.getProperties() != null && schema.getRequired() != null) {
                    for (String field : schema.getRequired()) {
                        Schema<?> property = schema.getProperties().get(field);
                        if (property != null) {
                            out.put(field, plausible(property, field));
                        }
                    }
                }
                return out;
            }
            case "array" -> {
                return List.of(plausible(schema.getItems(), name));
            }
            case "integer" -> {
                return schema.getMinimum() != null ? schema.getMinimum().longValue() : 1L;
            }
            case "number" -> {
                return 1;
            }
            case "boolean" -> {
                return false;
            }
            default -> {
                return switch (name) {
                    case "market_ticker", "ticker" -> OPEN;
                    case "event_ticker" -> OPEN + "-EV";
                    default -> "date-time".equals(schema.getFormat()) ? Instant.ofEpochMilli(sim.nowMillis()).toString()
                            : "walk";
                };
            }
        }
    }

    private static String shape(String template) {
        return template.replaceAll("\\{[^}]+}", "{}");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** JSON text of plain maps, lists and scalars. */
    private static final class Json {
        static String of(Object value) {
            try {
                return dev.kalshisim.sim.server.http.Json.mapper().writeValueAsString(value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
