package dev.kalshisim.cli.gateway;

import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.time.DurationText;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kalshi-sim gateway --upstream BASE [--port N] [--tier T]}: a rate-limit gateway for bots sharing a key. */
@Command(name = "gateway", mixinStandardHelpOptions = true,
        description = "A local pass-through for bots sharing one API key: paces them together by the key's buckets.")
public final class GatewayCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--upstream", required = true, paramLabel = "BASE",
            description = "The exchange's URL, e.g. https://api.elections.kalshi.com or http://127.0.0.1:8080")
    String upstream;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8081", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 for any)")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--tier", paramLabel = "T",
            description = "Pace every key by this tier (basic, advanced, expert, ...); default: learn each key's limits "
                    + "from its own GET /account/limits, pacing by basic until then")
    String tier;

    @Option(names = "--timestamp-window", paramLabel = "DURATION", defaultValue = "30s",
            description = "How far the exchange accepts a signed timestamp from its clock (default ${DEFAULT-VALUE})")
    String window;

    @Option(names = "--timestamp-margin", paramLabel = "DURATION", defaultValue = "1s",
            description = "Kept back from the window for the trip upstream (default ${DEFAULT-VALUE})")
    String margin;

    @Option(names = "--report-every", paramLabel = "DURATION", defaultValue = "10s",
            description = "How often to print per-key utilization (default ${DEFAULT-VALUE}; 0s for never)")
    String reportEvery;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tier fixed = tier == null ? null : Tier.fromWire(tier);
        Gateway.Config config = new Gateway.Config(URI.create(upstream), bind, port, fixed,
                new Gateway.TimestampWindowOption(DurationText.parse(window), DurationText.parse(margin)),
                reportEvery.equals("0") ? Duration.ZERO : DurationText.parse(reportEvery));
        Gateway.upstreamRoot(config.upstream());
        try (Gateway gateway = Gateway.start(config, out, err)) {
            out.println("gateway: listening on " + gateway.restBaseUrl() + " (WebSocket " + Gateway.WEB_SOCKET_PATH
                    + "), forwarding to " + Gateway.upstreamRoot(config.upstream())
                    + (fixed == null ? "; each key paced by its own limits" : "; every key paced as " + fixed.wire()));
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    gateway.close();
                } catch (Exception ignored) {
                    // Stopping anyway.
                }
            }, "gateway-shutdown"));
            gateway.join();
        }
        return 0;
    }
}
