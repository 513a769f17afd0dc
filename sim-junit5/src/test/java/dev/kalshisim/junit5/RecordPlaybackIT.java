package dev.kalshisim.junit5;

import static com.github.tomakehurst.wiremock.client.WireMock.recordSpec;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.KalshiTransportException;
import dev.kalshisim.kalshi.client.RetryPolicy;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.CreateOrderV2Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record and playback: WireMock, proxying to the simulator, records a client session as stub
 * mappings on disk; a fresh WireMock serves them with the simulator stopped, and the same session
 * gets the same answers. The way to turn a real demo session into an offline test.
 *
 * <p>Stubs match on method, URL and exact JSON body only: each request's signature headers carry
 * a new timestamp and are left out of the recording, as is any other header.
 */
@KalshiSimulatorTest
@Timeout(60)
class RecordPlaybackIT {

    private static final String TICKER = "KXTAPE-26JAN01-T50";

    @Test
    void sessionRecordedThroughAProxyReplaysWithTheSimulatorStopped(KalshiSim sim, @TempDir Path recording)
            throws Exception {
        sim.createMarket(TICKER);
        SimAccount account = sim.createAccount();

        List<Object> recorded;
        WireMockServer recorder = wireMock(recording);
        try {
            recorder.startRecording(recordSpec()
                    .forTarget(sim.serverUrl())
                    .makeStubsPersistent(true)
                    .matchRequestBodyWithEqualToJson(false, false));
            recorded = session(account.newClient(recorder.baseUrl() + "/trade-api/v2", UnaryOperator.identity()));
            List<StubMapping> stubs = recorder.stopRecording().getStubMappings();
            assertThat(stubs).allMatch(stub -> stub.getRequest().getHeaders() == null);
        } finally {
            recorder.stop();
        }
        assertThat(mappingFiles(recording)).isNotEmpty();

        String simulatorUrl = sim.baseUrl();
        sim.stop();
        KalshiClient direct = account.newClient(simulatorUrl, builder -> builder.retryPolicy(RetryPolicy.none()));
        assertThatThrownBy(() -> direct.exchange().status()).isInstanceOf(KalshiTransportException.class);

        WireMockServer player = wireMock(recording);
        try {
            List<Object> replayed = session(account.newClient(player.baseUrl() + "/trade-api/v2",
                    UnaryOperator.identity()));

            assertThat(replayed).isEqualTo(recorded);
            assertThat(player.findAllUnmatchedRequests()).isEmpty();
        } finally {
            player.stop();
        }
    }

    /**
     * A bot's few calls, a repeated one among them (WireMock records repeats as a scenario, so the
     * replay answers them in order); returns every answer.
     */
    private static List<Object> session(KalshiClient client) {
        List<Object> answers = new ArrayList<>();
        answers.add(client.exchange().status());
        answers.add(client.markets().market(TICKER));
        answers.add(client.portfolio().balance());
        CreateOrderV2Response created = client.orders().create(CreateOrderV2Request.gtc(TICKER, BookSide.BID,
                Count.ofContracts(3), Price.ofCents(35)));
        answers.add(created);
        answers.add(client.portfolio().order(created.orderId()));
        answers.add(client.markets().orderbook(TICKER, 0));
        answers.add(client.portfolio().balance());
        answers.add(client.orders().cancel(created.orderId()));
        return answers;
    }

    private static WireMockServer wireMock(Path root) {
        WireMockServer server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .usingFilesUnderDirectory(root.toString()));
        server.start();
        return server;
    }

    private static List<Path> mappingFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.list(root.resolve("mappings"))) {
            return files.toList();
        }
    }
}
