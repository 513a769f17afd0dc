package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.auth.PemKeys;
import dev.kalshisim.core.auth.RequestSigner;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The {@code /sim/v1} contract that tests in other languages depend on. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ControlPlaneIT {

    private final SimHarness sim = new SimHarness();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void serverGeneratedKeyIsPkcs1AndSignsRequests() {
        Reply created = sim.control("POST", "/accounts", "{\"balance_dollars\":\"1000.00\",\"tier\":\"basic\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode json = created.json();
        String pem = json.get("private_key_pem").asText();
        assertThat(pem).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        SimMember member = new SimMember(json.get("member_id").asText(), json.get("api_key_id").asText(),
                new RequestSigner(PemKeys.readPrivateKey(pem)), sim);
        JsonNode balance = member.get("/portfolio/balance").json();
        assertThat(balance.get("balance").asLong()).isEqualTo(100_000);
        assertThat(balance.get("balance_dollars").asText()).isEqualTo("1000.0000");
    }

    @Test
    void uploadedPublicKeyGetsNoPrivateKeyBack() {
        SimMember member = sim.member("5.00", "expert");
        Reply account = sim.control("GET", "/accounts/" + member.memberId, null);

        assertThat(account.json().get("tier").asText()).isEqualTo("expert");
        assertThat(member.get("/portfolio/balance").json().get("balance").asLong()).isEqualTo(500);
    }

    @Test
    void badAccountRequestsAre400() {
        assertThat(sim.control("POST", "/accounts", "{\"balance_dollars\":\"-1\"}").status()).isEqualTo(400);
        assertThat(sim.control("POST", "/accounts", "{\"tier\":\"gold\"}").status()).isEqualTo(400);
        assertThat(sim.control("POST", "/accounts", "{\"public_key_pem\":\"nope\"}").status()).isEqualTo(400);
        assertThat(sim.control("POST", "/accounts", "not json").status()).isEqualTo(400);
        assertThat(sim.control("POST", "/accounts/nobody/tier", "{\"tier\":\"basic\"}").status()).isEqualTo(404);
    }

    @Test
    void marketCreationCreatesSeriesAndEventAndOpensTrading() {
        Reply created = sim.control("POST", "/markets", """
                {"ticker":"CP-1","event_ticker":"CP-EV","series_ticker":"CPS","title":"Will it?",
                 "fee_type":"quadratic_with_maker_fees","price_level_structure":"deci_cent"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("market").get("status").asText()).isEqualTo("active");
        assertThat(sim.raw("GET", "/trade-api/v2/series/CPS", null).json().get("series").get("fee_type").asText())
                .isEqualTo("quadratic_with_maker_fees");
        assertThat(sim.raw("GET", "/trade-api/v2/events/CP-EV", null).status()).isEqualTo(200);
        assertThat(sim.member().order("CP-1", "bid", "0.505", "1").status()).isEqualTo(201);
        assertThat(sim.control("POST", "/markets", "{\"ticker\":\"CP-1\",\"event_ticker\":\"CP-EV\",\"series_ticker\":\"CPS\"}")
                .status()).isEqualTo(409);
        assertThat(sim.control("POST", "/markets", "{\"event_ticker\":\"X\",\"series_ticker\":\"Y\"}").status())
                .isEqualTo(400);
    }

    @Test
    void journalListsRequestsNewestLast() {
        SimMember member = sim.member();
        member.get("/portfolio/balance");
        member.get("/portfolio/orders/nope");
        sim.raw("GET", "/trade-api/v2/exchange/status", null);

        JsonNode entries = sim.control("GET", "/journal?api_key_id=" + member.apiKeyId + "&limit=10", null)
                .json().get("entries");

        assertThat(entries).hasSize(2);
        JsonNode last = entries.get(1);
        assertThat(last.get("path").asText()).isEqualTo("/trade-api/v2/portfolio/orders/nope");
        assertThat(last.get("status").asInt()).isEqualTo(404);
        assertThat(last.get("method").asText()).isEqualTo("GET");
        assertThat(last.get("cost").asLong()).isEqualTo(2);
        assertThat(last.get("bucket").asText()).isEqualTo("read");
        assertThat(last.get("ts_ms").asLong()).isEqualTo(SimHarness.START_MILLIS);
        assertThat(last.get("api_key_id").asText()).isEqualTo(member.apiKeyId);
        assertThat(sim.control("GET", "/journal?limit=1", null).json().get("entries").get(0).get("api_key_id").isNull())
                .isTrue();
    }

    @Test
    void clockMovesForwardOnly() {
        Reply advanced = sim.control("POST", "/clock/advance", "{\"millis\":1500}");
        assertThat(advanced.json().get("now_ms").asLong()).isEqualTo(SimHarness.START_MILLIS + 1_500);
        Reply set = sim.control("POST", "/clock", "{\"now_ms\":" + (SimHarness.START_MILLIS + 10_000) + "}");
        assertThat(set.json().get("now_ms").asLong()).isEqualTo(SimHarness.START_MILLIS + 10_000);
        assertThat(sim.control("POST", "/clock", "{\"now_ms\":1}").status()).isEqualTo(400);
        assertThat(sim.control("POST", "/clock/advance", "{\"millis\":-5}").status()).isEqualTo(400);
    }

    @Test
    void injectedErrorsAndPausesAreSeenByBots() {
        sim.market("CP-2");
        SimMember member = sim.member();
        assertThat(sim.control("POST", "/faults", "{\"error_rate\":\"1\",\"error_status\":503,\"seed\":7}").status())
                .isEqualTo(200);
        Reply failed = member.get("/portfolio/balance");
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.errorCode()).isEqualTo("service_unavailable");

        sim.control("POST", "/faults", "{\"exchange_paused\":true}");
        assertThat(sim.raw("GET", "/trade-api/v2/exchange/status", null).json().get("exchange_active").asBoolean())
                .isFalse();
        assertThat(member.order("CP-2", "bid", "0.50", "1").errorCode()).isEqualTo("exchange_paused");

        sim.control("DELETE", "/faults", null);
        assertThat(member.order("CP-2", "bid", "0.50", "1").status()).isEqualTo(201);
        assertThat(sim.control("POST", "/faults", "{\"error_rate\":\"2\"}").status()).isEqualTo(400);
    }

    @Test
    void addedLatencyStillAnswers() throws Exception {
        SimMember member = sim.member();
        Reply set = sim.control("POST", "/faults", "{\"latency_ms\":20}");
        assertThat(set.json().get("latency_ms").asLong()).isEqualTo(20);

        // The server runs on the harness's virtual clock, so the delayed answer waits for the clock.
        long releaseNanos = sim.clock.nowNanos() + TimeUnit.MILLISECONDS.toNanos(20);
        CompletableFuture<Reply> balance = CompletableFuture.supplyAsync(() -> member.get("/portfolio/balance"));
        awaitTimerAt(releaseNanos);
        sim.clock.advanceByMillis(19);
        assertThat(balance).isNotDone();

        sim.clock.advanceByMillis(1);
        assertThat(balance.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(sim.control("GET", "/faults", null).json().get("latency_ms").asLong()).isEqualTo(20);
    }

    /** Waits until the server has put a request's delay on the virtual clock (nothing else is scheduled). */
    private void awaitTimerAt(long atNanos) throws InterruptedException {
        while (sim.clock.nextDueNanos() != atNanos) {
            Thread.onSpinWait();
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    @Test
    void droppedConnectionsGiveNoAnswer() {
        SimMember member = sim.member();
        sim.control("POST", "/faults", "{\"drop_rate\":1}");

        assertThatThrownBy(() -> member.get("/portfolio/balance")).isInstanceOf(UncheckedIOException.class);
        sim.control("DELETE", "/faults", null);
        assertThat(member.get("/portfolio/balance").status()).isEqualTo(200);
    }

    @Test
    void webSocketFaultsAreSetListedAndClearedOverHttp() {
        Reply set = sim.control("POST", "/faults/websocket/drop_messages", "{\"channel\":\"orderbook_delta\",\"count\":2}");
        assertThat(set.status()).isEqualTo(200);
        JsonNode drop = set.json().get("pending_drops").get(0);
        assertThat(drop.get("channel").asText()).isEqualTo("orderbook_delta");
        assertThat(drop.get("remaining").asInt()).isEqualTo(2);
        assertThat(drop.has("sid")).as("no sid: every subscription of the channel").isFalse();

        assertThat(sim.control("POST", "/faults/websocket/drop_messages", "{\"channel\":\"no_such_channel\"}").status())
                .isEqualTo(400);
        assertThat(sim.control("POST", "/faults/websocket/drop_messages", "{\"channel\":\"trade\",\"count\":0}").status())
                .isEqualTo(400);
        Reply cut = sim.control("POST", "/faults/websocket/drop_connections", null);
        assertThat(cut.status()).isEqualTo(200);
        assertThat(cut.json().get("dropped_connections").asInt()).isZero();

        sim.control("DELETE", "/faults", null);
        assertThat(sim.control("GET", "/faults/websocket", null).json().get("pending_drops")).isEmpty();

        sim.control("POST", "/faults/websocket/drop_messages", "{\"channel\":\"trade\"}");
        sim.control("POST", "/reset", null);
        assertThat(sim.control("GET", "/faults/websocket", null).json().get("pending_drops"))
                .as("a reset clears WebSocket faults too").isEmpty();
    }

    @Test
    void resetForgetsEverything() {
        sim.market("CP-3");
        SimMember member = sim.member();

        assertThat(sim.control("POST", "/reset", null).status()).isEqualTo(200);

        assertThat(member.get("/portfolio/balance").status()).isEqualTo(401);
        assertThat(sim.raw("GET", "/trade-api/v2/markets", null).json().get("markets")).isEmpty();
        // The journal restarted: only the refused call with the forgotten key and the market read are in it.
        JsonNode entries = sim.control("GET", "/journal", null).json().get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("status").asInt()).isEqualTo(401);
        assertThat(entries.get(0).get("api_key_id").isNull()).isTrue();
    }

    @Test
    void wallClockServerRefusesToMoveTime() {
        try (EmbeddedSimulator wall = EmbeddedSimulator.start()) {
            Reply reply = new SimHarness.Raw(wall.serverUrl()).send("POST", "/sim/v1/clock/advance", "{\"millis\":1}");
            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.errorCode()).isEqualTo("conflict");
        }
    }

    @Test
    void unknownControlPathIs404() {
        assertThat(sim.control("GET", "/nothing", null).status()).isEqualTo(404);
        assertThat(sim.control("DELETE", "/accounts", null).status()).isEqualTo(405);
    }
}
