package dev.kalshisim.sim.replay.playback;

import dev.kalshisim.core.time.VirtualClock;
import java.util.Objects;

/**
 * What a replaying server plays and how: the recording, the clock, and (on the wall clock) the speed.
 */
public record PlaybackConfig(PlaybackSource source, PlaybackClock clock, PlaybackSpeed speed) {

    public PlaybackConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(speed, "speed");
    }

    /** Plays {@code source} on a virtual clock: the control plane steps time. */
    public static PlaybackConfig virtual(PlaybackSource source) {
        return new PlaybackConfig(source, PlaybackClock.VIRTUAL, PlaybackSpeed.RECORDED);
    }

    /** Plays {@code source} on the wall clock at {@code speed}. */
    public static PlaybackConfig wall(PlaybackSource source, PlaybackSpeed speed) {
        return new PlaybackConfig(source, PlaybackClock.WALL, speed);
    }

    /**
     * The clock a virtual playback's server must run on: a fresh {@link VirtualClock} at the
     * recording's first receive time, so record times and server times are the same.
     */
    public VirtualClock newVirtualClock() {
        return new VirtualClock(source.firstRecvNanos());
    }
}
