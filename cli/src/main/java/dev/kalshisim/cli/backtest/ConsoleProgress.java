package dev.kalshisim.cli.backtest;

import dev.kalshisim.cli.progress.ProgressLine;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.data.replay.ReplayLogBuilder;
import dev.kalshisim.data.synthetic.L2Renderer;
import dev.kalshisim.sim.backtest.BacktestProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The three slow phases of a backtest shown on one status output: generating a bundled sample on
 * first use, building the recording's replay log on first use, and the replay itself (percent of
 * the recording's records, events per second). On a terminal the line is rewritten in place; in
 * a log a plain line every few seconds ({@link ProgressLine}).
 */
final class ConsoleProgress {

    private final PrintWriter err;
    private final boolean terminal;
    private final Clock clock;

    ConsoleProgress(PrintWriter err, boolean terminal, Clock clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
    }

    /** A phase's line; {@link Phase#close} clears it. */
    final class Phase implements AutoCloseable {
        private final ProgressLine line = new ProgressLine(err, terminal, clock);
        private final long startNanos = clock.nowNanos();

        private long perSecond(long count) {
            long elapsedNanos = clock.nowNanos() - startNanos;
            return elapsedNanos <= 0 ? 0 : count * 1_000_000_000L / elapsedNanos;
        }

        @Override
        public void close() {
            line.done();
        }
    }

    Phase phase() {
        return new Phase();
    }

    /** Generation of sample {@code name}: percent of its simulated time. */
    L2Renderer.Progress generation(Phase phase, String name) {
        return (renderedNanos, totalNanos, messages) -> phase.line.tick(() -> String.format(Locale.ROOT,
                "generating sample %s: %d%%, %,d messages", name, percent(renderedNanos, totalNanos), messages));
    }

    /** The replay log's first build: messages read and events written so far. */
    ReplayLogBuilder.Progress logBuilding(Phase phase) {
        return (messages, events) -> phase.line.tick(() -> String.format(Locale.ROOT,
                "building the replay log: %,d messages, %,d events (%,d messages/s)", messages, events,
                phase.perSecond(messages)));
    }

    /** The replay: percent of the window's records, events so far and their rate. */
    BacktestProgress replay(Phase phase) {
        return (recordsDone, recordsTotal, events, elapsedNanos) -> phase.line.tick(() -> String.format(Locale.ROOT,
                "backtest: %d%% of the recording, %,d events (%,d events/s)", percent(recordsDone, recordsTotal),
                events, elapsedNanos <= 0 ? 0 : events * 1_000_000_000L / elapsedNanos));
    }

    private static long percent(long done, long total) {
        return total <= 0 ? 100 : Math.min(100, done * 100 / total);
    }
}
