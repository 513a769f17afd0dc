package dev.kalshisim.cli;

import dev.kalshisim.cli.record.RecordSettings;
import dev.kalshisim.cli.record.Recorder;
import dev.kalshisim.cli.record.Selection;
import dev.kalshisim.cli.run.KeyFile;
import dev.kalshisim.cli.run.RunUrls;
import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.data.recording.WriterSettings;
import dev.kalshisim.kalshi.client.Backoff;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kalshi-sim record}: records markets live from a Kalshi API (production, demo or the
 * simulator) into the recording format: metadata and REST books at start, then every WebSocket
 * frame verbatim with its receive time, gaps marked and resynchronised, until Ctrl-C or
 * {@code --duration}.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {
            "Record markets live into a recording folder (manifest.json + gzip segments of JSON lines): market, "
                + "event and series metadata and REST order books at start, then every WebSocket frame exactly as "
                + "received with its receive time.",
            "A dropped connection is reconnected with backoff and jitter and resubscribed; every interval the "
                + "recorder could not see (a disconnect, a seq break) is a gap in the manifest, followed by fresh "
                + "snapshots. Ctrl-C or --duration ends it cleanly; kill -9 loses at most the last line.",
            "Kalshi requires an API key on every WebSocket connection, public channels included."})
final class RecordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "BASE",
            description = "REST base URL (https://external-api.kalshi.com/trade-api/v2) or a simulator's root.")
    String url;

    @Option(names = "--key-id", paramLabel = "ID", description = "API key id (with --key-file).")
    String keyId;

    @Option(names = "--key-file", paramLabel = "PEM",
            description = "PEM file with the key's RSA private key (PKCS#1 or PKCS#8).")
    Path keyFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Markets markets;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "New or empty folder for the recording.")
    Path out;

    @Option(names = "--duration", paramLabel = "D", converter = DurationOption.class,
            description = "Stop after this long (30s, 5m, 2h, ...); default: until Ctrl-C.")
    Duration duration;

    @Option(names = "--channels", paramLabel = "LIST", split = ",",
            description = "WebSocket channels (default: orderbook_delta,trade,ticker,market_lifecycle_v2).")
    List<String> channels = RecordSettings.DEFAULT_CHANNELS;

    @Option(names = "--segment-mib", paramLabel = "N", hidden = true,
            description = "Rotate segments after N MiB (default 64).")
    long segmentMib = 64;

    @Option(names = "--segment-time", paramLabel = "D", converter = DurationOption.class, hidden = true,
            description = "Rotate segments after this much receive time (default 1h).")
    Duration segmentTime = Duration.ofHours(1);

    @Option(names = "--status-interval", paramLabel = "D", converter = DurationOption.class, hidden = true,
            description = "How often the status is shown (default: 1s on a terminal, 5s otherwise).")
    Duration statusInterval;

    @Option(names = "--reconnect-first-wait", paramLabel = "D", converter = DurationOption.class, hidden = true,
            description = "Ceiling of the first reconnect wait (default 100ms; doubles up to 30s).")
    Duration reconnectFirstWait = Duration.ofMillis(100);

    /** The three ways to say which markets; exactly one. */
    static final class Markets {
        @Option(names = "--tickers", paramLabel = "TICKER", required = true, split = ",",
                description = "Market tickers.")
        List<String> tickers;

        @Option(names = "--event", paramLabel = "E", required = true, description = "Every market of an event.")
        String event;

        @Option(names = "--series", paramLabel = "S", required = true, description = "Every open market of a series.")
        String series;

        Selection selection() {
            if (tickers != null) {
                return Selection.tickers(tickers);
            }
            return event != null ? Selection.event(event) : Selection.series(series);
        }
    }

    @Override
    public Integer call() {
        if ((keyId == null) != (keyFile == null)) {
            throw new IllegalArgumentException("--key-id and --key-file go together");
        }
        if (segmentMib < 1) {
            throw new IllegalArgumentException("--segment-mib must be at least 1");
        }
        Credentials credentials = keyId == null ? null : KeyFile.read(keyId, keyFile);
        boolean terminal = System.console() != null;
        Duration shownEvery = statusInterval != null ? statusInterval
                : terminal ? Duration.ofSeconds(1) : Duration.ofSeconds(5);
        Backoff reconnect = new Backoff(reconnectFirstWait.toNanos(),
                Math.max(reconnectFirstWait.toNanos(), Duration.ofSeconds(30).toNanos()));
        RecordSettings settings = new RecordSettings(RunUrls.restBase(url), credentials, markets.selection(), out,
                duration, channels.stream().map(String::strip).distinct().toList(),
                new WriterSettings(segmentMib << 20, segmentTime.toNanos()), reconnect, shownEvery);
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Recorder recorder = new Recorder(settings, WallClock.instance(), spec.commandLine().getOut(), terminal);
        try (CleanShutdown shutdown = new CleanShutdown("record-shutdown", recorder::stop, 10_000_000_000L)) {
            Recorder.Summary summary = recorder.run();
            // Said before the hook is released: on Ctrl-C the JVM exits as soon as it is.
            spec.commandLine().getOut().println(summary.line());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
