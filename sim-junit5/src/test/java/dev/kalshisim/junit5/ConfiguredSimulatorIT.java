package dev.kalshisim.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.kalshi.client.KalshiApiException;
import dev.kalshisim.core.time.VirtualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension registered with settings: a virtual clock shared with the accounts' clients, and reset. */
@Timeout(60)
class ConfiguredSimulatorIT {

    /** 2026-01-01T00:00:00Z. */
    private static final long START_MILLIS = 1_767_225_600_000L;

    @RegisterExtension
    static final KalshiSimulatorExtension SIMULATOR = KalshiSimulatorExtension.builder()
            .clock(VirtualClock.atMillis(START_MILLIS))
            .legacyOrderWrites(true)
            .build();

    @Test
    void clientsSignOnTheVirtualClockSoTimeMayJumpPastTheAuthWindow(KalshiSim sim) {
        SimAccount account = sim.createAccount();
        account.client().portfolio().balance();

        sim.advanceClock(Duration.ofHours(1));

        assertThat(sim.clock().nowMillis()).isEqualTo(START_MILLIS + Duration.ofHours(1).toMillis());
        assertThat(sim.server().config().legacyOrderWrites()).isTrue();
        assertThat(account.client().portfolio().balance().balanceDollars()).isEqualTo(KalshiSim.DEFAULT_BALANCE);
    }

    @Test
    void resetForgetsMarketsAndAccounts(KalshiSim sim) {
        sim.createMarket("KXRESET-26JAN01-T50");
        String oldKey = sim.createAccount().apiKeyId();

        sim.reset();

        SimAccount fresh = sim.createAccount();
        assertThatThrownBy(() -> fresh.client().markets().market("KXRESET-26JAN01-T50"))
                .isInstanceOfSatisfying(KalshiApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(sim.journal(oldKey)).isEmpty();
        sim.createMarket("KXRESET-26JAN01-T50");
    }
}
