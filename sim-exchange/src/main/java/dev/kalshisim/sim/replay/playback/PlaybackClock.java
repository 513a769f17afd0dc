package dev.kalshisim.sim.replay.playback;

import java.util.Locale;

/** Which time the replaying server runs on. */
public enum PlaybackClock {
    /** The wall clock: records are applied at their recorded pace, divided by the speed. */
    WALL,
    /**
     * A virtual clock starting at the recording's first receive time, moved only by the control
     * plane ({@code POST /sim/v1/clock/advance}); every record due by the new time is applied.
     */
    VIRTUAL;

    /**
     * {@code wall} or {@code virtual}.
     *
     * @throws IllegalArgumentException with one line naming the accepted words
     */
    public static PlaybackClock parse(String text) {
        if (text != null) {
            for (PlaybackClock value : values()) {
                if (value.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return value;
                }
            }
        }
        throw new IllegalArgumentException("--clock must be wall or virtual, got " + text);
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
