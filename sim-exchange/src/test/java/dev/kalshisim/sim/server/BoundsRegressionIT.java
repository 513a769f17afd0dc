package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 8, findings 1 to 3, reproduced through the running server: counts, balances, fee
 * multipliers and times past the engine's limits are a 400 naming the field and the rule, and
 * change nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BoundsRegressionIT {

    private static final String ORDERS = "/portfolio/events/orders";

    private final SimHarness sim = new SimHarness();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void amendToAHugeCountIsRefusedAndLeavesTheBookAndOtherMembersWhole() {
        sim.market("BND-1");
        SimMember maker = sim.member();
        SimMember other = sim.member();
        String id = maker.order("BND-1", "bid", "0.40", "1").text("order_id");

        Reply amend = maker.post(ORDERS + "/" + id + "/amend", amendBody("0.40", "100000000000000"));

        assertThat(amend.status()).isEqualTo(400);
        assertThat(amend.errorCode()).isEqualTo("invalid_parameters");
        assertThat(amend.json().path("error").path("message").asText())
                .startsWith("count must be between 0.01 and 1,000,000 contracts");
        JsonNode order = maker.get("/portfolio/orders/" + id).json().get("order");
        assertThat(order.get("remaining_count_fp").asText()).isEqualTo("1.00");
        assertThat(order.get("initial_count_fp").asText()).isEqualTo("1.00");
        assertThat(yesLevels()).isEqualTo("[[\"0.4000\",\"1.00\"]]");
        assertThat(sim.violations()).isEmpty();

        // Another member crossing that level trades the one contract and keeps the rest of its cash.
        Reply cross = other.order("BND-1", "ask", "0.40", "3");
        assertThat(cross.status()).isEqualTo(201);
        assertThat(cross.json().get("fill_count").asText()).isEqualTo("1.00");
        assertThat(yesLevels()).isEqualTo("[]");
        assertThat(sim.violations()).isEmpty();
        JsonNode balance = other.get("/portfolio/balance").json();
        assertThat(balance.get("balance").asLong()).isPositive();
    }

    @Test
    void amendJustPastTheLimitIsRefusedAndAtTheLimitIsABalanceQuestion() {
        sim.market("BND-1");
        SimMember maker = sim.member();
        String id = maker.order("BND-1", "bid", "0.40", "1").text("order_id");

        assertThat(maker.post(ORDERS + "/" + id + "/amend", amendBody("0.40", "1000000.01")).errorCode())
                .isEqualTo("invalid_parameters");
        assertThat(maker.post(ORDERS + "/" + id + "/amend", amendBody("0.45", "1000000")).errorCode())
                .isEqualTo("insufficient_balance");
        assertThat(maker.get("/portfolio/orders/" + id).json().get("order").get("yes_price_dollars").asText())
                .isEqualTo("0.4000");
        assertThat(sim.violations()).isEmpty();
    }

    @Test
    void hugeCountsInCreatesAndBatchesAre400WithoutPartialState() {
        sim.market("BND-1");
        SimMember member = sim.member();
        for (String count : new String[] {"22000000000000", "92233720368547758.07", "1000000.01"}) {
            Reply gtc = member.order("BND-1", "bid", "0.40", count);
            assertThat(gtc.status()).as(count).isEqualTo(400);
            assertThat(gtc.json().path("error").path("message").asText()).as(count).contains("count must be between");
            Reply ioc = member.post(ORDERS, """
                    {"ticker":"BND-1","side":"ask","price":"0.60","count":"%s",
                     "time_in_force":"immediate_or_cancel","self_trade_prevention_type":"taker_at_cross"}"""
                    .formatted(count));
            assertThat(ioc.status()).as(count).isEqualTo(400);
        }
        Reply wholeNumber = member.post(ORDERS, """
                {"ticker":"BND-1","side":"bid","price":"0.40","count":22000000000000,
                 "time_in_force":"good_till_canceled","self_trade_prevention_type":"taker_at_cross"}""");
        assertThat(wholeNumber.status()).isEqualTo(400);

        Reply batch = member.post(ORDERS + "/batched", """
                {"orders":[%s,%s,%s]}""".formatted(orderJson("0.40", "2"), orderJson("0.41", "22000000000000"),
                orderJson("0.42", "3")));
        assertThat(batch.status()).isEqualTo(201);
        JsonNode results = batch.json().get("orders");
        assertThat(results.get(0).path("error").isMissingNode()).isTrue();
        assertThat(results.get(1).path("error").path("code").asText()).isEqualTo("invalid_parameters");
        assertThat(results.get(2).path("error").isMissingNode()).isTrue();
        assertThat(yesLevels()).isEqualTo("[[\"0.4000\",\"2.00\"],[\"0.4200\",\"3.00\"]]");
        assertThat(sim.violations()).isEmpty();
    }

    @Test
    void expirationPastTheEngineClockRangeIs400() {
        sim.market("BND-1");
        Reply reply = sim.member().post(ORDERS, """
                {"ticker":"BND-1","side":"bid","price":"0.40","count":"1","expiration_time":253402300799,
                 "time_in_force":"good_till_canceled","self_trade_prevention_type":"taker_at_cross"}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").path("message").asText()).startsWith("expiration_time must be");
        assertThat(sim.violations()).isEmpty();
    }

    @Test
    void hugeBalanceBesideAnotherAccountIs400AndNothingIsHalfCreated() {
        SimMember existing = sim.member();

        Reply huge = sim.control("POST", "/accounts", "{\"balance_dollars\":\"9223372036854.775807\"}");

        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.errorCode()).isEqualTo("invalid_parameters");
        assertThat(huge.json().path("error").path("message").asText())
                .startsWith("balance_dollars must be between 0 and $1,000,000,000.00");
        assertThat(sim.violations()).isEmpty();
        assertThat(sim.member("1000000000", "basic").get("/portfolio/balance").json().get("balance_dollars").asText())
                .isEqualTo("1000000000.0000");
        Reply deposit = sim.control("POST", "/accounts/" + existing.memberId + "/deposit",
                "{\"amount_dollars\":\"9223372036854.775807\"}");
        assertThat(deposit.status()).isEqualTo(400);
        assertThat(deposit.json().path("error").path("message").asText()).startsWith("amount_dollars must be between");
        Reply overBalance = sim.control("POST", "/accounts/" + existing.memberId + "/deposit",
                "{\"amount_dollars\":\"999999999.00\"}");
        assertThat(overBalance.status()).isEqualTo(400);
        assertThat(overBalance.json().path("error").path("message").asText()).contains("a balance may be at most");
        assertThat(existing.get("/portfolio/balance").json().get("balance_dollars").asText()).isEqualTo("1000.0000");
        assertThat(sim.violations()).isEmpty();
    }

    @Test
    void badFeeMultipliersAreRefusedBeforeTheSeriesExists() {
        for (String multiplier : new String[] {"1e-300", "1180591620717411303424", "100.5", "0.0000001"}) {
            Reply reply = sim.control("POST", "/markets", """
                    {"ticker":"FEE-1","event_ticker":"FEE-EV","series_ticker":"FEES","fee_multiplier":%s}"""
                    .formatted(multiplier));
            assertThat(reply.status()).as(multiplier).isEqualTo(400);
            assertThat(reply.json().path("error").path("message").asText()).as(multiplier)
                    .startsWith("fee_multiplier must be between 0 and 100 with at most 6 decimals");
            assertThat(sim.raw("GET", "/trade-api/v2/series/FEES", null).status()).isEqualTo(404);
            assertThat(sim.raw("GET", "/trade-api/v2/events/FEE-EV", null).status()).isEqualTo(404);
        }
        // The series is not poisoned: a market in it, with a sound multiplier, trades.
        Reply good = sim.control("POST", "/markets", """
                {"ticker":"FEE-1","event_ticker":"FEE-EV","series_ticker":"FEES","fee_multiplier":0.5}""");
        assertThat(good.status()).isEqualTo(201);
        Reply second = sim.control("POST", "/markets", """
                {"ticker":"FEE-2","event_ticker":"FEE-EV","series_ticker":"FEES"}""");
        assertThat(second.status()).isEqualTo(201);
        SimMember member = sim.member();
        assertThat(member.order("FEE-2", "bid", "0.40", "1").status()).isEqualTo(201);
        assertThat(sim.violations()).isEmpty();
    }

    @Test
    void timesOutsideTheEngineRangeAre400AndCreateNothing() {
        Reply open = sim.control("POST", "/markets", """
                {"ticker":"TM-1","event_ticker":"TM-EV","series_ticker":"TMS","open_time":"9999-12-31T23:59:59Z"}""");
        Reply close = sim.control("POST", "/markets", """
                {"ticker":"TM-1","event_ticker":"TM-EV","series_ticker":"TMS",
                 "close_time":"+999999999-12-31T23:59:59Z"}""");
        Reply seconds = sim.control("POST", "/markets", """
                {"ticker":"TM-1","event_ticker":"TM-EV","series_ticker":"TMS","close_ts":253402300799}""");

        assertThat(open.status()).isEqualTo(400);
        assertThat(open.json().path("error").path("message").asText()).startsWith("open_time must be from");
        assertThat(close.status()).isEqualTo(400);
        assertThat(close.json().path("error").path("message").asText()).startsWith("close_time must be from");
        assertThat(seconds.status()).isEqualTo(400);
        assertThat(seconds.json().path("error").path("message").asText()).startsWith("close_ts must be");
        assertThat(sim.raw("GET", "/trade-api/v2/series/TMS", null).status()).isEqualTo(404);
        assertThat(sim.raw("GET", "/trade-api/v2/markets/TM-1", null).status()).isEqualTo(404);
        assertThat(sim.control("POST", "/clock", "{\"now_ms\":9223372036854}").status()).isEqualTo(400);
        assertThat(sim.violations()).isEmpty();
    }

    @Test
    void refusedMarketStatusCreatesNothing() {
        Reply reply = sim.control("POST", "/markets", """
                {"ticker":"ST-1","event_ticker":"ST-EV","series_ticker":"STS","status":"settled"}""");

        Reply pausedBeforeOpen = sim.control("POST", "/markets", """
                {"ticker":"ST-1","event_ticker":"ST-EV","series_ticker":"STS","status":"inactive",
                 "open_time":"2026-09-02T00:00:00Z"}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(pausedBeforeOpen.status()).isEqualTo(400);
        assertThat(sim.raw("GET", "/trade-api/v2/markets/ST-1", null).status()).isEqualTo(404);
        assertThat(sim.raw("GET", "/trade-api/v2/series/STS", null).status()).isEqualTo(404);
    }

    private String yesLevels() {
        return sim.raw("GET", "/trade-api/v2/markets/BND-1/orderbook", null).json().get("orderbook_fp")
                .get("yes_dollars").toString();
    }

    private static String amendBody(String price, String count) {
        return """
                {"ticker":"BND-1","side":"bid","price":"%s","count":"%s"}""".formatted(price, count);
    }

    private static String orderJson(String price, String count) {
        return """
                {"ticker":"BND-1","side":"bid","price":"%s","count":"%s","time_in_force":"good_till_canceled",
                 "self_trade_prevention_type":"taker_at_cross"}""".formatted(price, count);
    }
}
