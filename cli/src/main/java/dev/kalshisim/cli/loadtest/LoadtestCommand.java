package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.Pacer;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.limits.TierLimits;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.time.DurationText;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.RetryPolicy;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loadtest}: N clients sharing one key hammer a simulator (an embedded one unless
 * {@code --url}) under a rate-limit policy, and the run reports how much of the key's budget got
 * through, the 429s, retries, waits and latency, ending with one machine-readable summary line.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = "Load-test a rate-limit policy: N clients sharing one key, closed model.")
public final class LoadtestCommand implements Callable<Integer> {

    static final String EMBEDDED_TICKER = "LOADTEST";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", paramLabel = "BASE",
            description = "REST base URL (…/trade-api/v2) of a simulator; key from KALSHI_API_KEY_ID and"
                    + " KALSHI_PRIVATE_KEY(_PATH). Default: an embedded simulator.")
    String url;

    @Option(names = "--ticker", paramLabel = "TICKER", description = "Market to rest orders in (needed with --url)")
    String ticker;

    @Option(names = "--tier", paramLabel = "T", defaultValue = "basic", description = "Usage tier (default ${DEFAULT-VALUE})")
    String tier;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "4", description = "Client threads (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--duration", paramLabel = "D", defaultValue = "30s", description = "Run time (default ${DEFAULT-VALUE})")
    String duration;

    @Option(names = "--mix", paramLabel = "MIX", defaultValue = "writes=1",
            description = "Weights reads=..,writes=..,batch=..,cancels=.. (default ${DEFAULT-VALUE})")
    String mix;

    @Option(names = "--policy", paramLabel = "P", required = true, description = "none, backoff or bucket")
    String policy;

    @Option(names = "--rate", paramLabel = "R", description = "Open model: a fixed arrival rate, requests per second over all clients (default: closed model)")
    Double rate;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the request mix and jitter")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for summary.json")
    Path out;

    @Override
    public Integer call() throws Exception {
        Policy chosen = Policy.parse(policy);
        Tier chosenTier = Tier.fromWire(tier);
        Mix chosenMix = Mix.parse(mix);
        Duration runFor = DurationText.parse(duration);
        if (clients < 1) {
            throw new IllegalArgumentException("--clients must be at least 1: " + clients);
        }
        if (runFor.isZero() || runFor.isNegative()) {
            throw new IllegalArgumentException("--duration must be positive: " + duration);
        }
        if (rate != null && !(rate > 0 && rate <= 1_000_000)) {
            throw new IllegalArgumentException("--rate must be above 0 and at most 1000000 per second: " + rate);
        }
        if (url != null && ticker == null) {
            throw new IllegalArgumentException("--url needs --ticker, the market to rest orders in");
        }
        Files.createDirectories(out);
        TierLimits limits = TierTable.defaults().limits(chosenTier);
        PrintWriter stdout = spec.commandLine().getOut();
        LoadSummary summary;
        if (url == null) {
            try (EmbeddedSimulator sim = EmbeddedSimulator.start()) {
                OpenedAccount account = sim.createAccount(Money.ofDollars(1_000_000), chosenTier, false);
                sim.createMarket(EMBEDDED_TICKER);
                Credentials credentials = Credentials.fromPem(account.apiKeyId(), account.privateKeyPem());
                summary = run(sim.restBaseUrl(), EMBEDDED_TICKER, credentials, chosen, chosenTier, limits, chosenMix,
                        runFor);
            }
        } else {
            summary = run(url, ticker, Credentials.fromEnvironment(System.getenv()), chosen, chosenTier, limits,
                    chosenMix, runFor);
        }
        Files.writeString(out.resolve("summary.json"), summary.json(), StandardCharsets.UTF_8);
        stdout.println(summary.table());
        stdout.println(summary.line());
        stdout.flush();
        return 0;
    }

    private LoadSummary run(String base, String market, Credentials credentials, Policy chosen, Tier chosenTier,
            TierLimits limits, Mix chosenMix, Duration runFor) throws InterruptedException {
        ExecutorService pacerThreads = Executors.newCachedThreadPool(daemon("loadtest-pacer"));
        Pacer pacer = new Pacer(limits, WallClock.instance(), pacerThreads);
        LoadStats stats = new LoadStats();
        EndpointCosts costs = EndpointCosts.defaults();
        List<KalshiClient> opened = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                // The client's own throttle and retries are off: the policy alone decides.
                KalshiClient client = KalshiClient.builder(base).credentials(credentials).throttle(false)
                        .retryPolicy(RetryPolicy.none()).build();
                opened.add(client);
                // Warm the connection on a public endpoint, which spends no tokens of the key.
                client.exchange().status();
            }
            long started = System.nanoTime();
            long deadline = started + runFor.toNanos();
            // Open model: each client keeps every N-th slot of one schedule of R arrivals a second.
            long intervalNanos = rate == null ? 0 : Math.max(1, Math.round(clients * 1e9 / rate));
            for (int i = 0; i < clients; i++) {
                Random random = new Random(seed * 31 + i);
                PolicySender sender = new PolicySender(chosen, pacer, stats, random, deadline);
                LoadWorker worker = new LoadWorker(opened.get(i), sender, chosenMix, market, random, stats, deadline,
                        intervalNanos, started + Math.round(i * 1e9 / (rate == null ? 1 : rate)), costs);
                Thread thread = new Thread(worker, "loadtest-client-" + (i + 1));
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
            Progress progress = new Progress(spec.commandLine().getErr(), stats, started);
            for (Thread thread : threads) {
                while (thread.isAlive()) {
                    thread.join(1_000);
                    progress.maybeReport();
                }
            }
            long elapsed = System.nanoTime() - started;
            return LoadSummary.of(chosen, rate == null ? "closed" : "open " + rate + "/s",
                    chosenTier.wire(), clients, elapsed, stats, limits,
                    pacer.stats(BucketKind.WRITE), pacer.stats(BucketKind.READ));
        } finally {
            opened.forEach(KalshiClient::close);
            pacerThreads.shutdown();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A progress line on standard error every few seconds, so a long run shows it is alive. */
    private static final class Progress {
        private static final long EVERY_NANOS = 5_000_000_000L;
        private final PrintWriter err;
        private final LoadStats stats;
        private final long started;
        private long lastReport;

        Progress(PrintWriter err, LoadStats stats, long started) {
            this.err = err;
            this.stats = stats;
            this.started = started;
            this.lastReport = started;
        }

        void maybeReport() {
            long now = System.nanoTime();
            if (now - lastReport >= EVERY_NANOS) {
                lastReport = now;
                err.printf("loadtest: %.0f s, %d requests, %d 429s%n", (now - started) / 1e9, stats.requests(),
                        stats.rejections429());
                err.flush();
            }
        }
    }
}
