package dev.kalshisim.sim.server;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Renders one random command of a {@link Kind} as a real HTTP request to the simulator: order
 * writes signed by a member, control-plane calls unsigned. Values come from pools of ordinary,
 * boundary and hostile inputs (huge, zero, negative and many-decimal counts and prices, wrong JSON
 * types, malformed JSON), so most commands are refused and some are accepted.
 */
final class ExtremeCommands {

    /** What a command does. */
    enum Kind {
        CREATE, BATCH_CREATE, AMEND, DECREASE, CANCEL, BATCH_CANCEL, MALFORMED, READ, LEGACY, ACCOUNT, DEPOSIT,
        TIER, MARKET, SETTLE, CLOCK
    }

    static final String ORDERS = "/portfolio/events/orders";

    private static final String[] COUNTS = {"\"1\"", "\"2\"", "\"5.50\"", "\"0.01\"", "\"1000000\"", "\"999999.99\"", "3", "\"10\""};
    private static final String[] BAD_COUNTS = {"\"0\"", "\"-1\"", "\"0.001\"", "\"10.555\"", "\"1000000.01\"", "\"22000000000000\"",
        "\"100000000000000\"", "\"92233720368547758.07\"", "\"92233720368547758.08\"", "\"1e3\"", "\"\"", "\" 1\"",
        "0", "-5", "1.5", "22000000000000", "9223372036854775807", "99999999999999999999", "1e400", "true", "null",
        "[]", "{}"};
    private static final String[] PRICES = {"\"0.40\"", "\"0.45\"", "\"0.55\"", "\"0.60\"", "\"0.4000\"", "\"0.01\"", "\"0.99\"", "\"0.50\""};
    private static final String[] BAD_PRICES = {"\"0.4\"", "\"0.40001\"", "\"0.00\"", "\"1.00\"", "\"0.9999\"", "\"-0.40\"", "\"1.01\"", "\"0.505\"",
        "\"9999999999.99\"", "0.5", "null", "true", "\"abc\""};
    private static final String[] SIDES = {"\"bid\"", "\"ask\""};
    private static final String[] BAD_SIDES = {"\"buy\"", "5", "null"};
    private static final String[] TIME_IN_FORCE = {
        "\"good_till_canceled\"", "\"good_till_canceled\"", "\"immediate_or_cancel\"", "\"fill_or_kill\""};
    private static final String[] BAD_TIME_IN_FORCE = {"\"forever\"", "1"};
    private static final String[] EXPIRATIONS = {"null", "1788264060", "1788350400"};
    private static final String[] BAD_EXPIRATIONS = {"1", "-1", "253402300799", "9214646400", "9223372036854775807", "\"soon\"", "1.5"};
    private static final String[] MONEY = {
        "\"1000\"", "\"0\"", "\"0.000001\"", "\"1000000000\"", "\"1000000000.000001\"", "\"999999999.99\"",
        "\"9223372036854.775807\"", "\"9223372036854.775808\"", "\"-1\"", "\"-1000000000.01\"", "\"1.1234567\"",
        "1000", "\"1e9\"", "null"};
    private static final String[] MULTIPLIERS = {
        "1", "0.5", "0", "100", "100.000001", "1e-300", "1180591620717411303424", "-1", "0.0000001", "\"2\"",
        "\"x\"", "true", "1e400"};
    private static final String[] TIMES = {
        "\"2026-09-01T12:00:30Z\"", "\"2026-09-02T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"",
        "\"+999999999-12-31T23:59:59Z\"", "\"1969-12-31T23:59:59Z\"", "\"2261-12-31T23:59:59Z\"", "\"yesterday\"",
        "17", "null"};
    private static final String[] MILLIS = {"1000", "60000", "0", "3600000"};
    private static final String[] BAD_MILLIS = {"-5", "315360000001", "9223372036854775807", "\"1\""};
    private static final String[] TIERS = {"\"basic\"", "\"prestige\"", "\"gold\"", "5", "null"};
    private static final String[] MALFORMED = {
        "{", "[", "nul", "{\"a\":}", "{\"orders\": 5}", "{\"orders\": [5]}", "{\"orders\": \"x\"}",
        "{\"ticker\":\"PX-1\",\"ticker\":\"PX-2\"}", "\"just a string\"", "12", "[{}]", "{\"count\": {\"a\": 1}}",
        "{\"side\": [1]}", "{\"reduce_by\": true}", "{\"price\": 1e400}", "\u0000", ""};
    private static final String[] TICKERS = {"PX-1", "PX-1", "PX-1", "PX-1", "PX-2", "PX-3", "NOPE"};
    private static final String[] STP = {"\"taker_at_cross\"", "\"maker\""};
    private static final String[] BAD_STP = {"\"x\"", "null"};
    private static final String[] CLIENT_IDS = {"null", "\"c1\"", "\"c2\"", "\"\""};
    private static final String[] BAD_CLIENT_IDS = {"5", "[]"};

