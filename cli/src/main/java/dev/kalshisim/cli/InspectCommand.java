package dev.kalshisim.cli;

import dev.kalshisim.cli.progress.ProgressLine;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.data.DataLocation;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.view.RecordingSummary;
import dev.kalshisim.data.view.RecordingViews;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kalshi-sim inspect DIR|sample:NAME [--csv OUT] [--interval D]}: a recording's summary
 * (source, markets, time range, messages by type, gaps, size) and, with {@code --csv}, its tables
 * as CSV files. Both read the recording as a stream, never whole.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Summarize a recording (DIR or sample:NAME) and, with --csv, write its tables as CSV files.")
final class InspectCommand implements Callable<Integer> {

    /** Gaps listed one per line; more are only counted. */
    private static final int GAPS_LISTED = 20;
    /** Tickers listed on the markets line; more are only counted. */
    private static final int TICKERS_LISTED = 12;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|sample:NAME", description = "The recording's folder or a bundled sample.")
    String data;

    @Option(names = "--csv", paramLabel = "OUT",
            description = "Write trades, top of book, spread and depth, and OHLC bars as CSV files into OUT.")
    Path csv;

    @Option(names = "--interval", paramLabel = "D", defaultValue = "1m", converter = DurationOption.class,
            description = "Sampling interval of the book tables and the OHLC bars (default ${DEFAULT-VALUE}).")
    Duration interval;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        Path dir = DataLocation.resolve(data);

        if (csv == null) {
            ProgressLine reading = new ProgressLine(err, terminal, WallClock.instance());
            RecordingSummary summary = RecordingSummary.of(dir, messagesRead(reading, "reading"));
            reading.done();
            print(out, data, summary);
        } else {
            // One pass both summarizes and writes the tables.
            ProgressLine writing = new ProgressLine(err, terminal, WallClock.instance());
            RecordingViews.Written written = RecordingViews.write(dir, csv, interval,
                    messagesRead(writing, "reading and writing tables"));
            writing.done();
            print(out, data, written.summary());
            out.printf(Locale.ROOT, "tables     %s: %s (%,d trades, %,d book samples per table, %,d bars, every %s)%n",
                    csv, String.join(", ", RecordingViews.FILES), written.trades(), written.bookSamples(),
                    written.bars(), interval);
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, String name, RecordingSummary summary) {
        Manifest manifest = summary.manifest();
        Manifest.Origin origin = manifest.origin();
        out.printf(Locale.ROOT, "recording  %s (format %d)%n", name, manifest.formatVersion());
        out.printf(Locale.ROOT, "source     %s%s%s%s%n", origin.kind(),
                origin.baseUrl() == null ? "" : " " + origin.baseUrl(),
                origin.environment() == null ? "" : ", environment " + origin.environment(),
                origin.detail() == null ? "" : " (" + origin.detail() + ")");
        int markets = manifest.markets().size();
        String tickers = manifest.markets().stream().limit(TICKERS_LISTED).map(Manifest.MarketMetadata::ticker)
                .collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "markets    %d%s%s%n", markets, markets == 0 ? "" : ": " + tickers,
                markets > TICKERS_LISTED ? ", ... (" + (markets - TICKERS_LISTED) + " more)" : "");
        if (summary.messages() == 0) {
            out.println("time       (no messages)");
        } else {
            out.printf(Locale.ROOT, "time       %s .. %s (%s)%n", iso(summary.firstRecvNanos()),
                    iso(summary.lastRecvNanos()), span(summary.lastRecvNanos() - summary.firstRecvNanos()));
        }
        out.printf(Locale.ROOT, "messages   %,d%s%n", summary.messages(), summary.messages() == manifest.lineCount()
                ? "" : String.format(Locale.ROOT, " (the manifest lists %,d)", manifest.lineCount()));
        int width = summary.messagesByType().keySet().stream().mapToInt(String::length).max().orElse(0);
        summary.messagesByType().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.printf(Locale.ROOT, "  %-" + width + "s  %,12d%n", e.getKey(), e.getValue()));
        out.printf(Locale.ROOT, "gaps       %d%n", manifest.gaps().size());
        manifest.gaps().stream().limit(GAPS_LISTED).forEach(gap -> out.printf(Locale.ROOT, "  %s .. %s (%s)  %s  %s%n",
                iso(gap.fromNs()), iso(gap.toNs()), span(gap.toNs() - gap.fromNs()), gap.reason(),
                String.join(",", gap.markets())));
        if (manifest.gaps().size() > GAPS_LISTED) {
            out.printf(Locale.ROOT, "  ... (%d more)%n", manifest.gaps().size() - GAPS_LISTED);
        }
        out.printf(Locale.ROOT, "size       %s on disk in %d segment%s; %s of JSON%s%n", bytes(summary.bytesOnDisk()),
                summary.segments().size(), summary.segments().size() == 1 ? "" : "s", bytes(summary.uncompressedBytes()),
                summary.bytesOnDisk() == 0 || summary.uncompressedBytes() == 0 ? ""
                        : String.format(Locale.ROOT, " (%.1fx smaller)",
                                (double) summary.uncompressedBytes() / summary.bytesOnDisk()));
        for (String warning : summary.warnings()) {
            out.println("warning    " + warning);
        }
    }

    private static String iso(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
                Math.floorMod(epochNanos, 1_000_000_000L)).toString();
    }

    /** A span as {@code 1d 2h 3m 4.5s}, its largest units only. */
    static String span(long nanos) {
        Duration d = Duration.ofNanos(nanos);
        StringBuilder text = new StringBuilder();
        if (d.toDays() > 0) {
            text.append(d.toDays()).append("d ");
        }
        if (d.toHoursPart() > 0 || text.length() > 0) {
            text.append(d.toHoursPart()).append("h ");
        }
        if (d.toMinutesPart() > 0 || text.length() > 0) {
            text.append(d.toMinutesPart()).append("m ");
        }
        text.append(String.format(Locale.ROOT, "%.3fs", d.toSecondsPart() + d.toNanosPart() / 1e9));
        return text.toString();
    }

    private static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    /** A reader's message count, shown on {@code line} with its rate when a line is due. */
    private static LongConsumer messagesRead(ProgressLine line, String what) {
        long startNanos = WallClock.instance().nowNanos();
        return count -> line.tick(() -> {
            long elapsedMillis = Math.max(1, (WallClock.instance().nowNanos() - startNanos) / 1_000_000);
            return String.format(Locale.ROOT, "%s: %,d messages (%,d/s)", what, count, count * 1_000 / elapsedMillis);
        });
    }
}
