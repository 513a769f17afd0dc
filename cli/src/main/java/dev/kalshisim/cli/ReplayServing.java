package dev.kalshisim.cli;

import dev.kalshisim.cli.progress.ProgressLine;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.data.DataLocation;
import dev.kalshisim.data.replay.ReplayLogBuilder;
import dev.kalshisim.data.sample.SampleCache;
import dev.kalshisim.sim.replay.playback.Playback;
import dev.kalshisim.sim.replay.playback.PlaybackClock;
import dev.kalshisim.sim.replay.playback.PlaybackConfig;
import dev.kalshisim.sim.replay.playback.PlaybackListener;
import dev.kalshisim.sim.replay.playback.PlaybackSource;
import dev.kalshisim.sim.replay.playback.PlaybackSpeed;
import dev.kalshisim.sim.replay.playback.PlaybackStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code serve --replay}'s console side: opens the recording (generating a sample or building its
 * replay log with progress), says what was loaded, shows the replay's position while it moves
 * (redrawn on a terminal, a line every few seconds otherwise) and says when it is exhausted.
 */
final class ReplayServing implements PlaybackListener, AutoCloseable {

    private static final long TICK_NANOS = 200_000_000L;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final Clock wall = WallClock.instance();
    private ProgressLine position;
    private Clock.Timer timer;
    private Playback playback;
    private long shownApplied = -1;
    private boolean closed;

    ReplayServing(PrintWriter out, PrintWriter err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Opens {@code data} for playback, with progress while a sample is generated or a log built. */
    PlaybackConfig open(String data, String speedText, String clockText) {
        PlaybackClock clock = clockText == null ? PlaybackClock.WALL : PlaybackClock.parse(clockText);
        PlaybackSpeed speed = speedText == null ? PlaybackSpeed.RECORDED : PlaybackSpeed.parse(speedText);
        if (clock == PlaybackClock.VIRTUAL && speedText != null) {
            throw new IllegalArgumentException("--speed applies to --clock wall; on the virtual clock the control plane "
                    + "steps time");
        }
        Path folder = data.startsWith(DataLocation.SAMPLE_SCHEME)
                ? DataLocation.resolve(data, SampleCache.defaults(), GenerationProgress.forConsole(err,
                        data.substring(DataLocation.SAMPLE_SCHEME.length())))
                : DataLocation.resolve(data);
        ProgressLine building = new ProgressLine(err, terminal, wall);
        ReplayLogBuilder.Progress progress = (messages, events) -> building.tick(() -> String.format(Locale.ROOT,
                "replay: reading the recording: %,d messages, %,d events", messages, events));
        PlaybackSource source = PlaybackSource.open(folder, progress);
        building.done();
        return new PlaybackConfig(source, clock, speed);
    }

    /** Prints what is being replayed and starts showing the position. */
    void started(Playback started) {
        this.playback = started;
        PlaybackStatus s = started.status();
        PlaybackConfig config = started.config();
        String pace = config.clock() == PlaybackClock.VIRTUAL
                ? "on a virtual clock at " + instant(s.firstRecvNanos()) + " (step it: POST /sim/v1/clock/advance)"
                : "on the wall clock at " + config.speed();
        synchronized (out) {
            out.println(String.format(Locale.ROOT, "replay: %d markets in %d events, %,d records from %s to %s, %s",
                    s.markets(), s.events(), s.records(), instant(s.firstRecvNanos()), instant(s.lastRecvNanos()), pace));
            out.flush();
        }
        position = new ProgressLine(err, terminal, wall);
        schedule();
    }

    @Override
    public void exhausted(PlaybackStatus s) {
        synchronized (out) {
            if (position != null) {
                position.done();
            }
            out.println(String.format(Locale.ROOT, "replay: the recording is exhausted after %,d records (%,d held "
                    + "back, %,d refused); still serving", s.applied(), s.heldBack(), s.refused()));
            out.flush();
        }
    }

    private synchronized void schedule() {
        if (!closed) {
            timer = wall.scheduleAfter(TICK_NANOS, this::tick);
        }
    }

    private void tick() {
        PlaybackStatus s = playback.status();
        if (s.exhausted()) {
            return;
        }
        if (s.applied() != shownApplied) {
            synchronized (out) {
                position.tick(() -> {
                    shownApplied = s.applied();
                    return String.format(Locale.ROOT, "replay: %.1f%% (%,d of %,d records), at %s", 100 * s.fraction(),
                            s.applied(), s.records(), instant(s.lastAppliedNanos()));
                });
            }
        }
        schedule();
    }

    private static String instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L))
                .toString();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.cancel();
        }
    }
}
