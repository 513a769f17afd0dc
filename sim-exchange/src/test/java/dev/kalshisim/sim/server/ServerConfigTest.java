package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.sim.limits.RequestJournal;
import dev.kalshisim.sim.limits.UnsignedLimit;
import dev.kalshisim.sim.server.state.StateConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

    @Test
    void defaultsAreLoopbackOnAnEphemeralPortOnWallTime() {
        ServerConfig config = ServerConfig.defaults();

        assertThat(config.port()).isZero();
        assertThat(config.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(config.authWindow()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.legacyOrderWrites()).isFalse();
        assertThat(config.rateLimitHeaders()).isFalse();
        assertThat(config.unsignedLimit()).isEqualTo(UnsignedLimit.PER_ADDRESS);
        assertThat(config.journalCapacity()).isEqualTo(RequestJournal.DEFAULT_CAPACITY);
        assertThat(config.clock()).isSameAs(WallClock.instance());
    }

    @Test
    void aCopyThroughTheBuilderKeepsEveryComponent() {
        ServerConfig config = ServerConfig.builder().port(8123).bindAddress("0.0.0.0").authWindow(Duration.ofSeconds(5))
                .legacyOrderWrites(true).rateLimitHeaders(true).unsignedLimit(UnsignedLimit.NONE).journalCapacity(7)
                .clock(VirtualClock.atMillis(1_000)).build();

        assertThat(config.toBuilder().build()).isEqualTo(config);
    }

    @Test
    void withChangesOneComponentOnly() {
        ServerConfig config = ServerConfig.defaults();
        VirtualClock clock = VirtualClock.atMillis(1_000);

        ServerConfig changed = config.withClock(clock).withPort(8123);

        assertThat(changed).isEqualTo(config.toBuilder().clock(clock).port(8123).build());
        assertThat(changed.tiers()).isSameAs(config.tiers());
        assertThat(changed.history()).isSameAs(config.history());
    }

    @Test
    void theBuilderRefusesWhatTheConfigRefuses() {
        assertThatThrownBy(() -> ServerConfig.builder().port(70_000).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
        assertThatThrownBy(() -> ServerConfig.defaults().withJournalCapacity(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("journalCapacity");
        assertThatThrownBy(() -> ServerConfig.builder().clock(null).build()).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theStatePartCarriesTheStateComponents() {
        VirtualClock clock = VirtualClock.atMillis(1_000);
        ServerConfig config = ServerConfig.builder().clock(clock).authWindow(Duration.ofSeconds(5)).journalCapacity(9)
                .unsignedLimit(UnsignedLimit.NONE).build();

        StateConfig state = config.stateConfig();

        assertThat(state).isEqualTo(new StateConfig(clock, Duration.ofSeconds(5), UnsignedLimit.NONE, config.tiers(),
                config.endpointCosts(), 9, config.engineLimits(), config.history()));
    }
}
