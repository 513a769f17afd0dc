package dev.kalshisim.cli.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.cli.Main;
import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.data.recording.Source;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import dev.kalshisim.sim.engine.retention.LiveWindow;
import dev.kalshisim.sim.history.HistoryConfig;
import dev.kalshisim.sim.server.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backfill} against the simulator: trades made between two accounts, the older ones moved
 * behind the historical cutoff by the clock; every trade must land in the recording exactly once.
 */
@Timeout(120)
class BackfillCommandIT {

    /** 2026-09-01T12:00:00Z. */
    private static final long START_MILLIS = 1_788_264_000_000L;
    private static final String EVENT = "KXBF-26SEP01";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private EmbeddedSimulator simulator;
    private KalshiClient alice;
    private KalshiClient bob;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void trade() {
        VirtualClock clock = VirtualClock.atMillis(START_MILLIS);
        HistoryConfig history = HistoryConfig.defaults().withLive(LiveWindow.defaults().withWindow(Duration.ofMinutes(1)));
        simulator = EmbeddedSimulator.start(ServerConfig.defaults().withClock(clock).withHistory(history));
        simulator.createMarket(EVENT + "-A");
        simulator.createMarket(EVENT + "-B");
        alice = client(simulator.createAccount(Money.ofDollars(10_000), Tier.PRESTIGE, false));
        bob = client(simulator.createAccount(Money.ofDollars(10_000), Tier.PRESTIGE, false));
        // 12 trades 10 s apart on two markets; then 2 minutes pass, so the first ones go historical.
        for (int i = 0; i < 12; i++) {
            cross(i % 2 == 0 ? EVENT + "-A" : EVENT + "-B", 30 + i);
            simulator.advanceClock(Duration.ofSeconds(10));
        }
        simulator.advanceClock(Duration.ofMinutes(2));
        for (int i = 0; i < 3; i++) {
            cross(EVENT + "-A", 60 + i);
            simulator.advanceClock(Duration.ofSeconds(5));
        }
    }

    @AfterEach
    void stop() {
        alice.close();
        bob.close();
        assertThat(simulator.invariantViolations()).isEmpty();
        simulator.close();
    }

