package dev.kalshisim.cli;

import dev.kalshisim.cli.soak.SoakRun;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kalshi-sim soak}: runs an in-process simulator with the demo catalog's flow and a few
 * signed REST and WebSocket clients, samples the live heap after full collections, and prints the
 * heap's trend; the last line is machine-readable.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = {
            "Run an in-process simulator (demo catalog and its synthetic flow, plus signed REST and WebSocket "
                + "clients) and measure its live heap: the heap in use right after a full GC, sampled "
                + "periodically, and its least-squares slope.",
            "Minutes are wall-clock minutes of the measured phase. It starts after a warm-up: by default the "
                + "live window plus 1 minute when that is under 30 minutes, and until the in-memory historical "
                + "store and the request journal have filled to their caps (at most 30 minutes), so all three have reached their steady size; "
                + "--warmup-minutes N fixes it instead. --flow-speed K runs the demo flow K times as often as "
                + "serve does: more simulated trading per wall minute, on the same wall clock.",
            "Last line: soak: minutes=<n> heap_start_mib=<x> heap_end_mib=<y> slope_mib_per_h=<z> requests=<n> "
                + "errors_5xx=<n> (heap start and end are the first and last measured samples; requests and "
                + "5xx count the whole run, warm-up included)."})
final class SoakCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--minutes", required = true, paramLabel = "N",
            description = "Wall-clock minutes to measure after the warm-up (1 to 10000).")
    int minutes;

    @Option(names = "--warmup-minutes", paramLabel = "N",
            description = "Fixed wall-clock minutes before the first measured sample (default: see above).")
    Integer warmupMinutes;

    @Option(names = "--clients", paramLabel = "N",
            description = "Signed REST + WebSocket clients (0 to 50; default: ${DEFAULT-VALUE}).")
    int clients = 4;

    @Option(names = "--pause-millis", paramLabel = "MS",
            description = "Each client's pause between two requests (10 to 60000; default: ${DEFAULT-VALUE}).")
    long pauseMillis = 100;

    @Option(names = "--sample-seconds", paramLabel = "S",
            description = "Seconds between heap samples (5 to 600; default: ${DEFAULT-VALUE}).")
    int sampleSeconds = 30;

    @Option(names = "--flow-speed", paramLabel = "K",
            description = "Run the demo flow's ticks K times as often as serve does "
                    + "(1 to 50; default: ${DEFAULT-VALUE}).")
    int flowSpeed = 1;

    @Option(names = "--live-window", paramLabel = "DURATION", converter = DurationOption.class,
            description = "The simulator's live window, as for serve (default: serve's, 90d).")
    Duration liveWindow;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the demo flow and the clients (default: ${DEFAULT-VALUE}).")
    long seed = 1L;

    @Override
    public Integer call() throws Exception {
        check(minutes >= 1 && minutes <= 10_000, "--minutes must be 1 to 10000, got " + minutes);
        check(warmupMinutes == null || (warmupMinutes >= 0 && warmupMinutes <= 10_000),
                "--warmup-minutes must be 0 to 10000, got " + warmupMinutes);
        check(clients >= 0 && clients <= 50, "--clients must be 0 to 50, got " + clients);
        check(pauseMillis >= 10 && pauseMillis <= 60_000, "--pause-millis must be 10 to 60000, got " + pauseMillis);
        check(sampleSeconds >= 5 && sampleSeconds <= 600, "--sample-seconds must be 5 to 600, got " + sampleSeconds);
        check(flowSpeed >= 1 && flowSpeed <= 50, "--flow-speed must be 1 to 50, got " + flowSpeed);
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        SoakRun.Settings settings = new SoakRun.Settings(minutes, warmupMinutes, clients, pauseMillis, sampleSeconds,
                flowSpeed, liveWindow, seed, Duration.ofMinutes(1));
        SoakRun.Result result = new SoakRun(settings, spec.commandLine().getOut(), System.console() != null).run();
        spec.commandLine().getOut().println(result.line());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
