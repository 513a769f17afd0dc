package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.limits.UnsignedLimit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerConfigFileTest {

    @Test
    void everyKeyOverridesTheBase() {
        ServerConfig config = ServerConfigFile.parse("""
                {"port": 8123, "auth_window_ms": 5000, "legacy_order_writes": true, "rate_limit_headers": true,
                 "unsigned_limit": "none", "journal_capacity": 10, "clock": "virtual", "virtual_start_ms": 1000,
                 "tiers": {"tiers": {
                   "basic": {"read": {"refill_rate": 1, "bucket_capacity": 2}, "write": {"refill_rate": 3, "bucket_capacity": 4}},
                   "advanced": {"read": {"refill_rate": 1, "bucket_capacity": 2}, "write": {"refill_rate": 3, "bucket_capacity": 4}},
                   "expert": {"read": {"refill_rate": 1, "bucket_capacity": 2}, "write": {"refill_rate": 3, "bucket_capacity": 4}},
                   "premier": {"read": {"refill_rate": 1, "bucket_capacity": 2}, "write": {"refill_rate": 3, "bucket_capacity": 4}},
                   "paragon": {"read": {"refill_rate": 1, "bucket_capacity": 2}, "write": {"refill_rate": 3, "bucket_capacity": 4}},
                   "prime": {"read": {"refill_rate": 1, "bucket_capacity": 2}, "write": {"refill_rate": 3, "bucket_capacity": 4}},
                   "prestige": {"read": {"refill_rate": 1, "bucket_capacity": 2}, "write": {"refill_rate": 3, "bucket_capacity": 4}}}},
                 "endpoint_costs": {"default_cost": 7, "endpoint_costs": []}}""", ServerConfig.defaults());

        assertThat(config.port()).isEqualTo(8123);
        assertThat(config.authWindow()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.legacyOrderWrites()).isTrue();
        assertThat(config.rateLimitHeaders()).isTrue();
        assertThat(config.unsignedLimit()).isEqualTo(UnsignedLimit.NONE);
        assertThat(config.journalCapacity()).isEqualTo(10);
        assertThat(config.clock()).isInstanceOf(VirtualClock.class);
        assertThat(config.clock().nowMillis()).isEqualTo(1000);
        assertThat(config.tiers().limits(Tier.BASIC).write().bucketCapacity()).isEqualTo(4);
        assertThat(config.endpointCosts().defaultCost()).isEqualTo(7);
    }

    @Test
    void emptyFileKeepsDefaults() {
        ServerConfig config = ServerConfigFile.parse("{}", ServerConfig.defaults());
        assertThat(config).isEqualTo(ServerConfig.defaults());
    }

    @Test
    void typosAndBadValuesAreRefused() {
        assertThatThrownBy(() -> ServerConfigFile.parse("{\"prot\": 1}", ServerConfig.defaults()))
                .hasMessageContaining("prot");
        assertThatThrownBy(() -> ServerConfigFile.parse("{\"port\": \"x\"}", ServerConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerConfigFile.parse("{\"clock\": \"sundial\"}", ServerConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerConfigFile.parse("[", ServerConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clientTimeoutsOverrideTheirDefaultsOneByOne() {
        ServerConfig config = ServerConfigFile.parse("""
                {"client_timeouts": {"header_timeout_ms": 2000, "min_body_bytes_per_second": 0}}""",
                ServerConfig.defaults());

        assertThat(config.clientTimeouts()).isEqualTo(ClientTimeouts.defaults()
                .withHeaderTimeout(Duration.ofSeconds(2)).withMinBodyBytesPerSecond(0));
        assertThatThrownBy(() -> ServerConfigFile.parse("{\"client_timeouts\": {\"body_ms\": 1}}",
                ServerConfig.defaults())).hasMessageContaining("client_timeouts.body_ms");
        assertThatThrownBy(() -> ServerConfigFile.parse("{\"client_timeouts\": {\"body_timeout_ms\": 0}}",
                ServerConfig.defaults())).hasMessageContaining("bodyTimeout must be positive");
    }

    @Test
    void theLiveWindowAndTheMemoryStoreCapAreConfigurable() {
        ServerConfig config = ServerConfigFile.parse("{\"live_window_ms\": 3600000, \"history_memory_rows\": 123}",
                ServerConfig.defaults());
        assertThat(config.history().live().window()).isEqualTo(java.time.Duration.ofHours(1));
        assertThat(config.history().memoryRows()).isEqualTo(123);
        assertThatThrownBy(() -> ServerConfigFile.parse("{\"live_window_ms\": 10}", ServerConfig.defaults()))
                .hasMessageContaining("live_window_ms must be at least 1000");
        assertThatThrownBy(() -> ServerConfigFile.parse("{\"history_memory_rows\": 0}", ServerConfig.defaults()))
                .hasMessageContaining("history_memory_rows");
    }
}