    private final SplittableRandom random;
    /** How likely each field is to get a hostile value: none, one field in eight, or half of them. */
    private final int badOneIn;

    ExtremeCommands(long seed) {
        this.random = new SplittableRandom(seed);
        int mood = random.nextInt(20);
        this.badOneIn = mood < 11 ? 0 : mood < 18 ? 8 : 2;
    }

    /** A signed order write or read, or {@code null} when {@code kind} is a control-plane command. */
    HttpRequest memberRequest(Kind kind, SimMember member, String order, long nowMillis) {
        return switch (kind) {
            case CREATE -> member.signed("POST", ORDERS, orderJson(), nowMillis);
            case BATCH_CREATE -> member.signed("POST", ORDERS + "/batched", batchJson(), nowMillis);
            case AMEND -> member.signed("POST", ORDERS + "/" + order + "/amend", amendJson(), nowMillis);
            case DECREASE -> member.signed("POST", ORDERS + "/" + order + "/decrease", decreaseJson(), nowMillis);
            case CANCEL -> member.signed("DELETE", ORDERS + "/" + order, null, nowMillis);
            case BATCH_CANCEL -> member.signed("DELETE", ORDERS + "/batched",
                    "{\"orders\":[{\"order_id\":\"" + order + "\"},{\"order_id\":" + value(new String[] {"\"x\""}, BAD_CLIENT_IDS) + "}]}", nowMillis);
            case MALFORMED -> member.signed("POST", pick(new String[] {ORDERS, ORDERS + "/batched",
                ORDERS + "/" + order + "/amend", ORDERS + "/" + order + "/decrease"}), pick(MALFORMED), nowMillis);
            case READ -> member.signed("GET", pick(new String[] {"/portfolio/balance", "/portfolio/positions",
                "/portfolio/orders?limit=1000", "/portfolio/fills", "/portfolio/orders/" + order,
                "/markets/" + pick(TICKERS) + "/orderbook", "/portfolio/orders?limit=1001", "/markets?status=what",
                "/portfolio/positions?count_filter=x", "/markets/" + pick(TICKERS) + "/orderbook?depth=-3"}), null,
                    nowMillis);
            case LEGACY -> legacyRequest(member, order, nowMillis);
            default -> null;
        };
    }

    /** A legacy {@code /portfolio/orders} write (side, action, cent or dollar prices, integer counts). */
    private HttpRequest legacyRequest(SimMember member, String order, long nowMillis) {
        String count = value(new String[] {"1", "3", "\"2.00\""}, new String[] {"0", "-1", "1000000001",
            "9223372036854775807", "1.5", "\"x\""});
        String price = value(new String[] {"\"yes_price\":40", "\"yes_price\":55", "\"no_price_dollars\":\"0.45\""},
                new String[] {"\"yes_price\":0", "\"yes_price\":100", "\"yes_price\":9223372036854775807",
                    "\"yes_price\":40,\"no_price\":60", "\"no_price_dollars\":\"1.5\""});
        String body = "{\"ticker\":\"" + pick(TICKERS) + "\",\"side\":" + value(new String[] {"\"yes\"", "\"no\""},
                BAD_SIDES) + ",\"action\":" + value(new String[] {"\"buy\"", "\"sell\""}, new String[] {"\"hold\""})
                + ",\"count" + (count.startsWith("\"") ? "_fp" : "") + "\":" + count + "," + price + "}";
        return switch (random.nextInt(4)) {
            case 0 -> member.signed("POST", "/portfolio/orders/" + order + "/amend", body, nowMillis);
            case 1 -> member.signed("POST", "/portfolio/orders/" + order + "/decrease",
                    "{\"reduce_by\":" + count + "}", nowMillis);
            case 2 -> member.signed("POST", "/portfolio/orders/batched", "{\"orders\":[" + body + "," + body + "]}",
                    nowMillis);
            default -> member.signed("POST", "/portfolio/orders", body, nowMillis);
        };
    }

    /** A control-plane call as {method, path, body}. */
    String[] controlRequest(Kind kind, String memberId) {
        return switch (kind) {
            case ACCOUNT -> new String[] {"POST", "/accounts", "{\"balance_dollars\":" + pick(MONEY) + ",\"tier\":"
                + pick(TIERS) + "}"};
            case DEPOSIT -> new String[] {"POST", "/accounts/" + memberId + "/deposit",
                "{\"amount_dollars\":" + pick(MONEY) + "}"};
            case TIER -> new String[] {"POST", "/accounts/" + memberId + "/tier", "{\"tier\":" + pick(TIERS) + "}"};
            case MARKET -> new String[] {"POST", "/markets", marketJson()};
            case SETTLE -> new String[] {"POST", "/markets/" + pick(new String[] {"PX-3", "PX-4", "NOPE"}) + "/settle",
                "{\"result\":" + pick(new String[] {"\"yes\"", "\"no\"", "\"maybe\"", "1"}) + "}"};
            case CLOCK -> new String[] {"POST", "/clock/advance", "{\"millis\":" + value(MILLIS, BAD_MILLIS) + "}"};
            default -> throw new IllegalArgumentException("not a control-plane command: " + kind);
        };
    }

