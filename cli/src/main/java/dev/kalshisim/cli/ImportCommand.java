package dev.kalshisim.cli;

import dev.kalshisim.cli.progress.ProgressLine;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.data.importer.ImportFormat;
import dev.kalshisim.data.importer.Importer;
import dev.kalshisim.data.recording.WriterSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kalshi-sim import --format F FILE... --out DIR}: published Kalshi data (raw WebSocket
 * captures, trade prints as CSV or Parquet) into a new recording.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import published Kalshi data into a recording: raw WebSocket captures (kalshi-ws-jsonl) "
                + "or trade prints (kalshi-trades-csv, kalshi-trades-parquet).")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "kalshi-ws-jsonl, kalshi-trades-csv or kalshi-trades-parquet")
    String format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the files to import, in this order")
    List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the new recording's folder (new or empty)")
    Path out;

    @Override
    public Integer call() {
        ImportFormat importFormat = ImportFormat.byLabel(format);
        PrintWriter stdout = spec.commandLine().getOut();
        ProgressLine progress = new ProgressLine(stdout, System.console() != null, WallClock.instance());
        String unit = importFormat == ImportFormat.KALSHI_WS_JSONL ? "frames" : "trades";
        Importer.Result result = new Importer(WriterSettings.DEFAULTS).run(importFormat, files, out,
                written -> progress.tick(() -> "imported " + written + " " + unit));
        progress.done();
        stdout.println("imported " + files.size() + (files.size() == 1 ? " file" : " files") + " into " + out + ": "
                + result.lines() + " lines");
        stdout.println(result.detail());
        stdout.flush();
        return 0;
    }
}
