package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.auth.PemKeys;
import dev.kalshisim.core.auth.RequestSigner;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fee rounding over the wire: a default member's balance stays on whole cents and its fill's
 * {@code fee_cost} includes the rounding fee; a direct member opened with {@code "direct_member": true}
 * keeps four decimals.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FeeRoundingServerIT {

    private final SimHarness sim = new SimHarness();

    @AfterEach
    void stop() {
        assertThat(sim.violations()).isEmpty();
        sim.close();
    }

    @Test
    void directMembersKeepFourDecimalsAndOthersWholeCents() {
        sim.market("FEE-1");
        SimMember maker = sim.member();
        SimMember regular = sim.member();
        SimMember direct = directMember();
        maker.order("FEE-1", "bid", "0.40", "20");

        regular.order("FEE-1", "ask", "0.40", "10");
        direct.order("FEE-1", "ask", "0.40", "10");

        // Each bought 10 NO at 0.60 with a 0.168 trade fee: -6.168, floored to -6.17 unless direct.
        assertThat(balanceDollars(regular)).isEqualTo("993.8300");
        assertThat(balanceDollars(direct)).isEqualTo("993.8320");
        assertThat(fill(regular).get("fee_cost").asText()).isEqualTo("0.1700");
        assertThat(fill(direct).get("fee_cost").asText()).isEqualTo("0.1680");
        JsonNode position = regular.get("/portfolio/positions").json().get("market_positions").get(0);
        assertThat(position.get("fees_paid_dollars").asText()).isEqualTo("0.1700");
        String orderId = fill(regular).get("order_id").asText();
        assertThat(regular.get("/portfolio/orders/" + orderId).json().get("order").get("taker_fees_dollars").asText())
                .isEqualTo("0.1700");
    }

    @Test
    void directMemberFlagMustBeABoolean() {
        Reply refused = sim.control("POST", "/accounts", "{\"balance_dollars\":\"10\",\"direct_member\":\"yes\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("direct_member");
    }

    private SimMember directMember() {
        Reply created = sim.control("POST", "/accounts", "{\"balance_dollars\":\"1000.00\",\"direct_member\":true}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode json = created.json();
        return new SimMember(json.get("member_id").asText(), json.get("api_key_id").asText(),
                new RequestSigner(PemKeys.readPrivateKey(json.get("private_key_pem").asText())), sim);
    }

    private static String balanceDollars(SimMember member) {
        return member.get("/portfolio/balance").json().get("balance_dollars").asText();
    }

    private static JsonNode fill(SimMember member) {
        return member.get("/portfolio/fills").json().get("fills").get(0);
    }
}
