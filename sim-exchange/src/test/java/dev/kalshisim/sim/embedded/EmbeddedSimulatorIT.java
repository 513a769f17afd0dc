package dev.kalshisim.sim.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.auth.PemKeys;
import dev.kalshisim.core.auth.RequestSigner;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.server.ServerConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The embedded simulator and its control-plane client, on a real loopback server. */
@Timeout(60)
class EmbeddedSimulatorIT {

    /** 2026-09-01T12:00:00Z. */
    private static final long START_MILLIS = 1_788_264_000_000L;

    @Test
    void listensOnLoopbackAndNamesItsUrls() {
        try (EmbeddedSimulator simulator = EmbeddedSimulator.start()) {
            assertThat(simulator.port()).isPositive();
            assertThat(simulator.serverUrl()).isEqualTo("http://127.0.0.1:" + simulator.port());
            assertThat(simulator.restBaseUrl()).isEqualTo(simulator.serverUrl() + "/trade-api/v2");
            assertThat(simulator.webSocketUrl()).hasToString("ws://127.0.0.1:" + simulator.port() + "/trade-api/ws/v2");
            assertThat(simulator.control().url()).isEqualTo(simulator.serverUrl() + "/sim/v1");
        }
    }

    @Test
    void accountsAreKeyedByTheCallerOrByTheSimulator() {
        try (EmbeddedSimulator simulator = EmbeddedSimulator.start()) {
            OpenedAccount own = simulator.createAccount(Money.ofDollars(500), Tier.BASIC, TestKeys.firstPublicKeyPem());
            assertThat(own.privateKeyPem()).as("the caller keeps its private key").isNull();
            assertThat(simulator.server().state().keys().find(own.apiKeyId())).get()
                    .satisfies(key -> assertThat(key.memberId()).isEqualTo(own.memberId()));

            OpenedAccount generated = simulator.createAccount(Money.ofDollars(500), Tier.BASIC, false);
            assertThat(generated.privateKeyPem()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
            assertThat(generated.toString()).doesNotContain(generated.privateKeyPem());
            // The simulator registered the public half of the key it answered.
            String signature = new RequestSigner(PemKeys.readPrivateKey(generated.privateKeyPem()))
                    .sign(START_MILLIS, "GET", "/trade-api/v2/portfolio/balance");
            assertThat(simulator.server().state().keys().find(generated.apiKeyId())).get()
                    .satisfies(key -> assertThat(key.verifier()
                            .verify(START_MILLIS, "GET", "/trade-api/v2/portfolio/balance", signature)).isTrue());
        }
    }

    @Test
    void aTickerNamesItsSeriesAndEvent() {
        try (EmbeddedSimulator simulator = EmbeddedSimulator.start()) {
            Market market = simulator.createMarket("KXHIGHNY-26JAN01-T50");
            assertThat(market.ticker()).isEqualTo("KXHIGHNY-26JAN01-T50");
            assertThat(market.eventTicker()).isEqualTo("KXHIGHNY-26JAN01");
            assertThat(simulator.createMarket("SOLO").eventTicker()).isEqualTo("SOLO");
        }
    }

    @Test
    void theVirtualClockMovesThroughTheControlPlaneAndResetForgetsEverything() {
        VirtualClock clock = VirtualClock.atMillis(START_MILLIS);
        try (EmbeddedSimulator simulator = EmbeddedSimulator.start(ServerConfig.defaults().withClock(clock))) {
            OpenedAccount account = simulator.createAccount(Money.ofDollars(1), Tier.BASIC, TestKeys.firstPublicKeyPem());
            simulator.createMarket("KXRESET-26JAN01-T50");

            simulator.advanceClock(Duration.ofMinutes(5));
            assertThat(simulator.clock().nowMillis()).isEqualTo(START_MILLIS + Duration.ofMinutes(5).toMillis());
            assertThat(simulator.invariantViolations()).isEmpty();

            simulator.reset();
            assertThat(simulator.server().state().keys().find(account.apiKeyId())).isEmpty();
            // The market is gone too, so the same ticker can be created again.
            assertThat(simulator.createMarket("KXRESET-26JAN01-T50").ticker()).isEqualTo("KXRESET-26JAN01-T50");
        }
    }

    @Test
    void aRefusedCallCarriesTheServersAnswerAndStopIsIdempotent() {
        EmbeddedSimulator simulator = EmbeddedSimulator.start();
        try {
            // A wall-clock server refuses to move time: 409, and the body says why.
            assertThatThrownBy(() -> simulator.advanceClock(Duration.ofMillis(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("expected 200, got 409")
                    .hasMessageContaining("conflict");
        } finally {
            simulator.stop();
            simulator.close();
        }
        assertThat(simulator.serverUrl()).as("the URL outlives the connector").contains(":" + simulator.port());
    }
}
