package dev.kalshisim.data.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The latent side of a scenario, free of any order book: factors that drift every step and jump at
 * their announcements, and each market's fair value read off its factor. Renderers (the L2
 * recording here, the simulator's demo flow) ask it for fair values and activity and add their own
 * order flow. Draws come from its own random stream, so the fair-value path of a seed is the same
 * whatever a renderer does with it. Not thread-safe.
 */
public final class MarketModel {

    /** Quoted fair values stay within $0.01..$0.99 so both sides of a whole-cent book have a price. */
    public static final long MIN_UNITS = 100;
    public static final long MAX_UNITS = 9_900;

    private final Scenario scenario;
    private final List<LatentFactor> factors = new ArrayList<>();
    private final List<MarketSpec> markets;
    private final SplittableRandom random;
    private long nowNanos;
    private int nextAnnouncement;

    public MarketModel(Scenario scenario, SplittableRandom random) {
        this.scenario = scenario;
        this.random = random;
        scenario.factors().forEach(f -> factors.add(f.start()));
        this.markets = scenario.markets();
        this.nowNanos = scenario.startNanos();
        skipPastAnnouncements();
    }

    public long nowNanos() {
        return nowNanos;
    }

    public int marketCount() {
        return markets.size();
    }

    public MarketSpec market(int index) {
        return markets.get(index);
    }

    public LatentFactor factor(int index) {
        return factors.get(index);
    }

    /**
     * Moves time to {@code nanos}: every factor drifts for the elapsed time and every announcement
     * due by then is applied, in schedule order.
     *
     * @return the announcements applied, empty on an ordinary step
     */
    public List<Announcement> advanceTo(long nanos) {
        if (nanos < nowNanos) {
            throw new IllegalArgumentException("time runs forward: " + nanos + " < " + nowNanos);
        }
        double seconds = (nanos - nowNanos) / 1e9;
        for (LatentFactor factor : factors) {
            factor.drift(random, seconds);
        }
        nowNanos = nanos;
        List<Announcement> due = List.of();
        List<Announcement> all = scenario.announcements();
        while (nextAnnouncement < all.size() && all.get(nextAnnouncement).atNanos() <= nanos) {
            Announcement a = all.get(nextAnnouncement++);
            LatentFactor factor = factors.get(a.factor());
            factor.jump(a.jumpStdev() * Gaussian.draw(random));
            factor.resolve(a.sigmaAfter());
            due = due.isEmpty() ? new ArrayList<>() : due;
            due.add(a);
        }
        return due;
    }

    /** The fair YES probability of market {@code index} now, unclamped. */
    public double probability(int index) {
        MarketSpec market = markets.get(index);
        return factors.get(market.factor()).probability(market.contract());
    }

    /** The fair YES value of market {@code index} in $0.0001, clamped to $0.01..$0.99. */
    public long fairUnits(int index) {
        long units = StrictMath.round(probability(index) * 10_000);
        return Math.max(MIN_UNITS, Math.min(MAX_UNITS, units));
    }

    /** The activity multiplier now. */
    public double activity() {
        return scenario.activity().multiplier(nowNanos);
    }

    private void skipPastAnnouncements() {
        while (nextAnnouncement < scenario.announcements().size()
                && scenario.announcements().get(nextAnnouncement).atNanos() < nowNanos) {
            nextAnnouncement++;
        }
    }
}
