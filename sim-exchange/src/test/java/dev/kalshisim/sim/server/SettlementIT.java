package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Settlement through the control plane, seen through the member's API. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SettlementIT {

    private final SimHarness sim = new SimHarness();

    @AfterEach
    void stop() {
        assertThat(sim.violations()).isEmpty();
        sim.close();
    }

    @Test
    void settlingPaysWinnersAndCancelsRestingOrders() {
        sim.market("SET-1");
        SimMember yes = sim.member();
        SimMember no = sim.member();
        yes.order("SET-1", "bid", "0.70", "10");
        no.order("SET-1", "ask", "0.70", "10");
        String resting = yes.order("SET-1", "bid", "0.20", "5").text("order_id");
        String yesBefore = yes.get("/portfolio/balance").json().get("balance_dollars").asText();

        Reply settled = sim.control("POST", "/markets/SET-1/settle", "{\"result\":\"yes\"}");

        assertThat(settled.status()).isEqualTo(200);
        assertThat(settled.json().get("market").get("result").asText()).isEqualTo("yes");
        assertThat(yes.get("/portfolio/orders/" + resting).json().get("order").get("status").asText())
                .isEqualTo("canceled");
        // $10 payout plus the canceled bid's collateral: $1.00 and its reserved worst-case fee ($0.056).
        String yesAfter = yes.get("/portfolio/balance").json().get("balance_dollars").asText();
        assertThat(new java.math.BigDecimal(yesAfter).subtract(new java.math.BigDecimal(yesBefore)))
                .isEqualByComparingTo("11.056");
        JsonNode settlement = yes.get("/portfolio/settlements").json().get("settlements").get(0);
        assertThat(settlement.get("ticker").asText()).isEqualTo("SET-1");
        assertThat(settlement.get("market_result").asText()).isEqualTo("yes");
        assertThat(settlement.get("revenue").asLong()).isEqualTo(1_000);
        assertThat(no.get("/portfolio/settlements").json().get("settlements").get(0).get("revenue").asLong()).isZero();
        assertThat(yes.get("/markets/SET-1").json().get("market").get("status").asText()).isEqualTo("finalized");
        assertThat(yes.order("SET-1", "bid", "0.50", "1").status()).isEqualTo(400);
        assertThat(sim.control("POST", "/markets/SET-1/settle", "{\"result\":\"maybe\"}").status()).isEqualTo(400);
    }
}
