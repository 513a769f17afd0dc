package dev.kalshisim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.sim.control.client.ControlPlaneClient;
import dev.kalshisim.sim.control.client.OpenedAccount;
import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The must-show: {@code run} against {@code serve --catalog demo}, both in this JVM, places
 * and cancels orders for 3 s (set {@code -Dkalshisim.run.seconds=N} to change it) while the demo's
 * synthetic flow moves the book, with no 429 in the simulator's journal for the run's key.
 *
 * <p>Three seconds with a one-second refresh covers the first quotes and two replacements, each a
 * cancel and a place, which is every path the assertions check; the long wall-clock runs belong to
 * the load-test harness, where they do not slow every build.
 */
@Timeout(180)
@Isolated("it runs a timed window against the demo flow")
class RunCommandSimulatorIT {

    private static final long RUN_SECONDS = Long.getLong("kalshisim.run.seconds", 3L);
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void runQuotesAgainstTheDemoCatalogPlacingAndCancellingWithoutA429(@TempDir Path dir) throws Exception {
        PipedWriter pipe = new PipedWriter();
        BufferedReader serveOut = new BufferedReader(new PipedReader(pipe));
        Thread serving = new Thread(() -> Main.run(new String[] {"serve", "--port", "0", "--catalog", "demo"},
                new PrintWriter(pipe, true), new PrintWriter(new StringWriter(), true)), "test-serve");
        serving.start();
        try {
            Matcher listening = LISTENING.matcher(serveOut.readLine());
            assertThat(listening.matches()).as("serve's first line").isTrue();
            String server = listening.group(1);
            String tickers = marketsNearestEven(server);
            ControlPlaneClient control = new ControlPlaneClient(server);
            OpenedAccount account = control.openAccount("1000.00", "basic", TestKeys.firstPublicKeyPem());
            String keyId = account.apiKeyId();
            Path keyFile = Files.writeString(dir.resolve("key.pem"), TestKeys.firstPrivateKeyPem());

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"run", "--url", server, "--key-id", keyId, "--key-file",
                    keyFile.toString(), "--strategy", "mid-quoter", "--param", "tickers=" + tickers,
                    "--param", "refresh=1s", "--duration", RUN_SECONDS + "s"},
                    new PrintWriter(out, true), new PrintWriter(err, true));

            assertThat(code).as("exit code; stderr: %s", err).isZero();
            JournalCounts journal = journal(control, keyId);
            System.out.printf("run for %d s on %s, journal: %s%n%s", RUN_SECONDS, tickers, journal, out);
            assertThat(journal.rateLimited()).as("429s in the journal").isZero();
            assertThat(journal.ordersPlaced()).as("orders placed").isPositive();
            assertThat(journal.ordersCanceled()).as("orders cancelled").isPositive();
            assertThat(out.toString()).contains("429s seen 0", "open orders left 0");
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
    }

    /**
     * The two open markets whose mids are nearest $0.50, once the demo flow has quoted most books
     * (right after start they are empty), so both sides of each quote fit inside $0.02..$0.98.
     */
    private String marketsNearestEven(String server) throws Exception {
        long deadline = WallClock.instance().nowNanos() + 30_000_000_000L;
        while (true) {
            Map<String, BigDecimal> distances = new TreeMap<>();
            JsonNode markets = get(server + "/trade-api/v2/markets?status=open&limit=200").get("markets");
            for (JsonNode market : markets) {
                BigDecimal bid = new BigDecimal(market.get("yes_bid_dollars").asText());
                BigDecimal ask = new BigDecimal(market.get("yes_ask_dollars").asText());
                if (bid.signum() > 0 && ask.compareTo(BigDecimal.ONE) < 0) {
                    BigDecimal mid = bid.add(ask).divide(BigDecimal.valueOf(2));
                    distances.put(market.get("ticker").asText(), mid.subtract(HALF).abs());
                }
            }
            if (distances.size() * 2 >= markets.size() && distances.size() >= 2) {
                return distances.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(2)
                        .map(Map.Entry::getKey).collect(Collectors.joining(","));
            }
            assertThat(WallClock.instance().nowNanos() - deadline).as("demo books quoted within 30 s").isNegative();
            LockSupport.parkNanos(200_000_000L);
        }
    }

    private static JournalCounts journal(ControlPlaneClient control, String keyId) {
        long rateLimited = 0;
        long placed = 0;
        long canceled = 0;
        long total = 0;
        for (JsonNode entry : control.get("/journal?api_key_id=" + keyId + "&limit=100000").get("entries")) {
            total++;
            int status = entry.get("status").asInt();
            String method = entry.get("method").asText();
            String path = entry.get("path").asText();
            if (status == 429) {
                rateLimited++;
            } else if (method.equals("POST") && path.equals("/trade-api/v2/portfolio/events/orders") && status == 201) {
                placed++;
            } else if (method.equals("DELETE") && path.startsWith("/trade-api/v2/portfolio/events/orders")
                    && status == 200) {
                canceled++;
            }
        }
        return new JournalCounts(total, placed, canceled, rateLimited);
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** What the journal holds for the run's key: requests, creates and cancels answered, and 429s. */
    private record JournalCounts(long requests, long ordersPlaced, long ordersCanceled, long rateLimited) {
    }
}
