package dev.kalshisim.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.kalshi.client.KalshiApiException;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.RetryPolicy;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.sim.limits.JournalEntry;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.Timeout;

/** What the extension and its {@link KalshiSim} handle give a test, checked against the running simulator. */
@KalshiSimulatorTest
@Timeout(60)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class KalshiSimulatorExtensionIT {

    private static KalshiSim startedForClass;

    @BeforeAll
    static void rememberSimulator(KalshiSim sim) {
        startedForClass = sim;
    }

    @Test
    void resolvesTheClassSimulatorOnAnEphemeralLoopbackPort(KalshiSim sim) {
        assertThat(sim).isSameAs(startedForClass);
        assertThat(sim.port()).isPositive();
        assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port() + "/trade-api/v2");
        assertThat(sim.webSocketUrl()).hasToString("ws://127.0.0.1:" + sim.port() + "/trade-api/ws/v2");
    }

    @Test
    void createMarketPutsItInTheSeriesAndEventItsTickerNames(KalshiSim sim) {
        Market created = sim.createMarket("KXEXT-26JAN01-T50");

        assertThat(created.eventTicker()).isEqualTo("KXEXT-26JAN01");
        assertThat(created.status()).isEqualTo(MarketStatus.ACTIVE);
        KalshiClient client = sim.createAccount().client();
        assertThat(client.markets().market("KXEXT-26JAN01-T50").eventTicker()).isEqualTo("KXEXT-26JAN01");
        assertThat(client.markets().event("KXEXT-26JAN01", false).event().seriesTicker()).isEqualTo("KXEXT");
    }

    @Test
    void createAccountFundsItAtItsTierWithAWorkingClient(KalshiSim sim) {
        SimAccount account = sim.createAccount(Money.ofDollars(250), Tier.ADVANCED);

        assertThat(account.client().portfolio().balance().balanceDollars()).isEqualTo(Money.ofDollars(250));
        assertThat(account.client().account().limits().usageTier()).isEqualTo("advanced");
        assertThat(account.credentials().keyId()).isEqualTo(account.apiKeyId());
        assertThat(account.toString()).doesNotContain("PRIVATE KEY");
    }

    @Test
    void journalListsTheRequestsOfOneKey(KalshiSim sim) {
        SimAccount account = sim.createAccount();
        SimAccount other = sim.createAccount();

        account.client().portfolio().balance();
        other.client().portfolio().balance();

        List<JournalEntry> entries = sim.journal(account.apiKeyId());
        assertThat(entries).isNotEmpty().allMatch(entry -> entry.apiKeyId().equals(account.apiKeyId()));
        assertThat(entries).anyMatch(entry -> entry.path().equals("/trade-api/v2/portfolio/balance")
                && entry.status() == 200);
    }

    @Test
    void injectedServerErrorsReachTheClientUntilCleared(KalshiSim sim) {
        KalshiClient client = sim.createAccount().newClient(builder -> builder.retryPolicy(RetryPolicy.none()));
        client.portfolio().balance();

        sim.faults().errors(503, SimFaults.MILLION);
        try {
            assertThatThrownBy(() -> client.portfolio().balance())
                    .isInstanceOfSatisfying(KalshiApiException.class, e -> assertThat(e.status()).isEqualTo(503));
        } finally {
            sim.faults().clear();
        }
        assertThat(client.portfolio().balance().balanceDollars()).isEqualTo(KalshiSim.DEFAULT_BALANCE);
    }

    @Test
    void pausedTradingRefusesOrdersUntilResumed(KalshiSim sim) {
        sim.createMarket("KXEXT-26JAN01-T60");
        KalshiClient client = sim.createAccount().client();
        CreateOrderV2Request bid = CreateOrderV2Request.gtc("KXEXT-26JAN01-T60", BookSide.BID, Count.ofContracts(1),
                Price.ofCents(40));

        sim.faults().tradingPaused(true);
        try {
            assertThatThrownBy(() -> client.orders().create(bid)).isInstanceOf(KalshiApiException.class);
        } finally {
            sim.faults().tradingPaused(false);
        }
        assertThat(client.orders().create(bid).remainingCount()).isEqualTo(Count.ofContracts(1));
    }

    @Test
    void settleFinishesTheMarketWithItsResult(KalshiSim sim) {
        sim.createMarket("KXEXT-26JAN01-T70");

        Market settled = sim.settle("KXEXT-26JAN01-T70", MarketResult.NO);

        assertThat(settled.result()).isEqualTo(MarketResult.NO);
        assertThat(settled.status()).isNotEqualTo(MarketStatus.ACTIVE);
    }

    @Nested
    @Order(1)
    class FirstNestedClass {
        @Test
        void sharesTheEnclosingClassSimulator(KalshiSim sim) {
            assertThat(sim).isSameAs(startedForClass);
        }
    }

    @Nested
    @Order(2)
    class SecondNestedClass {
        @Test
        void findsItStillRunningAfterAnEarlierNestedClassFinished(KalshiSim sim) {
            assertThat(sim).isSameAs(startedForClass);
            assertThat(sim.createAccount().client().exchange().status()).isNotNull();
        }
    }
}
