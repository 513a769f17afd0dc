package dev.kalshisim.cli.gateway;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.auth.KalshiAuthHeaders;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.time.WallClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A naive bot, run as its own OS process by {@link GatewayIT}: it paces itself to the key's whole
 * write budget (10 creates a second at basic) as if it were the key's only user, and sends resting
 * buy orders far from the touch one after another. It prints {@code READY}, waits for
 * {@code go START_MILLIS END_MILLIS} on standard input, then prints one line per answer:
 * {@code STATUS ANSWERED_AT_MILLIS LATENCY_MICROS}, and {@code DONE} at the end.
 *
 * <p>Arguments: REST base URL, API key id, market ticker, creates per second.
 */
public final class SharedKeyBot {

    private static final String CREATE_PATH = "/trade-api/v2/portfolio/events/orders";

    private SharedKeyBot() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Credentials credentials = TestKeys.credentials(args[1]);
        String ticker = args[2];
        long intervalNanos = 1_000_000_000L / Long.parseLong(args[3]);
        String origin = base.substring(0, base.indexOf("/trade-api/v2"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String body = "{\"ticker\":\"" + ticker + "\",\"side\":\"bid\",\"count\":\"1.00\",\"price\":\"0.0100\","
                + "\"time_in_force\":\"good_till_canceled\",\"self_trade_prevention_type\":\"taker_at_cross\"}";
        // Warm the signer, the client and the connection before the measured interval (an unsigned
        // public read: it spends nothing from the key's buckets).
        KalshiAuthHeaders.sign(credentials, WallClock.instance(), "GET", "/trade-api/v2/portfolio/balance");
        http.send(HttpRequest.newBuilder(URI.create(origin + "/trade-api/v2/exchange/status")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        System.out.println("READY");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String[] go = in.readLine().split(" ");
        long start = Long.parseLong(go[1]);
        long end = Long.parseLong(go[2]);
        while (System.currentTimeMillis() < start) {
            Thread.sleep(1);
        }
        long next = System.nanoTime();
        StringBuilder out = new StringBuilder();
        while (System.currentTimeMillis() < end) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            next = Math.max(next + intervalNanos, System.nanoTime());
            KalshiAuthHeaders headers = KalshiAuthHeaders.sign(credentials, WallClock.instance(), "POST", CREATE_PATH);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + CREATE_PATH))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            headers.asMap().forEach(request::header);
            long sent = System.nanoTime();
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - sent) / 1_000;
            out.append(answer.statusCode()).append(' ').append(System.currentTimeMillis()).append(' ').append(micros);
            if (answer.statusCode() != 201 && answer.statusCode() != 429) {
                out.append(' ').append(answer.body().replace('\n', ' '));
            }
            out.append('\n');
        }
        System.out.print(out);
        System.out.println("DONE");
        System.out.flush();
    }
}
