package dev.kalshisim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.KalshiException;
import dev.kalshisim.kalshi.client.RateLimitedException;
import dev.kalshisim.kalshi.client.RetryPolicy;
import dev.kalshisim.core.limits.BucketLimit;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.limits.TierLimits;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.KalshiJson;
import dev.kalshisim.sim.limits.UnsignedLimit;
import dev.kalshisim.sim.server.KalshiSimServer;
import dev.kalshisim.sim.server.ServerConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * End-to-end REST latency: a simulator on 127.0.0.1 (ephemeral port) and one signed
 * {@link KalshiClient} that, for a fixed time, places a one-contract resting bid and cancels it,
 * one request at a time. Prints p50/p90/p99/p99.9/max per request kind and the request rate.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.kalshisim.bench.RestLatency --seconds 10</pre>
 *
 * <p>Options: {@code --seconds N} measured time (10), {@code --warmup-seconds N} unmeasured time
 * first, for the JIT (3), {@code --tier NAME} the account's usage tier (prestige, Kalshi's highest:
 * 8,000 write tokens/s, a create costs 10 and a cancel 2), {@code --unlimited} every tier's buckets
 * raised to a billion tokens so no request is refused, {@code --request KIND} what to send:
 * {@code orders} (the default, create + cancel), {@code status} (signed {@code GET /exchange/status}:
 * the same signing, auth and HTTP path without the engine) or {@code status-unsigned} (the same
 * without credentials, so without RSA; unsigned calls are then not rate-limited). The two status
 * kinds split the orders figure into HTTP, RSA-PSS and engine work.
 *
 * <p>The client's own throttle and retries are off, so each latency is one HTTP exchange: signing,
 * the loopback round trip, the server's signature check, rate limit, engine call and JSON, and the
 * client's decoding. A 429 is counted apart and left out of the latencies; a refused cancel is
 * retried at once, so a tier too low for this pace shows up as a 429 count, not as lost orders.
 * The loop is closed (the next request waits for the last answer), so the percentiles are service
 * times at the rate the server sustains, not latencies under a fixed offered load.
 */
public final class RestLatency {

    /** What each cycle of the loop sends. */
    enum RequestKind {
        ORDERS("orders"), STATUS("status"), STATUS_UNSIGNED("status-unsigned");

        final String option;

        RequestKind(String option) {
            this.option = option;
        }

