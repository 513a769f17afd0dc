package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The deprecated {@code /portfolio/orders} writes: refused like production by default, working behind the option. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LegacyOrderIT {

    private static final String LEGACY_BUY_NO = """
            {"ticker":"LG-1","side":"no","action":"buy","count":3,"no_price":40,"client_order_id":"legacy-1"}""";

    private SimHarness sim;

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void refusedByDefaultTellingTheCallerToSwitch() {
        sim = new SimHarness();
        sim.market("LG-1");
        SimMember member = sim.member();

        Reply refused = member.post("/portfolio/orders", LEGACY_BUY_NO);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("endpoint_deprecated");
        assertThat(refused.json().get("error").get("message").asText()).isEqualTo("Please switch to the V2 endpoints");
        // The legacy create spent the whole basic write bucket (100 tokens); let it refill first.
        assertThat(member.delete("/portfolio/orders/some-id").status()).isEqualTo(429);
        sim.advanceMillis(1_000);
        assertThat(member.delete("/portfolio/orders/some-id").errorCode()).isEqualTo("endpoint_deprecated");
        assertThat(member.get("/portfolio/orders").json().get("orders")).isEmpty();
        // Still charged its legacy cost, so the published cost table is what is enforced.
        JsonNode entries = sim.control("GET", "/journal?api_key_id=" + member.apiKeyId, null).json().get("entries");
        assertThat(entries.get(0).get("cost").asLong()).isEqualTo(100);
        assertThat(entries.get(2).get("cost").asLong()).isEqualTo(20);
    }

    @Test
    void acceptedWithTheOptionAndConvertedToV2() {
        sim = new SimHarness(ServerConfig.defaults().withLegacyOrderWrites(true));
        sim.market("LG-1");
        SimMember member = sim.member("1000.00", "premier");

        Reply created = member.post("/portfolio/orders", LEGACY_BUY_NO);

        assertThat(created.status()).isEqualTo(201);
        JsonNode order = created.json().get("order");
        // Buying NO at 40 cents is an ask at YES 0.60.
        assertThat(order.get("book_side").asText()).isEqualTo("ask");
        assertThat(order.get("yes_price_dollars").asText()).isEqualTo("0.6000");
        assertThat(order.get("no_price_dollars").asText()).isEqualTo("0.4000");
        String id = order.get("order_id").asText();

        Reply decreased = member.post("/portfolio/orders/" + id + "/decrease", "{\"reduce_by\":1}");
        assertThat(decreased.json().get("order").get("remaining_count_fp").asText()).isEqualTo("2.00");
        Reply amended = member.post("/portfolio/orders/" + id + "/amend", """
                {"ticker":"LG-1","side":"no","action":"buy","no_price_dollars":"0.45","count":2}""");
        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.json().get("old_order").get("no_price_dollars").asText()).isEqualTo("0.4000");
        assertThat(amended.json().get("order").get("no_price_dollars").asText()).isEqualTo("0.4500");
        Reply canceled = member.delete("/portfolio/orders/" + id);
        assertThat(canceled.json().get("reduced_by_fp").asText()).isEqualTo("2.00");

        Reply batch = member.post("/portfolio/orders/batched", "{\"orders\":[" + LEGACY_BUY_NO.replace("legacy-1", "legacy-2")
                + ",{\"ticker\":\"LG-1\",\"side\":\"yes\",\"action\":\"buy\",\"count\":1}]}");
        assertThat(batch.status()).isEqualTo(201);
        assertThat(batch.json().get("orders").get(0).has("order")).isTrue();
        assertThat(batch.json().get("orders").get(1).get("error").get("code").asText()).isEqualTo("invalid_parameters");
        String batchId = batch.json().get("orders").get(0).get("order").get("order_id").asText();
        Reply batchCancel = member.delete("/portfolio/orders/batched", "{\"ids\":[\"" + batchId + "\"]}");
        assertThat(batchCancel.json().get("orders").get(0).get("reduced_by_fp").asText()).isEqualTo("3.00");
        assertThat(sim.violations()).isEmpty();
    }
}
