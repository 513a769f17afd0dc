package dev.kalshisim.cli.backfill;

import dev.kalshisim.cli.progress.ProgressLine;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.KalshiException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kalshi-sim backfill --url BASE (--tickers A,B | --event E | --series S) [--from T --to T] --out DIR}:
 * Kalshi's public trade history (live and historical), candlesticks and metadata into a new
 * trades-only recording.
 */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = "Backfill public trade history, candlesticks and market metadata into a trades-only recording.")
public final class BackfillCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "BASE",
            description = "the API's base URL, e.g. https://external-api.kalshi.com/trade-api/v2")
    String url;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selector selector;

    /** Which markets: exactly one of the three. */
    static final class Selector {
        @Option(names = "--tickers", split = ",", paramLabel = "TICKER", description = "markets by ticker, comma-separated")
        List<String> tickers;

        @Option(names = "--event", paramLabel = "EVENT", description = "every market of one event")
        String event;

        @Option(names = "--series", paramLabel = "SERIES", description = "every market of one series")
        String series;
    }

    @Option(names = "--from", paramLabel = "T", converter = TimeArgument.class,
            description = "earliest trade time: 2026-01-12T15:00:00Z, 2026-01-12 or Unix seconds")
    Long from;

    @Option(names = "--to", paramLabel = "T", converter = TimeArgument.class, description = "latest trade time")
    Long to;

    @Option(names = "--candle-period", paramLabel = "MINUTES", defaultValue = "60",
            description = "candlestick period: 1, 60 or 1440 minutes (default ${DEFAULT-VALUE})")
    int candlePeriod;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the new recording's folder (new or empty)")
    Path out;

    @Override
    public Integer call() {
        BackfillRequest request;
        try {
            request = new BackfillRequest(selector.tickers, selector.event, selector.series, from, to, candlePeriod);
        } catch (IllegalArgumentException e) {
            throw new BackfillException(e.getMessage());
        }
        // The client's info lines (the throttle's pacing) would break the one-line error contract on stderr.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        ProgressLine progress = new ProgressLine(stdout, System.console() != null, WallClock.instance());
        Backfill.Result result;
        try (KalshiClient client = KalshiClient.builder(url).build()) {
            result = new Backfill(client, status -> progress.tick(() -> status),
                    WallClock.instance().nowMillis() / 1000).run(request, out);
        } catch (KalshiException e) {
            throw new BackfillException("backfill from " + url + " failed: " + e.getMessage(), e);
        }
        progress.done();
        stdout.println("backfilled " + result.markets() + " markets, " + result.trades() + " trades into " + out + ": "
                + result.lines() + " lines");
        stdout.flush();
        return 0;
    }
}
