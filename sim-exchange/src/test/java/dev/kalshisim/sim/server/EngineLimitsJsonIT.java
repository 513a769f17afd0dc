package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.sim.engine.config.EngineLimits;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The {@code engine_limits} key of {@code serve --config}, and a server that enforces what it says. */
class EngineLimitsJsonIT {

    @Test
    void everyLimitCanBeSet() {
        ServerConfig config = ServerConfigFile.parse("""
                {"engine_limits": {"max_order_contracts": "500", "max_batch_items": 20,
                  "max_position_contracts": 2000, "max_balance_dollars": "50000", "max_deposit_dollars": "10000",
                  "max_total_deposits_dollars": "1000000", "max_fee_multiplier": "2.5"}}""", ServerConfig.defaults());

        assertThat(config.engineLimits()).isEqualTo(new EngineLimits(50_000L, 20, 200_000L, 50_000_000_000L,
                10_000_000_000L, 1_000_000_000_000L, new BigDecimal("2.5")));
    }

    @Test
    void missingKeysKeepTheDefaultsAndBadOnesAreRefused() {
        assertThat(ServerConfigFile.parse("{\"engine_limits\": {}}", ServerConfig.defaults()).engineLimits())
                .isEqualTo(EngineLimits.defaults());
        assertThatThrownBy(() -> ServerConfigFile.parse("{\"engine_limits\": {\"max_orders\": 1}}",
                ServerConfig.defaults())).hasMessageContaining("unknown engine_limits key \"max_orders\"");
        assertThatThrownBy(() -> ServerConfigFile.parse("{\"engine_limits\": {\"max_order_contracts\": \"2000000\"}}",
                ServerConfig.defaults())).hasMessageStartingWith("config engine_limits: maxOrderCount");
        assertThatThrownBy(() -> ServerConfigFile.parse(
                "{\"engine_limits\": {\"max_total_deposits_dollars\": \"9223372036854\"}}", ServerConfig.defaults()))
                .hasMessageStartingWith("config engine_limits:");
        assertThatThrownBy(() -> ServerConfigFile.parse("{\"engine_limits\": 5}", ServerConfig.defaults()))
                .hasMessage("config engine_limits must be a JSON object");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aServerEnforcesItsConfiguredLimits() {
        EngineLimits small = EngineLimits.defaults().withMaxOrderCount(1_000L).withMaxBatchItems(2);
        try (SimHarness sim = new SimHarness(ServerConfig.defaults().withEngineLimits(small))) {
            sim.market("CFG-1");
            SimMember member = sim.member();

            Reply over = member.order("CFG-1", "bid", "0.40", "10.01");
            Reply batch = member.post("/portfolio/events/orders/batched", "{\"orders\":[{},{},{}]}");

            assertThat(over.status()).isEqualTo(400);
            assertThat(over.json().path("error").path("message").asText())
                    .startsWith("count must be between 0.01 and 10 contracts");
            assertThat(member.order("CFG-1", "bid", "0.40", "10").status()).isEqualTo(201);
            assertThat(batch.status()).isEqualTo(400);
            assertThat(batch.json().path("error").path("message").asText()).isEqualTo("orders takes at most 2 orders, got 3");
        }
    }
}
