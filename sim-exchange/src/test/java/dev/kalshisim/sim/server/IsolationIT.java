package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One member can neither see nor touch another member's orders. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class IsolationIT {

    private final SimHarness sim = new SimHarness();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void anotherMembersOrderIsInvisibleAndUntouchable() {
        sim.market("ISO-1");
        SimMember owner = sim.member();
        SimMember intruder = sim.member();
        String id = owner.order("ISO-1", "bid", "0.30", "5").text("order_id");

        assertThat(intruder.get("/portfolio/orders").json().get("orders")).isEmpty();
        assertThat(intruder.get("/portfolio/orders/" + id).status()).isEqualTo(404);
        assertThat(intruder.get("/portfolio/orders/" + id + "/queue_position").status()).isEqualTo(404);
        assertThat(intruder.delete("/portfolio/events/orders/" + id).status()).isEqualTo(404);
        assertThat(intruder.post("/portfolio/events/orders/" + id + "/amend",
                "{\"ticker\":\"ISO-1\",\"side\":\"bid\",\"price\":\"0.31\",\"count\":\"5\"}").status()).isEqualTo(404);
        assertThat(intruder.post("/portfolio/events/orders/" + id + "/decrease", "{\"reduce_by\":\"1\"}").status())
                .isEqualTo(404);
        Reply batch = intruder.delete("/portfolio/events/orders/batched", "{\"orders\":[{\"order_id\":\"" + id + "\"}]}");
        assertThat(batch.json().get("orders").get(0).has("error")).isTrue();
        assertThat(intruder.delete("/portfolio/events/orders").status()).isEqualTo(204);
        assertThat(intruder.get("/portfolio/fills").json().get("fills")).isEmpty();

        var order = owner.get("/portfolio/orders/" + id).json().get("order");
        assertThat(order.get("status").asText()).isEqualTo("resting");
        assertThat(order.get("remaining_count_fp").asText()).isEqualTo("5.00");
        assertThat(sim.violations()).isEmpty();
    }
}
