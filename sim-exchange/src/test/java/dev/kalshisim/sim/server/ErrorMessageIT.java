package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 8, finding 4: a 400 names the field and the rule in the API's words; no Java type, Jackson
 * wording or parser position reaches the client.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ErrorMessageIT {

    /** What a client must never see in an error message. */
    static final Pattern LEAKS = Pattern.compile("java\\.|dev\\.kalshisim|com\\.fasterxml|jackson|ArrayList"
            + "|LinkedHashMap|Cannot deserialize|Cannot construct|token|line: |column: |Source:|Exception"
            + "|BookSide|OutcomeSide|TimeInForce|SelfTradePrevention|MarketStatus|FeeType|CreateOrder",
            Pattern.CASE_INSENSITIVE);

    private static final String ORDERS = "/portfolio/events/orders";

    private final SimHarness sim = new SimHarness();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void batchWithANumberForOrdersSaysWhatOrdersMustBe() {
        Reply reply = sim.member().post(ORDERS + "/batched", "{\"orders\": 5}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("invalid_parameters");
        assertThat(message(reply)).isEqualTo("orders must be an array of order objects");
        assertThat(message(sim.member().post(ORDERS + "/batched", "{\"orders\": [null]}")))
                .isEqualTo("orders must not contain null items");
        assertThat(message(sim.member().post(ORDERS + "/batched", "{\"orders\": [{\"count\": 9223372036854775807}]}")))
                .isEqualTo("orders[0].count is out of range");
    }

    @Test
    void wrongTypesNameTheFieldAndTheExpectedForm() {
        SimMember member = sim.member();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("{\"ticker\": 5}", "ticker must be a string");
        expected.put("{\"side\": \"buy\"}", "side must be one of \"bid\", \"ask\", got \"buy\"");
        expected.put("{\"side\": 3}", "side must be one of \"bid\", \"ask\"");
        expected.put("{\"post_only\": \"yes\"}", "post_only must be true or false");
        expected.put("{\"subaccount\": \"one\"}", "subaccount must be an integer");
        expected.put("{\"subaccount\": 99999999999}", "subaccount is out of range");
        expected.put("{\"expiration_time\": [1]}", "expiration_time must be an integer");
        expected.put("{\"count\": true}", "count must be a JSON string like \"10.00\", got a JSON boolean");
        expected.put("{\"price\": 0.5}", "price must be a JSON string like \"0.5600\", got a JSON number");
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            Reply reply = member.post(ORDERS, entry.getKey());
            assertThat(reply.status()).as(entry.getKey()).isEqualTo(400);
            assertThat(message(reply)).as(entry.getKey()).startsWith(entry.getValue());
            assertThat(message(reply)).as(entry.getKey()).doesNotContainPattern(LEAKS);
        }
    }

    @Test
    void malformedJsonSaysSoWithoutParserPositions() {
        SimMember member = sim.member();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("{", "request body is not valid JSON: it ends too early");
        expected.put("{\"a\":}", "request body is not valid JSON");
        expected.put("{\"ticker\":\"A\",\"ticker\":\"B\"}", "request body is not valid JSON: field \"ticker\" appears twice");
        expected.put("[1,2]", "request body must be a JSON object");
        expected.put("nul", "request body is not valid JSON");
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            Reply reply = member.post(ORDERS, entry.getKey());
            assertThat(reply.status()).as(entry.getKey()).isEqualTo(400);
            assertThat(message(reply)).as(entry.getKey()).isEqualTo(entry.getValue());
        }
    }

    @Test
    void controlPlaneMessagesAreInTheApiWordsToo() {
        Reply ranges = sim.control("POST", "/markets", """
                {"ticker":"EM-1","event_ticker":"EM-EV","series_ticker":"EMS","price_ranges":5}""");
        Reply rangeItem = sim.control("POST", "/markets", """
                {"ticker":"EM-1","event_ticker":"EM-EV","series_ticker":"EMS","price_ranges":[{"start":true}]}""");
        Reply notJson = sim.control("POST", "/accounts", "{\"balance_dollars\":");
        Reply tier = sim.control("POST", "/accounts", "{\"tier\":\"gold\"}");

        assertThat(ranges.status()).isEqualTo(400);
        assertThat(message(ranges)).isEqualTo("price_ranges must be an array of objects");
        assertThat(rangeItem.status()).isEqualTo(400);
        assertThat(message(rangeItem)).startsWith("price_ranges[0].start").doesNotContainPattern(LEAKS);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(message(notJson)).isEqualTo("request body is not valid JSON: it ends too early");
        assertThat(message(tier)).startsWith("body.tier must be one of \"basic\", ").endsWith(", got \"gold\"");
    }

    @Test
    void queryProblemsNameTheParameter() {
        Reply status = sim.raw("GET", "/trade-api/v2/markets?status=what", null);

        assertThat(status.status()).isEqualTo(400);
        assertThat(message(status)).startsWith("query parameter status must be one of ").endsWith(", got \"what\"");
    }

    private static String message(Reply reply) {
        return reply.json().path("error").path("message").asText();
    }
}
