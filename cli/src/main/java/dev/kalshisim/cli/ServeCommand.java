package dev.kalshisim.cli;

import dev.kalshisim.sim.history.HistoryConfig;
import dev.kalshisim.sim.server.KalshiSimServer;
import dev.kalshisim.sim.server.ServerConfig;
import dev.kalshisim.sim.server.ServerConfigFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kalshi-sim serve}: runs the simulated exchange on loopback until Ctrl-C.
 *
 * <p>The line {@code listening on http://127.0.0.1:PORT} is printed on standard output as soon as
 * the server accepts connections, so scripts and other languages' test harnesses can wait for it
 * and read the port.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the simulated Kalshi exchange (REST, WebSocket, control plane) on 127.0.0.1.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 0;

    @Option(names = "--catalog", paramLabel = "demo|none",
            description = "Markets to start with: 'demo' (a small catalog with live synthetic order flow) "
                    + "or 'none' (empty; create markets through /sim/v1). Default: ${DEFAULT-VALUE}.")
    Catalog catalog = Catalog.demo;

    @Option(names = "--config", paramLabel = "FILE",
            description = "JSON file overriding limits, costs, auth window, clock and flags (see docs/fidelity.md).")
    Path configFile;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the demo catalog's synthetic order flow (default: ${DEFAULT-VALUE}).")
    long seed = 1L;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the historical data (what leaves the live window, served under /historical) in an "
                    + "H2 database in DIR; it survives restarts. Default: in memory, capped.")
    Path dataDir;

    @Option(names = "--live-window", paramLabel = "DURATION", converter = DurationOption.class,
            description = "How long finished orders, fills, trades and settled markets stay on the live endpoints "
                    + "before they move to /historical, on the server's clock (e.g. 15m, 2h). Default: 90d, as "
                    + "Kalshi's; count caps bound memory.")
    Duration liveWindow;

    @Option(names = "--replay", paramLabel = "DIR|sample:NAME",
            description = "Play a recording as the rest of the market: its books rest in the engine, its trades "
                    + "trade, so a bot backtests over REST and WebSocket. Replaces the demo catalog.")
    String replay;

    @Option(names = "--speed", paramLabel = "1|10|max",
            description = "With --replay on the wall clock: the recorded pace (1), N times faster, or as fast as "
                    + "the engine takes it (max). Default: 1.")
    String speed;

    @Option(names = "--clock", paramLabel = "wall|virtual",
            description = "With --replay: the wall clock (default), or a virtual clock at the recording's first "
                    + "moment that POST /sim/v1/clock/advance steps, applying every record due.")
    String clock;

    enum Catalog { demo, none }

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        ServerConfig config = ServerConfig.defaults();
        if (configFile != null) {
            if (!Files.isReadable(configFile)) {
                throw new IllegalArgumentException("cannot read config file " + configFile);
            }
            config = ServerConfigFile.load(configFile, config);
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--port") || configFile == null) {
            config = config.withPort(port);
        }
        config = withHistory(config);
        if (config.port() < 0 || config.port() > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + config.port());
        }
        ReplayServing replaying = null;
        if (replay != null) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--catalog") && catalog == Catalog.demo) {
                throw new IllegalArgumentException("--catalog demo and --replay exclude each other: the recording is "
                        + "the catalog");
            }
            replaying = new ReplayServing(spec.commandLine().getOut(), spec.commandLine().getErr(),
                    System.console() != null);
            config = config.withReplay(replaying.open(replay, speed, clock));
        } else if (speed != null || clock != null) {
            throw new IllegalArgumentException("--speed and --clock apply to --replay only");
        }
        KalshiSimServer server = replaying == null ? KalshiSimServer.start(config)
                : KalshiSimServer.start(config, replaying);
        // Ctrl-C wakes the serving thread and gives it a moment to close the server cleanly.
        CleanShutdown shutdown = new CleanShutdown("kalshi-sim-shutdown", stopped::countDown,
                TimeUnit.SECONDS.toNanos(5));
        AutoCloseable demo = () -> { };
        boolean interrupted = false;
        try {
            if (replaying != null) {
                replaying.started(server.playback());
            } else if (catalog == Catalog.demo) {
                demo = Demo.install(server, seed);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("listening on " + server.baseUrl());
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException stop) {
                // An embedding program (or a test) stops the server by interrupting this thread.
                interrupted = true;
            }
            return 0;
        } finally {
            closeQuietly(demo);
            if (replaying != null) {
                replaying.close();
            }
            server.close();
            shutdown.close();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private ServerConfig withHistory(ServerConfig config) {
        HistoryConfig history = config.history();
        if (dataDir != null) {
            if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
                throw new IllegalArgumentException("--data-dir " + dataDir + " is not a directory");
            }
            history = history.withDataDir(dataDir);
        }
        if (liveWindow != null) {
            history = history.withLive(history.live().withWindow(liveWindow));
        }
        return config.withHistory(history);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Shutting down: nothing useful to do with a failure to stop the background flow.
        }
    }
}
