package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.limits.TierLimits;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.time.DurationText;
import dev.kalshisim.reports.LoadtestReport;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loadtest}: N clients sharing one key hammer a simulator (an embedded one unless
 * {@code --url}) under a rate-limit policy, and the run reports how much of the key's budget got
 * through, the 429s, retries, waits and latency, ending with one machine-readable summary line.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = "Load-test a rate-limit policy: N clients sharing one key, closed or open model.")
public final class LoadtestCommand implements Callable<Integer> {

    static final String EMBEDDED_TICKER = "LOADTEST";
    /** fed-announcement without --rate: the peak is this many times the rate the tier sustains. */
    static final int FED_PEAK_TIMES_BUDGET = 5;

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

    @Option(names = "--clients", paramLabel = "N", defaultValue = "4",
            description = "Clients on the key, each its own HTTP client (closed model: one request at a time each;"
                    + " open model: at most " + LoadRun.CONNECTIONS_PER_CLIENT + " x N requests on the wire at once)."
                    + " Default ${DEFAULT-VALUE}")
    int clients;

    @Option(names = "--duration", paramLabel = "D", defaultValue = "30s", description = "Run time (default ${DEFAULT-VALUE})")
    String duration;

    @Option(names = "--mix", paramLabel = "MIX", defaultValue = "writes=1",
            description = "Weights reads=..,writes=..,batch=..,cancels=.. (default ${DEFAULT-VALUE})")
    String mix;

    @Option(names = "--policy", paramLabel = "P", required = true, description = "none, backoff or bucket")
    String policy;

    @Option(names = "--rate", paramLabel = "R", description = "Open model: a fixed arrival rate, requests per second"
            + " over all clients (with fed-announcement: the peak rate, at the release). Default: closed model"
            + " (steady), or a peak of " + LoadtestCommand.FED_PEAK_TIMES_BUDGET + "x what the tier sustains for the mix (fed-announcement)")
    Double rate;

    @Option(names = "--scenario", paramLabel = "S", defaultValue = "steady",
            description = "steady, or fed-announcement: the run is a compressed T-20:00 .. T+5:00 around a release;"
                    + " the arrival rate climbs from a tenth of its peak to the peak at T; in the embedded simulator"
                    + " the demo catalog's Fed event trades, busier toward T. With --url only the rate climbs."
                    + " Default ${DEFAULT-VALUE}")
    String scenario;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the request mix and jitter")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder for summary.json, timeseries.csv and report.html")
    Path out;

    @Override
    public Integer call() throws Exception {
        Policy chosen = Policy.parse(policy);
        Scenario chosenScenario = Scenario.parse(scenario);
        Tier chosenTier = Tier.fromWire(tier);
        Mix chosenMix = Mix.parse(mix);
        Duration runFor = DurationText.parse(duration);
        if (clients < 1 || clients > 1_000) {
            throw new IllegalArgumentException("--clients must be 1 to 1000: " + clients);
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
        TierLimits limits = TierTable.defaults().limits(chosenTier);
        Double chosenRate = rate;
        if (chosenRate == null && chosenScenario == Scenario.FED_ANNOUNCEMENT) {
            // The story needs a rising rate, so the scenario is always an open model.
            chosenRate = FED_PEAK_TIMES_BUDGET
                    * Endpoints.of(EndpointCosts.defaults(), EMBEDDED_TICKER).sustainableRate(chosenMix, limits);
        }
        Files.createDirectories(out);
        LoadPlan plan = new LoadPlan(chosen, chosenScenario, chosenTier, limits, clients, chosenMix, runFor,
                chosenRate, seed);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadRun.Result result;
        if (url == null) {
            try (EmbeddedSimulator sim = EmbeddedSimulator.start()) {
                OpenedAccount account = sim.createAccount(Money.ofDollars(1_000_000), chosenTier, false);
                Credentials credentials = Credentials.fromPem(account.apiKeyId(), account.privateKeyPem());
                // A second account warms the order path, so the measured key starts cold-free and full.
                OpenedAccount warm = sim.createAccount(Money.ofDollars(1_000_000), Tier.PRIME, false);
                Credentials warmUp = Credentials.fromPem(warm.apiKeyId(), warm.privateKeyPem());
                if (chosenScenario == Scenario.FED_ANNOUNCEMENT) {
                    try (FedActivity activity = FedActivity.install(sim, seed)) {
                        result = LoadRun.run(plan, sim.restBaseUrl(), activity.botTicker(), credentials, warmUp, activity,
                                err);
                    }
                } else {
                    sim.createMarket(EMBEDDED_TICKER);
                    result = LoadRun.run(plan, sim.restBaseUrl(), EMBEDDED_TICKER, credentials, warmUp, null, err);
                }
            }
        } else {
            result = LoadRun.run(plan, url, ticker, Credentials.fromEnvironment(System.getenv()), null, null, err);
        }
        LoadSummary summary = result.summary();
        Files.writeString(out.resolve(LoadtestReport.SUMMARY), summary.json(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(LoadtestReport.TIMESERIES), TimeSeriesCsv.text(result.samples(), limits),
                StandardCharsets.UTF_8);
        LoadtestReport.write(out);
        stdout.println(summary.table());
        stdout.println("report        " + out.resolve(LoadtestReport.HTML));
        stdout.println(summary.line());
        stdout.flush();
        return 0;
    }
}