    private String orderJson() {
        List<String> fields = new ArrayList<>(List.of(
                "\"ticker\":\"" + pick(TICKERS) + "\"", "\"side\":" + value(SIDES, BAD_SIDES),
                "\"price\":" + value(PRICES, BAD_PRICES), "\"count\":" + value(COUNTS, BAD_COUNTS),
                "\"time_in_force\":" + value(TIME_IN_FORCE, BAD_TIME_IN_FORCE),
                "\"self_trade_prevention_type\":" + value(STP, BAD_STP)));
        if (random.nextInt(3) == 0) {
            fields.add("\"client_order_id\":" + value(CLIENT_IDS, BAD_CLIENT_IDS));
        }
        if (random.nextInt(4) == 0) {
            fields.add("\"expiration_time\":" + value(EXPIRATIONS, BAD_EXPIRATIONS));
        }
        if (random.nextInt(6) == 0) {
            fields.add("\"post_only\":" + value(new String[] {"true", "false"}, new String[] {"\"yes\""}));
        }
        if (random.nextInt(6) == 0) {
            fields.add("\"reduce_only\":" + value(new String[] {"true", "false"}, new String[] {"1"}));
        }
        if (badOneIn > 0 && random.nextInt(8) == 0) {
            fields.remove(random.nextInt(fields.size()));
        }
        return "{" + String.join(",", fields) + "}";
    }

    private String batchJson() {
        int items = 1 + random.nextInt(4);
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            orders.add(random.nextInt(8) == 0 ? pick(new String[] {"null", "5", "[]"}) : orderJson());
        }
        return "{\"orders\":[" + String.join(",", orders) + "]}";
    }

    private String amendJson() {
        return "{\"ticker\":\"" + pick(TICKERS) + "\",\"side\":" + value(SIDES, BAD_SIDES) + ",\"price\":"
                + value(PRICES, BAD_PRICES) + ",\"count\":" + value(COUNTS, BAD_COUNTS) + (random.nextInt(4) == 0
                ? ",\"updated_client_order_id\":" + pick(CLIENT_IDS) : "") + "}";
    }

    private String decreaseJson() {
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> "{\"reduce_by\":" + value(COUNTS, BAD_COUNTS) + "}";
            case 3, 4, 5 -> "{\"reduce_to\":" + value(COUNTS, BAD_COUNTS) + "}";
            case 6 -> "{\"reduce_by\":" + value(COUNTS, BAD_COUNTS) + ",\"reduce_to\":" + pick(COUNTS) + "}";
            default -> "{}";
        };
    }

    private String marketJson() {
        String ticker = pick(new String[] {"PX-2", "PX-3", "PX-4", "PX-" + random.nextInt(1_000)});
        StringBuilder json = new StringBuilder("{\"ticker\":\"" + ticker + "\",\"event_ticker\":\"" + ticker
                + "-EV\",\"series_ticker\":\"" + pick(new String[] {"PXS", "PXT"}) + "\"");
        if (random.nextBoolean()) {
            json.append(",\"fee_multiplier\":").append(pick(MULTIPLIERS));
        }
        if (random.nextInt(3) == 0) {
            json.append(",\"open_time\":").append(pick(TIMES));
        }
        if (random.nextInt(3) == 0) {
            json.append(",\"close_time\":").append(pick(TIMES));
        }
        if (random.nextInt(4) == 0) {
            json.append(",\"price_ranges\":").append(pick(new String[] {"5", "[]", "[{\"start\":true}]",
                "[{\"start\":\"0.0000\",\"end\":\"1.0000\",\"step\":\"0.0100\"}]",
                "[{\"start\":\"0.0000\",\"end\":\"1.0000\",\"step\":\"0.0000\"}]"}));
        }
        if (random.nextInt(5) == 0) {
            json.append(",\"status\":").append(pick(new String[] {"\"active\"", "\"settled\"", "\"closed\"", "7"}));
        }
        return json.append('}').toString();
    }

    /** A value of a field: an ordinary one, or a hostile one as often as this command's mood says. */
    private String value(String[] good, String[] bad) {
        return badOneIn > 0 && random.nextInt(badOneIn) == 0 ? pick(bad) : pick(good);
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }
}
