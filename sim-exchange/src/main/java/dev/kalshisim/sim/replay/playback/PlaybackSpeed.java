package dev.kalshisim.sim.replay.playback;

/**
 * How fast a wall-clock playback goes: a factor on the recorded pace ({@code 1} as recorded,
 * {@code 10} ten times faster), or {@link #MAX}, as fast as the engine takes the records.
 *
 * @param factor the speed-up, from 1 to {@value #MOST}; 0 means as fast as possible
 */
public record PlaybackSpeed(int factor) {

    /** The largest factor accepted: beyond it the pace is {@link #MAX} in all but name. */
    public static final int MOST = 1_000_000;
    /** As fast as the engine takes the records. */
    public static final PlaybackSpeed MAX = new PlaybackSpeed(0);
    /** The recorded pace. */
    public static final PlaybackSpeed RECORDED = new PlaybackSpeed(1);

    public PlaybackSpeed {
        if (factor < 0 || factor > MOST) {
            throw new IllegalArgumentException("speed must be 1 to " + MOST + " or max, got " + factor);
        }
    }

    /**
     * {@code max} or a whole factor ({@code 1}, {@code 10}, ...).
     *
     * @throws IllegalArgumentException with one line saying what is accepted
     */
    public static PlaybackSpeed parse(String text) {
        if ("max".equals(text)) {
            return MAX;
        }
        try {
            int factor = Integer.parseInt(text == null ? "" : text.trim());
            if (factor >= 1 && factor <= MOST) {
                return new PlaybackSpeed(factor);
            }
        } catch (NumberFormatException ignored) {
            // fall through to the one-line refusal
        }
        throw new IllegalArgumentException("--speed must be a whole factor from 1 to " + MOST + " (1, 10, ...) or max, got "
                + text);
    }

    public boolean isMax() {
        return factor == 0;
    }

    @Override
    public String toString() {
        return isMax() ? "max" : factor + "x";
    }
}