    @Test
    void everyTradeLiveAndHistoricalLandsExactlyOnceInTimeOrder() throws IOException, InterruptedException {
        Set<String> made = tradeIdsOfAlicesFills();
        assertThat(made).hasSize(15);
        JsonNode historical = JSON.readTree(alice.raw().get("/historical/trades", List.of()).body()).path("trades");
        assertThat(historical.size()).as("some trades went historical").isBetween(1, 14);

        Path rec = temp.resolve("rec");
        int code = run("backfill", "--url", simulator.restBaseUrl(), "--event", EVENT, "--out", rec.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("backfilled 2 markets, 15 trades");

        List<String> seen = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        int candleAnswers = 0;
        RecordedMessage firstPage = null;
        try (RecordingReader reader = RecordingReader.open(rec)) {
            long last = Long.MIN_VALUE;
            while (reader.hasNext()) {
                RecordedMessage line = reader.next();
                assertThat(line.source()).isEqualTo(Source.REST);
                assertThat(line.recvNanos()).isGreaterThanOrEqualTo(last);
                last = line.recvNanos();
                String path = line.path().substring(0, line.path().indexOf('?'));
                paths.add(path);
                JsonNode body = JSON.readTree(line.rawJson());
                if (path.endsWith("/candlesticks")) {
                    candleAnswers++;
                    continue;
                }
                body.path("trades").forEach(trade -> seen.add(trade.path("trade_id").asText()));
                if (firstPage == null) {
                    firstPage = line;
                }
            }
        }
        // Verbatim: the same request answers the same bytes.
        assertThat(firstPage).isNotNull();
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(simulator.serverUrl() + firstPage.path())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(firstPage.rawJson()).isEqualTo(again.body().strip());
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(made);
        assertThat(paths).contains("/trade-api/v2/markets/trades", "/trade-api/v2/historical/trades");
        assertThat(candleAnswers).isEqualTo(2);

        Manifest manifest = RecordingReader.readManifest(rec);
        assertThat(manifest.origin().kind()).isEqualTo("backfill");
        assertThat(manifest.origin().environment()).isEqualTo("simulator");
        assertThat(manifest.markets()).extracting(Manifest.MarketMetadata::ticker).containsExactly(EVENT + "-A", EVENT + "-B");
        Manifest.MarketMetadata first = manifest.markets().get(0);
        assertThat(first.market().path("ticker").asText()).isEqualTo(EVENT + "-A");
        assertThat(first.event().path("event_ticker").asText()).isEqualTo(EVENT);
        assertThat(first.series().path("ticker").asText()).isEqualTo("KXBF");
    }

    @Test
    void aTimeRangeKeepsOnlyItsTrades() throws IOException {
        long from = START_MILLIS / 1000 + 30;
        long to = START_MILLIS / 1000 + 70;
        Path rec = temp.resolve("rec");
        int code = run("backfill", "--url", simulator.restBaseUrl(), "--tickers", EVENT + "-A," + EVENT + "-B",
                "--from", Long.toString(from), "--to", Long.toString(to), "--out", rec.toString());
        assertThat(code).as(err.toString()).isZero();
        // Trades at +30, +40, +50, +60, +70 s.
        assertThat(out.toString()).contains("backfilled 2 markets, 5 trades");
    }

    @Test
    void aSeriesTakesEveryMarketInIt() {
        Path rec = temp.resolve("rec");
        int code = run("backfill", "--url", simulator.restBaseUrl(), "--series", "KXBF", "--candle-period", "1", "--out",
                rec.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("backfilled 2 markets, 15 trades");
        assertThat(RecordingReader.readManifest(rec).origin().detail()).contains("series KXBF", "(period 1 min)");
    }

    @Test
    void aTickerTheSourceDoesNotHaveIsOneLineAndNoRecording() {
        Path rec = temp.resolve("rec");
        int code = run("backfill", "--url", simulator.restBaseUrl(), "--tickers", EVENT + "-A,KXNOPE-1", "--out",
                rec.toString());
        assertThat(code).isNotZero();
        assertThat(err.toString().lines()).containsExactly(
                "kalshi-sim: ticker KXNOPE-1: the source has no such market, live or historical");
        assertThat(rec).doesNotExist();
        assertThat(temp.toFile().list()).isEmpty();
    }

    @Test
    void anEventTheSourceDoesNotHaveIsOneLine() {
        int code = run("backfill", "--url", simulator.restBaseUrl(), "--event", "KXNOPE-26", "--out",
                temp.resolve("rec").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("event KXNOPE-26: the source has no markets");
    }

    private Set<String> tradeIdsOfAlicesFills() throws IOException {
        Set<String> ids = new HashSet<>();
        for (String path : List.of("/portfolio/fills", "/historical/fills")) {
            JsonNode fills = JSON.readTree(alice.raw().get(path, List.of(Map.entry("limit", "200"))).body()).path("fills");
            fills.forEach(fill -> ids.add(fill.path("trade_id").asText()));
        }
        return ids;
    }

    /** Bob rests an ask, Alice takes it: one trade. */
    private void cross(String ticker, int cents) {
        bob.orders().create(CreateOrderV2Request.gtc(ticker, BookSide.ASK, Count.ofContracts(1), Price.ofCents(cents)));
        alice.orders().create(CreateOrderV2Request.gtc(ticker, BookSide.BID, Count.ofContracts(1), Price.ofCents(cents)));
    }

    private KalshiClient client(OpenedAccount account) {
        return KalshiClient.builder(simulator.restBaseUrl())
                .credentials(Credentials.fromPem(account.apiKeyId(), account.privateKeyPem()))
                .clock(simulator.clock())
                .build();
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
