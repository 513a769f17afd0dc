package dev.kalshisim.cli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.auth.KalshiAuthHeaders;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three OS processes share one basic-tier key (write: 100 tokens a second, 100 at most; a create
 * costs 10), each pacing itself to the key's whole write budget as if it were alone. Straight at
 * the simulator they draw 429s; through the gateway none, while together using at least 95% of
 * the key's write budget.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GatewayIT {

    private static final String TICKER = "KXGATE-26JAN01-T1";
    private static final int BOTS = 3;
    private static final int CREATES_PER_SECOND = 10;
    private static final long WRITE_REFILL = 100;
    private static final long WRITE_CAPACITY = 100;
    private static final long CREATE_COST = 10;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static EmbeddedSimulator sim;
    private static OpenedAccount account;
    private static Credentials credentials;
    private static Gateway gateway;
    private static final StringWriter gatewayOut = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        sim = EmbeddedSimulator.start();
        account = sim.createAccount(Money.ofDollars(100_000), Tier.BASIC, TestKeys.firstPublicKeyPem());
        credentials = TestKeys.credentials(account.apiKeyId());
        sim.createMarket(TICKER);
        PrintWriter out = new PrintWriter(gatewayOut, true);
        gateway = Gateway.start(new Gateway.Config(URI.create(sim.serverUrl()), "127.0.0.1", 0, null,
                Gateway.TimestampWindowOption.DEFAULT, Duration.ZERO), out, out);
    }

    @AfterAll
    static void stop() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void threeProcessesSharingOneKeyDraw429sAloneAndNoneThroughTheGatewayWhileUsingTheBudget() throws Exception {
        assertThat(gateway.costsFromUpstream()).isTrue();
        // The key's own GET /account/limits teaches the gateway its buckets.
        HttpResponse<String> limits = send(gateway.restBaseUrl(), "GET", "/account/limits", WallClock.instance());
        assertThat(limits.statusCode()).isEqualTo(200);
        KeyPacing pacing = gateway.pacings().forKey(account.apiKeyId());
        assertThat(pacing.limitsFromUpstream()).isTrue();
        assertThat(pacing.stats(BucketKind.WRITE).refillTokensPerSecond()).isEqualTo(WRITE_REFILL);

        Run direct = runBots(sim.restBaseUrl(), Duration.ofSeconds(3));
        assertThat(direct.count(429)).as("429s straight at the simulator: %s", direct).isPositive();

        // Let the key's bucket refill, so the gateway's run starts from a full one as its own bucket does.
        Thread.sleep(1_500);
        Run through = runBots(gateway.restBaseUrl(), Duration.ofSeconds(10));
        assertThat(through.count(429)).as("429s through the gateway: %s", through).isZero();
        assertThat(through.otherStatuses()).as("other answers through the gateway").isEmpty();

        // The most the key could spend in the interval: the full bucket at its start plus the refill.
        // The interval starts at the first answer: how long three JVMs on a loaded machine take to get
        // their first request out is not the gateway's doing (it is printed below all the same).
        double seconds = (through.endMillis - through.firstAnswerMillis()) / 1000.0;
        long spent = through.createdWithin() * CREATE_COST;
        double budget = WRITE_CAPACITY + WRITE_REFILL * seconds;
        double utilization = spent / budget;
        System.out.printf("gateway: %d bots, %.1f s: %d creates (%d tokens) of a budget of %.0f tokens: utilization %.3f"
                + " (first answer %d ms after the start, last %d ms before the end); direct run: %s%n", BOTS, seconds,
                through.createdWithin(), spent, budget, utilization, through.firstAnswerMillis() - through.startMillis,
                through.endMillis - through.lastAnswerMillis(), direct);
        assertThat(utilization).as("write budget used through the gateway").isGreaterThanOrEqualTo(0.95);
        assertThat(utilization).as("never more than the budget").isLessThanOrEqualTo(1.0);

        gateway.printUtilization();
        assertThat(gatewayOut.toString()).contains("gateway: key " + account.apiKeyId().substring(0, 8));
    }

    @Test
    void aRequestTheWaitWouldPushOutsideTheTimestampWindowIsRefusedNotForwarded() throws Exception {
        // Signed 29.5 s ago: the window is 30 s less 1 s of margin, so it may no longer be sent.
        Clock past = new Clock() {
            @Override
            public long nowNanos() {
                return WallClock.instance().nowNanos() - 29_500_000_000L;
            }

            @Override
            public Timer schedule(long atEpochNanos, Runnable task) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void sleepUntil(long epochNanos) {
                throw new UnsupportedOperationException();
            }
        };
        HttpResponse<String> answer = send(gateway.restBaseUrl(), "GET", "/portfolio/balance", past);
        assertThat(answer.statusCode()).isEqualTo(408);
        assertThat(answer.body()).contains("\"code\":\"request_timestamp_expired\"").contains("sign it again");
    }

    @Test
    void anUpstream429IsPassedThroughAndMakesTheGatewayWaitForARefill() throws Exception {
        // Another key, nearly emptied by a client that does not use the gateway: a batch of 9 creates
        // (90 tokens). The gateway's request is signed beforehand, so it follows at once.
        OpenedAccount other = sim.createAccount(Money.ofDollars(1_000), Tier.BASIC, TestKeys.firstPublicKeyPem());
        Credentials as = TestKeys.credentials(other.apiKeyId());
        HttpRequest throughGateway = postRequest(gateway.restBaseUrl(), as, "/batched", batchOf(10));
        assertThat(CLIENT.send(postRequest(sim.restBaseUrl(), as, "/batched", batchOf(9)),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);

        // The gateway's bucket for this new key is full, so it sends its batch of 10 creates (100
        // tokens) at once; the exchange's holds 10 plus the refill since, and refuses the whole batch.
        HttpResponse<String> batch = CLIENT.send(throughGateway, HttpResponse.BodyHandlers.ofString());
        assertThat(batch.statusCode()).isEqualTo(429);
        assertThat(batch.body()).contains("too many requests");
        // The gateway counts it once its answer is written, which the client may see a moment earlier.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (gateway.pacings().forKey(other.apiKeyId()).rateLimitedCount() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(gateway.pacings().forKey(other.apiKeyId()).rateLimitedCount()).isEqualTo(1);

        // The gateway emptied its own bucket for the key: what follows waits for a refill and is accepted,
        // a batch's body included (read to count its items, then forwarded as it was).
        assertThat(post(gateway.restBaseUrl(), as, "", ORDER).statusCode()).isEqualTo(201);
        HttpResponse<String> small = post(gateway.restBaseUrl(), as, "/batched", batchOf(2));
        assertThat(small.statusCode()).isEqualTo(201);
        assertThat(small.body().split("\"order_id\"", -1)).hasSize(3);
    }

    private static final String ORDER = "{\"ticker\":\"" + TICKER + "\",\"side\":\"bid\",\"count\":\"1.00\","
            + "\"price\":\"0.0100\",\"time_in_force\":\"good_till_canceled\",\"self_trade_prevention_type\":\"taker_at_cross\"}";

    private static String batchOf(int orders) {
        return "{\"orders\":[" + String.join(",", java.util.Collections.nCopies(orders, ORDER)) + "]}";
    }

    private static HttpResponse<String> post(String base, Credentials as, String suffix, String body) throws Exception {
        return CLIENT.send(postRequest(base, as, suffix, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest postRequest(String base, Credentials as, String suffix, String body) {
        String path = "/portfolio/events/orders" + suffix;
        KalshiAuthHeaders headers = KalshiAuthHeaders.sign(as, WallClock.instance(), "POST", "/trade-api/v2" + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.asMap().forEach(request::header);
        return request.build();
    }

    @Test
    void theWebSocketIsRelayedWithItsSignedUpgrade() throws Exception {
        URI socket = URI.create(gateway.restBaseUrl().replace("http://", "ws://").replace("/trade-api/v2", "/trade-api/ws/v2"));
        KalshiAuthHeaders headers = KalshiAuthHeaders.sign(credentials, WallClock.instance(), "GET", "/trade-api/ws/v2");
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        headers.asMap().forEach(builder::header);
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket ws = builder.buildAsync(socket, new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                first.complete(data.toString());
                webSocket.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        ws.sendText("{\"id\":7,\"cmd\":\"subscribe\",\"params\":{\"channels\":[\"ticker\"],\"market_ticker\":\"" + TICKER
                + "\"}}", true);
        assertThat(first.get(10, TimeUnit.SECONDS)).contains("\"id\":7");
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);

        // Unsigned, the upstream refuses the upgrade, and so does the gateway.
        CompletableFuture<WebSocket> refused = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(socket, new WebSocket.Listener() { });
        assertThat(refused.handle((ok, failure) -> failure).get(10, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void addedLatencyThroughTheGateway() throws Exception {
        int samples = 80;
        // Warm both paths up (connections, JIT) before measuring.
        sequentialReads(sim.restBaseUrl(), 10);
        sequentialReads(gateway.restBaseUrl(), 10);
        long[] direct = sequentialReads(sim.restBaseUrl(), samples);
        long[] through = sequentialReads(gateway.restBaseUrl(), samples);
        System.out.printf("gateway latency (signed GET /portfolio/balance, %d sequential): direct p50 %.2f ms p99 %.2f ms;"
                + " through the gateway p50 %.2f ms p99 %.2f ms%n", samples, percentile(direct, 50), percentile(direct, 99),
                percentile(through, 50), percentile(through, 99));
        assertThat(percentile(through, 50)).isLessThan(250.0);
    }

    private static long[] sequentialReads(String base, int samples) throws Exception {
        long[] micros = new long[samples];
        for (int i = 0; i < samples; i++) {
            HttpRequest request = signed(base, "GET", "/portfolio/balance", WallClock.instance());
            long sent = System.nanoTime();
            HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            micros[i] = (System.nanoTime() - sent) / 1_000;
            assertThat(answer.statusCode()).isEqualTo(200);
            // Basic's read budget is 20 reads a second; stay under it, so no wait is measured.
            Thread.sleep(55);
        }
        return micros;
    }

    private static double percentile(long[] micros, int percent) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }

    private static HttpResponse<String> send(String base, String method, String path, Clock clock) throws Exception {
        return CLIENT.send(signed(base, method, path, clock), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest signed(String base, String method, String path, Clock clock) {
        KalshiAuthHeaders headers = KalshiAuthHeaders.sign(credentials, clock, method, "/trade-api/v2" + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.asMap().forEach(request::header);
        return request.build();
    }

    /** Starts the bots as separate processes, lets them run for {@code duration} and collects their answers. */
    private static Run runBots(String base, Duration duration) throws Exception {
        List<Process> bots = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        try {
            for (int i = 0; i < BOTS; i++) {
                Process bot = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx96m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                        SharedKeyBot.class.getName(), base, account.apiKeyId(), TICKER, String.valueOf(CREATES_PER_SECOND))
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                bots.add(bot);
                outputs.add(new BufferedReader(new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8)));
            }
            for (BufferedReader output : outputs) {
                assertThat(output.readLine()).isEqualTo("READY");
            }
            long startMillis = System.currentTimeMillis() + 300;
            long endMillis = startMillis + duration.toMillis();
            for (Process bot : bots) {
                Writer in = new OutputStreamWriter(bot.getOutputStream(), StandardCharsets.UTF_8);
                in.write("go " + startMillis + " " + endMillis + "\n");
                in.flush();
            }
            Run run = new Run(startMillis, endMillis);
            for (BufferedReader output : outputs) {
                String line;
                while ((line = output.readLine()) != null && !line.equals("DONE")) {
                    run.answers.add(line);
                }
            }
            for (Process bot : bots) {
                assertThat(bot.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(bot.exitValue()).isZero();
            }
            return run;
        } finally {
            bots.forEach(Process::destroyForcibly);
        }
    }

    /** The bots' answers: {@code STATUS ANSWERED_AT_MILLIS LATENCY_MICROS [BODY]}. */
    private static final class Run {
        final long startMillis;
        final long endMillis;
        final List<String> answers = new ArrayList<>();

        Run(long startMillis, long endMillis) {
            this.startMillis = startMillis;
            this.endMillis = endMillis;
        }

        long count(int status) {
            return answers.stream().filter(line -> line.startsWith(status + " ")).count();
        }

        /** Creates the simulator accepted within the interval. */
        long createdWithin() {
            return answers.stream().map(line -> line.split(" "))
                    .filter(parts -> parts[0].equals("201"))
                    .filter(parts -> Long.parseLong(parts[1]) <= endMillis)
                    .count();
        }

        long firstAnswerMillis() {
            return answers.stream().mapToLong(line -> Long.parseLong(line.split(" ")[1])).min().orElse(endMillis);
        }

        long lastAnswerMillis() {
            return answers.stream().mapToLong(line -> Long.parseLong(line.split(" ")[1]))
                    .filter(at -> at <= endMillis).max().orElse(startMillis);
        }

        List<String> otherStatuses() {
            return answers.stream().filter(line -> !line.startsWith("201 ") && !line.startsWith("429 ")).toList();
        }

        @Override
        public String toString() {
            return count(201) + " created, " + count(429) + " refused with 429, " + otherStatuses().size() + " other";
        }
    }
}
