package dev.kalshisim.cli.backtest;

import dev.kalshisim.data.DataLocation;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.data.replay.ReplayLogCache;
import dev.kalshisim.data.sample.SampleCache;
import java.io.PrintWriter;

/** Opens the recording a command names, generating a sample and building its replay log first if need be. */
final class RecordingSource {

    /** An opened recording: its replay log and its manifest. */
    record Opened(ReplayLog log, Manifest manifest) {
    }

    private RecordingSource() {
    }

    static Opened open(String data, ConsoleProgress progress, PrintWriter err) {
        java.nio.file.Path dir;
        try (ConsoleProgress.Phase generating = progress.phase()) {
            String sample = data.startsWith(DataLocation.SAMPLE_SCHEME)
                    ? data.substring(DataLocation.SAMPLE_SCHEME.length()) : data;
            dir = DataLocation.resolve(data, SampleCache.defaults(), progress.generation(generating, sample));
        }
        ReplayLogCache.CachedLog cached;
        try (ConsoleProgress.Phase building = progress.phase()) {
            cached = ReplayLogCache.standard().open(dir, progress.logBuilding(building));
        }
        // The manifest names each market's series, event, fees and price grid, as serve --replay reads them.
        Manifest manifest = RecordingReader.readManifest(dir);
        if (cached.outcome() == ReplayLogCache.Outcome.REBUILT) {
            // Worth a line: the cached log was stale or damaged, which is why this start was slow.
            err.println("rebuilt the replay log: " + cached.reason());
            err.flush();
        }
        return new Opened(cached.log(), manifest);
    }
}
