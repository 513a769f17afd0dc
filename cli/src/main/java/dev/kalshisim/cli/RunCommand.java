package dev.kalshisim.cli;

import dev.kalshisim.cli.run.KeyFile;
import dev.kalshisim.cli.run.RunUrls;
import dev.kalshisim.cli.run.StrategyChoice;
import dev.kalshisim.cli.run.StrategyOptions;
import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.core.runtime.BlackoutSchedule;
import dev.kalshisim.core.runtime.RunResult;
import dev.kalshisim.core.runtime.RunStartException;
import dev.kalshisim.core.runtime.RunnerSettings;
import dev.kalshisim.kalshi.live.KalshiVenue;
import dev.kalshisim.kalshi.live.LiveRunner;
import dev.kalshisim.kalshi.stream.KalshiWebSocketClient;
import dev.kalshisim.kalshi.stream.StreamConfig;
import dev.kalshisim.kalshi.stream.WebSocketUrls;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.WallClock;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kalshi-sim run}: runs a bundled strategy live against Kalshi, its demo or a simulator for
 * a while, then stops it, cancels its orders and prints what it did.
 *
 * <p>Everything the user can get wrong (strategy, parameters, key file, URL, durations, blackout
 * times) is checked before any network traffic; a server that cannot be reached or refuses the key
 * fails the start. Either way one line goes to standard error and the exit code is non-zero.
 * Ctrl-C stops the run early with the same clean shutdown.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a bundled strategy live against Kalshi, its demo, or a simulator.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "BASE",
            description = "REST base URL (https://external-api.demo.kalshi.co/trade-api/v2) or a server root "
                    + "(http://127.0.0.1:PORT, /trade-api/v2 is appended).")
    String url;

    @Option(names = "--ws-url", paramLabel = "URL",
            description = "WebSocket URL, when it is not the one that goes with --url.")
    String webSocketUrl;

    @Option(names = "--key-id", required = true, paramLabel = "ID", description = "API key id.")
    String keyId;

    @Option(names = "--key-file", required = true, paramLabel = "PEM",
            description = "PEM file with the key's RSA private key (PKCS#1 or PKCS#8).")
    Path keyFile;

    @Mixin
    StrategyOptions strategy;

    @Option(names = "--duration", paramLabel = "TIME", converter = DurationOption.class, defaultValue = "30s",
            description = "How long to run before stopping, like 30s or 5m (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--blackout", paramLabel = "TIME",
            description = "A scheduled release before which no new orders go out: an instant "
                    + "(2026-12-05T13:30:00Z) or a daily time (08:30) in --blackout-zone; repeatable.")
    List<String> blackoutReleases = new ArrayList<>();

    @Option(names = "--blackout-lead", paramLabel = "TIME", converter = DurationOption.class, defaultValue = "5m",
            description = "How long before each release new orders are blocked (default: ${DEFAULT-VALUE}).")
    Duration blackoutLead;

    @Option(names = "--blackout-zone", paramLabel = "ZONE",
            description = "Time zone of daily blackout times (default: ${DEFAULT-VALUE}).")
    String blackoutZone = "UTC";

    @Override
    public Integer call() throws Exception {
        StrategyChoice choice = strategy.choice();
        Credentials credentials = KeyFile.read(keyId, keyFile);
        String restBase = RunUrls.restBase(url);
        URI streamUrl = webSocketUrl != null ? URI.create(webSocketUrl.strip()) : WebSocketUrls.fromRestBase(restBase);
        RunnerSettings settings = RunnerSettings.defaults().withBlackout(blackout());
        Clock clock = WallClock.instance();
        PrintWriter out = spec.commandLine().getOut();

        try (KalshiClient client = KalshiClient.builder(restBase).credentials(credentials).clock(clock).build()) {
            KalshiWebSocketClient stream = KalshiWebSocketClient.create(StreamConfig.of(streamUrl, credentials));
            LiveRunner runner = new LiveRunner(choice.name(), choice.strategy(), choice.parameters(),
                    KalshiVenue.of(client, stream), clock, settings);
            try {
                runner.startAndWait();
            } catch (RunStartException failure) {
                throw new IllegalStateException("cannot run against " + restBase + ": " + failure.getMessage(), failure);
            }
            out.println("running " + choice.name() + " against " + restBase + " for " + text(duration)
                    + " (client order ids " + settings.clientOrderIdPrefix() + "-N); Ctrl-C stops early");
            out.flush();
            RunResult summary = runUntilStopped(runner, clock, settings, out);
            if (summary.openOrdersLeft() > 0) {
                throw new IllegalStateException(summary.openOrdersLeft()
                        + " orders may still be open: their cancels were not confirmed");
            }
            return 0;
        }
    }

    /**
     * Stops after {@code --duration}, or at Ctrl-C, waits for the clean shutdown and prints the
     * summary. On Ctrl-C the JVM is already exiting: the hook holds it until the summary is out.
     */
    private RunResult runUntilStopped(LiveRunner runner, Clock clock, RunnerSettings settings, PrintWriter out) {
        CleanShutdown shutdown = new CleanShutdown("kalshi-sim-run-shutdown", runner::stop,
                settings.shutdownTimeoutNanos() + TimeUnit.SECONDS.toNanos(5));
        Clock.Timer timer = clock.scheduleAfter(duration.toNanos(), runner::stop);
        try {
            RunResult summary = runner.termination().join();
            out.println(summary.describe());
            out.flush();
            return summary;
        } finally {
            timer.cancel();
            shutdown.close();
        }
    }

    private BlackoutSchedule blackout() {
        if (blackoutReleases.isEmpty()) {
            return BlackoutSchedule.none();
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(blackoutZone.strip());
        } catch (DateTimeException bad) {
            throw new IllegalArgumentException("--blackout-zone must be a time zone like UTC or America/New_York, got \""
                    + blackoutZone + "\"");
        }
        return BlackoutSchedule.parse(blackoutReleases, blackoutLead, zone);
    }

    private static String text(Duration duration) {
        return duration.toString().substring(2).toLowerCase();
    }
}