        static RequestKind fromOption(String text) {
            for (RequestKind kind : values()) {
                if (kind.option.equals(text)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("--request must be orders, status or status-unsigned: " + text);
        }
    }

    /** What to run. */
    record Options(Duration measured, Duration warmup, Tier tier, boolean unlimited, RequestKind request) {

        static Options parse(String... args) {
            Duration measured = Duration.ofSeconds(10);
            Duration warmup = Duration.ofSeconds(3);
            Tier tier = Tier.PRESTIGE;
            boolean unlimited = false;
            RequestKind request = RequestKind.ORDERS;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--seconds" -> measured = Duration.ofSeconds(OptionValues.positive(args, ++i));
                    case "--warmup-seconds" -> warmup = Duration.ofSeconds(OptionValues.notNegative(args, ++i));
                    case "--tier" -> tier = Tier.fromWire(OptionValues.value(args, ++i));
                    case "--unlimited" -> unlimited = true;
                    case "--request" -> request = RequestKind.fromOption(OptionValues.value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(measured, warmup, tier, unlimited, request);
        }
    }

    /** What one run measured: latencies in nanoseconds by request name, in the order first sent. */
    record Report(Options options, double measuredSeconds, Map<String, Histogram> latencies, long rateLimited,
                  long errors) {

        void print(PrintStream out) {
            out.printf(Locale.ROOT, "RestLatency: %.1f s measured after %d s warm-up; --request %s; tier %s%s; "
                            + "one client, one request at a time, HTTP/1.1 on loopback%n",
                    measuredSeconds, options.warmup().toSeconds(), options.request().option, options.tier().wire(),
                    options.unlimited() ? " (limits raised: --unlimited)" : "");
            out.printf(Locale.ROOT, "%-16s %9s %9s %9s %9s %9s %9s %9s%n",
                    "request", "count", "req/s", "p50 us", "p90 us", "p99 us", "p99.9 us", "max us");
            Histogram all = new Histogram(HIGHEST_NANOS, 3);
            latencies.forEach((name, histogram) -> {
                line(out, name, histogram);
                all.add(histogram);
            });
            if (latencies.size() > 1) {
                line(out, "all", all);
            }
            out.printf(Locale.ROOT, "429 responses: %d (%.1f/s, not in the latencies); other errors: %d%n",
                    rateLimited, rateLimited / measuredSeconds, errors);
        }

        private void line(PrintStream out, String name, Histogram h) {
            out.printf(Locale.ROOT, "%-16s %9d %9.0f %9.1f %9.1f %9.1f %9.1f %9.1f%n", name, h.getTotalCount(),
                    h.getTotalCount() / measuredSeconds, micros(h, 50), micros(h, 90), micros(h, 99), micros(h, 99.9),
                    h.getMaxValue() / 1_000.0);
        }

        private static double micros(Histogram h, double percentile) {
            return h.getValueAtPercentile(percentile) / 1_000.0;
        }
    }

    private static final String TICKER = "BENCH-REST";
    /** Far below any ask, so every bid rests and the engine does the same work each time. */
    private static final Price BID_PRICE = Price.ofCents(10);
    /** Latencies above a minute are recorded as a minute; three significant digits. */
    private static final long HIGHEST_NANOS = Duration.ofMinutes(1).toNanos();

    private RestLatency() {
    }

    public static void main(String[] args) throws Exception {
        // Jetty logs its start-up at INFO through slf4j-simple; only problems belong in this printout.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException bad) {
            System.err.println("RestLatency: " + bad.getMessage());
            System.err.println("usage: RestLatency [--seconds N] [--warmup-seconds N] [--tier NAME] [--unlimited]"
                    + " [--request orders|status|status-unsigned]");
            System.exit(2);
            return;
        }
        run(options).print(System.out);
    }

    static Report run(Options options) throws IOException, InterruptedException {
        ServerConfig config = ServerConfig.defaults();
        if (options.unlimited()) {
            config = config.withTiers(unlimitedTiers());
        }
        if (options.request() == RequestKind.STATUS_UNSIGNED) {
            // Unsigned calls share a basic-tier read bucket per address, which would refuse almost all of them.
            config = config.withUnsignedLimit(UnsignedLimit.NONE);
        }
        try (KalshiSimServer server = KalshiSimServer.start(config)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = server.baseUrl() + "/sim/v1";
            JsonNode account = post(http, base + "/accounts",
                    "{\"balance_dollars\":\"1000000.00\",\"tier\":\"" + options.tier().wire() + "\"}");
            post(http, base + "/markets",
                    "{\"ticker\":\"" + TICKER + "\",\"event_ticker\":\"" + TICKER + "-EV\",\"series_ticker\":\"" + TICKER + "\"}");
            Credentials credentials = Credentials.fromPem(account.get("api_key_id").asText(),
                    account.get("private_key_pem").asText());
            KalshiClient.Builder builder = KalshiClient.builder(KalshiClient.simulatorBaseUrl(server.port()))
                    .throttle(false)
                    .retryPolicy(RetryPolicy.none());
            if (options.request() != RequestKind.STATUS_UNSIGNED) {
                builder.credentials(credentials);
            }
            try (KalshiClient client = builder.build()) {
                return new Loop(client, options.request()).run(options);
            }
        }
    }

    /** The request loop; latencies are read from System.nanoTime(), the monotonic clock meant for intervals. */
    private static final class Loop {
        private final KalshiClient client;
        private final RequestKind kind;
        private final CreateOrderV2Request bid = CreateOrderV2Request.gtc(TICKER, BookSide.BID, Count.ofContracts(1),
                BID_PRICE);
        private Map<String, Histogram> latencies = new LinkedHashMap<>();
        private long rateLimited;
        private long errors;

        Loop(KalshiClient client, RequestKind kind) {
            this.client = client;
            this.kind = kind;
        }

        Report run(Options options) {
            long warmupEnd = System.nanoTime() + options.warmup().toNanos();
            while (System.nanoTime() < warmupEnd) {
                cycle();
            }
            // Start the measured phase clean: warm-up requests and 429s do not count.
            latencies = new LinkedHashMap<>();
            rateLimited = 0;
            errors = 0;
            long start = System.nanoTime();
            long end = start + options.measured().toNanos();
            long now;
            do {
                cycle();
                now = System.nanoTime();
            } while (now < end);
            return new Report(options, (now - start) / 1e9, latencies, rateLimited, errors);
        }

        private void cycle() {
            if (kind == RequestKind.ORDERS) {
                createAndCancel();
            } else {
                long sent = System.nanoTime();
                try {
                    client.exchange().status();
                    record(kind.option, sent);
                } catch (RateLimitedException limited) {
                    rateLimited++;
                } catch (KalshiException failed) {
                    errors++;
                }
            }
        }

        /** One create and, if it was accepted, its cancel (retried past 429s so no order is left behind). */
        private void createAndCancel() {
            String orderId;
            long sent = System.nanoTime();
            try {
                orderId = client.orders().create(bid).orderId();
                record("create", sent);
            } catch (RateLimitedException limited) {
                rateLimited++;
                return;
            } catch (KalshiException failed) {
                errors++;
                return;
            }
            while (true) {
                sent = System.nanoTime();
                try {
                    client.orders().cancel(orderId);
                    record("cancel", sent);
                    return;
                } catch (RateLimitedException limited) {
                    rateLimited++;
                } catch (KalshiException failed) {
                    errors++;
                    return;
                }
            }
        }

        private void record(String name, long sentNanos) {
            long elapsed = Math.min(System.nanoTime() - sentNanos, HIGHEST_NANOS);
            latencies.computeIfAbsent(name, n -> new Histogram(HIGHEST_NANOS, 3)).recordValue(elapsed);
        }
    }

    /** Every tier at a billion tokens of capacity and refill, far beyond what one machine can spend. */
    static TierTable unlimitedTiers() {
        BucketLimit huge = new BucketLimit(1_000_000_000L, 1_000_000_000L);
        Map<Tier, TierLimits> limits = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            limits.put(tier, new TierLimits(huge, huge));
        }
        return new TierTable(limits);
    }

    /** A control-plane call: JSON in, JSON out; anything but 2xx ends the run. */
    private static JsonNode post(HttpClient http, String url, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return KalshiJson.mapper().readTree(response.body());
    }
}
