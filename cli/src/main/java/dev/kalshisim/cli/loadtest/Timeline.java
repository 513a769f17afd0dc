package dev.kalshisim.cli.loadtest;

import java.util.Locale;

/**
 * Maps a run's elapsed time onto its scenario's clock. A steady run's clock is its elapsed time; a
 * fed-announcement run compresses "T-20:00 .. T+5:00" (the release at T) into the run's duration,
 * so any {@code --duration} tells the same story and a time on the report reads as "T-14:32".
 *
 * @param startSeconds the scenario time at the run's start, seconds relative to the release
 * @param endSeconds the scenario time at the run's end
 * @param runNanos the run's duration
 * @param relative whether times are relative to a release (labelled "T-m:ss") or plain elapsed time
 */
public record Timeline(double startSeconds, double endSeconds, long runNanos, boolean relative) {

    /** Twenty minutes before the release. */
    public static final double FED_START_SECONDS = -20 * 60;
    /** Five minutes after it. */
    public static final double FED_END_SECONDS = 5 * 60;

    public Timeline {
        if (runNanos <= 0 || endSeconds <= startSeconds) {
            throw new IllegalArgumentException("a timeline needs a positive run and end after start");
        }
    }

    /** The timeline of {@code scenario} over a run of {@code runNanos}. */
    public static Timeline of(Scenario scenario, long runNanos) {
        return scenario == Scenario.FED_ANNOUNCEMENT
                ? new Timeline(FED_START_SECONDS, FED_END_SECONDS, runNanos, true)
                : new Timeline(0, runNanos / 1e9, runNanos, false);
    }

    /** Scenario seconds per real second: 50 for a fed-announcement run of 30 s. */
    public double speed() {
        return (endSeconds - startSeconds) / (runNanos / 1e9);
    }

    /** The scenario time, in seconds, {@code elapsedNanos} into the run. */
    public double at(long elapsedNanos) {
        return startSeconds + (endSeconds - startSeconds) * ((double) elapsedNanos / runNanos);
    }

    /** The elapsed run time at which the scenario reaches {@code scenarioSeconds}. */
    public long elapsedAt(double scenarioSeconds) {
        return Math.round((scenarioSeconds - startSeconds) / (endSeconds - startSeconds) * runNanos);
    }

    /** "T-14:32" (relative) or "12.3 s" (elapsed) for {@code elapsedNanos} into the run. */
    public String label(long elapsedNanos) {
        return label(at(elapsedNanos));
    }

    /** The label of scenario time {@code seconds}. */
    public String label(double seconds) {
        if (!relative) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(Math.abs(seconds));
        String sign = seconds < 0 && whole > 0 ? "-" : "+";
        return String.format(Locale.ROOT, "T%s%d:%02d", sign, whole / 60, whole % 60);
    }
}
