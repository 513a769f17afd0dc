package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Orders through the running server with real signed requests: rest, cross, fill, net, cancel, amend, decrease. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OrderFlowIT {

    private SimHarness sim;
    private SimMember maker;
    private SimMember taker;

    @BeforeEach
    void start() {
        sim = new SimHarness();
        sim.market("FLOW-1");
        maker = sim.member();
        taker = sim.member();
    }

    @AfterEach
    void stop() {
        assertThat(sim.violations()).isEmpty();
        sim.close();
    }

    @Test
    void restingOrderShowsInBookOrdersAndBalance() {
        Reply placed = maker.order("FLOW-1", "bid", "0.56", "10");

        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.text("fill_count")).isEqualTo("0.00");
        assertThat(placed.text("remaining_count")).isEqualTo("10.00");
        assertThat(placed.json().get("ts_ms").asLong()).isEqualTo(SimHarness.START_MILLIS);
        JsonNode book = maker.get("/markets/FLOW-1/orderbook").json().get("orderbook_fp");
        assertThat(book.get("yes_dollars").toString()).isEqualTo("[[\"0.5600\",\"10.00\"]]");
        assertThat(book.get("no_dollars").toString()).isEqualTo("[]");
        JsonNode order = maker.get("/portfolio/orders/" + placed.text("order_id")).json().get("order");
        assertThat(order.get("status").asText()).isEqualTo("resting");
        assertThat(order.get("book_side").asText()).isEqualTo("bid");
        assertThat(order.get("yes_price_dollars").asText()).isEqualTo("0.5600");
        assertThat(maker.get("/portfolio/orders?status=resting").json().get("orders")).hasSize(1);
        // The resting bid reserves its cost ($5.60) and at most its worst-case taker fee ($0.1725, $0.18 in whole cents) on top.
        java.math.BigDecimal available = new java.math.BigDecimal(
                maker.get("/portfolio/balance").json().get("balance_dollars").asText());
        assertThat(available).isBetween(new java.math.BigDecimal("994.22"), new java.math.BigDecimal("994.40"));
        assertThat(maker.get("/portfolio/summary/total_resting_order_value").json()
                .get("total_resting_order_value").asLong()).isEqualTo(560);
        assertThat(maker.get("/portfolio/orders/" + placed.text("order_id") + "/queue_position").text("queue_position_fp"))
                .isEqualTo("0.00");
    }

    @Test
    void crossingOrderFillsAtMakerPriceWithTakerFee() {
        String makerOrder = maker.order("FLOW-1", "bid", "0.56", "10").text("order_id");

        Reply taken = taker.order("FLOW-1", "ask", "0.50", "4");

        assertThat(taken.status()).isEqualTo(201);
        assertThat(taken.text("fill_count")).isEqualTo("4.00");
        assertThat(taken.text("remaining_count")).isEqualTo("0.00");
        assertThat(taken.text("average_fill_price")).isEqualTo("0.5600");
        JsonNode takerFill = taker.get("/portfolio/fills").json().get("fills").get(0);
        assertThat(takerFill.get("is_taker").asBoolean()).isTrue();
        assertThat(takerFill.get("count_fp").asText()).isEqualTo("4.00");
        assertThat(takerFill.get("yes_price_dollars").asText()).isEqualTo("0.5600");
        assertThat(takerFill.get("book_side").asText()).isEqualTo("ask");
        // Trade fee ceil(0.07 x 4 x 0.56 x 0.44) to $0.0001 = 0.0690; the taker's -1.829 floors to -1.83,
        // so fee_cost carries a 0.001 rounding fee too.
        assertThat(takerFill.get("fee_cost").asText()).isEqualTo("0.0700");
        JsonNode makerFill = maker.get("/portfolio/fills?order_id=" + makerOrder).json().get("fills").get(0);
        assertThat(makerFill.get("is_taker").asBoolean()).isFalse();
        assertThat(makerFill.get("fee_cost").asText()).isEqualTo("0.0000");
        assertThat(position(maker, "FLOW-1")).isEqualTo("4.00");
        assertThat(position(taker, "FLOW-1")).isEqualTo("-4.00");
        JsonNode trades = taker.get("/markets/trades?ticker=FLOW-1").json().get("trades");
        assertThat(trades).hasSize(1);
        assertThat(trades.get(0).get("taker_book_side").asText()).isEqualTo("ask");
        assertThat(maker.get("/markets/FLOW-1/orderbook").json().get("orderbook_fp").get("yes_dollars").toString())
                .isEqualTo("[[\"0.5600\",\"6.00\"]]");
    }

    @Test
    void buyingTheOtherSideNetsThePositionAndFreesCash() {
        maker.order("FLOW-1", "bid", "0.56", "4");
        taker.order("FLOW-1", "ask", "0.56", "4");
        long takerBalanceBefore = taker.get("/portfolio/balance").json().get("balance").asLong();

        maker.order("FLOW-1", "ask", "0.60", "3");
        Reply covered = taker.order("FLOW-1", "bid", "0.60", "3");

        assertThat(covered.text("fill_count")).isEqualTo("3.00");
        assertThat(position(maker, "FLOW-1")).isEqualTo("1.00");
        assertThat(position(taker, "FLOW-1")).isEqualTo("-1.00");
        // Buying 3 YES at 0.60 while short 3 closes 3 pairs worth $1 each: net +$1.20 before fees.
        long takerBalanceAfter = taker.get("/portfolio/balance").json().get("balance").asLong();
        assertThat(takerBalanceAfter - takerBalanceBefore).isBetween(110L, 120L);
    }

    @Test
    void cancelAmendAndDecreaseChangeTheRestingOrder() {
        String id = maker.order("FLOW-1", "bid", "0.40", "10").text("order_id");

        Reply amended = maker.post("/portfolio/events/orders/" + id + "/amend", """
                {"ticker":"FLOW-1","side":"bid","price":"0.41","count":"8"}""");
        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.text("remaining_count")).isEqualTo("8.00");
        assertThat(order(maker, id).get("yes_price_dollars").asText()).isEqualTo("0.4100");

        Reply decreased = maker.post("/portfolio/events/orders/" + id + "/decrease", "{\"reduce_by\":\"3\"}");
        assertThat(decreased.status()).isEqualTo(200);
        assertThat(decreased.text("remaining_count")).isEqualTo("5.00");
        Reply decreasedTo = maker.post("/portfolio/events/orders/" + id + "/decrease", "{\"reduce_to\":\"2.00\"}");
        assertThat(decreasedTo.text("remaining_count")).isEqualTo("2.00");
        assertThat(maker.post("/portfolio/events/orders/" + id + "/decrease",
                "{\"reduce_by\":\"1\",\"reduce_to\":\"1\"}").status()).isEqualTo(400);

        Reply canceled = maker.delete("/portfolio/events/orders/" + id);
        assertThat(canceled.status()).isEqualTo(200);
        assertThat(canceled.text("reduced_by")).isEqualTo("2.00");
        assertThat(order(maker, id).get("status").asText()).isEqualTo("canceled");
        assertThat(maker.delete("/portfolio/events/orders/" + id).status()).isEqualTo(404);
        assertThat(maker.get("/portfolio/balance").json().get("balance").asLong()).isEqualTo(100_000);
    }

    @Test
    void reusedClientOrderIdIsAConflict() {
        String body = """
                {"ticker":"FLOW-1","side":"bid","price":"0.30","count":"1","client_order_id":"dup-1",
                 "time_in_force":"good_till_canceled","self_trade_prevention_type":"taker_at_cross"}""";
        assertThat(maker.post("/portfolio/events/orders", body).status()).isEqualTo(201);

        Reply again = maker.post("/portfolio/events/orders", body);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("order_already_exists");
        assertThat(maker.get("/portfolio/orders").json().get("orders")).hasSize(1);
    }

    @Test
    void batchCreateAndCancelAnswerPerItem() {
        Reply created = maker.post("/portfolio/events/orders/batched", """
                {"orders":[
                 {"ticker":"FLOW-1","side":"bid","price":"0.30","count":"1","time_in_force":"good_till_canceled","self_trade_prevention_type":"taker_at_cross"},
                 {"ticker":"NOPE","side":"bid","price":"0.30","count":"1","time_in_force":"good_till_canceled","self_trade_prevention_type":"taker_at_cross"},
                 {"ticker":"FLOW-1","side":"ask","price":"0.70","count":"2","time_in_force":"good_till_canceled","self_trade_prevention_type":"maker"}]}""");

        assertThat(created.status()).isEqualTo(201);
        JsonNode results = created.json().get("orders");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).has("order_id")).isTrue();
        assertThat(results.get(1).get("error").get("code").asText()).isEqualTo("market_not_found");
        assertThat(results.get(2).get("remaining_count").asText()).isEqualTo("2.00");

        Reply canceled = maker.delete("/portfolio/events/orders/batched", """
                {"orders":[{"order_id":"%s"},{"order_id":"missing"},{"order_id":"%s"}]}"""
                .formatted(results.get(0).get("order_id").asText(), results.get(2).get("order_id").asText()));

        assertThat(canceled.status()).isEqualTo(200);
        JsonNode cancels = canceled.json().get("orders");
        assertThat(cancels.get(0).get("reduced_by").asText()).isEqualTo("1.00");
        assertThat(cancels.get(1).get("error").get("code").asText()).isEqualTo("order_not_found");
        assertThat(cancels.get(2).get("reduced_by").asText()).isEqualTo("2.00");
        assertThat(maker.get("/portfolio/orders?status=resting").json().get("orders")).isEmpty();
    }

    @Test
    void cancelAllAnswers204AndEmptiesTheBook() {
        maker.order("FLOW-1", "bid", "0.30", "1");
        maker.order("FLOW-1", "ask", "0.70", "1");

        Reply reply = maker.delete("/portfolio/events/orders");

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.body()).isEmpty();
        JsonNode book = maker.get("/markets/FLOW-1/orderbook").json().get("orderbook_fp");
        assertThat(book.get("yes_dollars")).isEmpty();
        assertThat(book.get("no_dollars")).isEmpty();
    }

    @Test
    void askRestsAsNoBidOnTheNoLeg() {
        maker.order("FLOW-1", "ask", "0.58", "5");

        JsonNode book = maker.get("/markets/FLOW-1/orderbook").json().get("orderbook_fp");

        assertThat(book.get("no_dollars").toString()).isEqualTo("[[\"0.4200\",\"5.00\"]]");
    }

    @Test
    void malformedOrdersAreRefusedWith400AndChangeNothing() {
        assertThat(maker.post("/portfolio/events/orders", "{not json").status()).isEqualTo(400);
        assertThat(maker.post("/portfolio/events/orders", "[]").status()).isEqualTo(400);
        assertThat(maker.order("FLOW-1", "up", "0.50", "1").status()).isEqualTo(400);
        assertThat(maker.order("FLOW-1", "bid", "1.50", "1").status()).isEqualTo(400);
        assertThat(maker.order("FLOW-1", "bid", "0.505", "1").status()).isEqualTo(400);
        assertThat(maker.order("FLOW-1", "bid", "0.50", "0").status()).isEqualTo(400);
        assertThat(maker.order("FLOW-1", "bid", "0.50", "-3").status()).isEqualTo(400);
        assertThat(maker.order("NOPE-1", "bid", "0.50", "1").status()).isEqualTo(404);
        assertThat(maker.order("FLOW-1", "bid", "0.50", "100000").errorCode()).isEqualTo("insufficient_balance");
        assertThat(maker.get("/portfolio/orders").json().get("orders")).isEmpty();
        assertThat(maker.get("/portfolio/balance").json().get("balance").asLong()).isEqualTo(100_000);
    }

    private static String position(SimMember member, String ticker) {
        JsonNode positions = member.get("/portfolio/positions?ticker=" + ticker).json().get("market_positions");
        return positions.isEmpty() ? "0.00" : positions.get(0).get("position_fp").asText();
    }

    private static JsonNode order(SimMember member, String id) {
        return member.get("/portfolio/orders/" + id).json().get("order");
    }
}
