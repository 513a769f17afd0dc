package dev.kalshisim.cli.loadtest;

/**
 * The share of its peak rate a scenario asks for at a scenario time. Steady is 1 throughout. Before
 * a release the rate climbs exponentially from a tenth of the peak at T-20:00 to the peak at T
 * (activity doubling about every six minutes, as desks and bots wake up and poll faster), holds
 * the peak for the minute after the release, then eases linearly to 30% by T+5:00.
 */
public final class RateProfile {

    static final double FLOOR = 0.1;
    static final double HOLD_SECONDS = 60;
    static final double TAIL = 0.3;

    private final Scenario scenario;

    public RateProfile(Scenario scenario) {
        this.scenario = scenario;
    }

    /** The share of the peak (0..1] at scenario time {@code seconds} (relative to the release). */
    public double share(double seconds) {
        if (scenario == Scenario.STEADY) {
            return 1.0;
        }
        if (seconds <= Timeline.FED_START_SECONDS) {
            return FLOOR;
        }
        if (seconds <= 0) {
            return FLOOR * Math.pow(1 / FLOOR, (seconds - Timeline.FED_START_SECONDS) / -Timeline.FED_START_SECONDS);
        }
        if (seconds <= HOLD_SECONDS) {
            return 1.0;
        }
        double tail = Math.min(1, (seconds - HOLD_SECONDS) / (Timeline.FED_END_SECONDS - HOLD_SECONDS));
        return 1.0 - (1.0 - TAIL) * tail;
    }

    /**
     * The scenario time at which the rate first reaches {@code share} of the peak, or NaN if it never
     * does before the release (used to tell when the load first asks for more than the budget).
     */
    public double firstReaches(double share) {
        if (scenario == Scenario.STEADY) {
            return share <= 1 ? 0 : Double.NaN;
        }
        if (share <= FLOOR) {
            return Timeline.FED_START_SECONDS;
        }
        if (share > 1) {
            return Double.NaN;
        }
        return Timeline.FED_START_SECONDS
                + -Timeline.FED_START_SECONDS * Math.log(share / FLOOR) / Math.log(1 / FLOOR);
    }
}
