package dev.kalshisim.sim.engine.group;

import java.time.Duration;
import java.util.Objects;

/**
 * The tunable parts of order groups. Kalshi documents the 15-second rolling window, the 1 to
 * 1,000,000 contract limit and the 100,000 groups per member; whether a group triggers when its
 * matched contracts reach the limit or only when they pass it is not documented ("when the limit is
 * hit" in the API reference, "going over the limit" in the guide), so it is a choice here.
 *
 * @param window how far back matched contracts count against the limit
 * @param triggerPoint when the matched contracts trigger the group
 * @param maxGroupsPerMember groups one member may hold at a time
 */
public record OrderGroupRules(Duration window, TriggerPoint triggerPoint, int maxGroupsPerMember) {

    /** Kalshi's largest contracts limit, in hundredths (1,000,000 contracts). */
    public static final long MAX_LIMIT_HUNDREDTHS = 100_000_000L;
    /** Kalshi's smallest contracts limit, in hundredths (1 contract). */
    public static final long MIN_LIMIT_HUNDREDTHS = 100L;

    /** When a group's matched contracts trigger it. */
    public enum TriggerPoint {
        /** Matched contracts equal to the limit trigger the group: the limit is the most that may match. */
        REACHED,
        /** Only matched contracts above the limit trigger the group. */
        EXCEEDED
    }

    public OrderGroupRules {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(triggerPoint, "triggerPoint");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        if (maxGroupsPerMember < 1) {
            throw new IllegalArgumentException("maxGroupsPerMember must be positive: " + maxGroupsPerMember);
        }
    }

    /** A 15 s window, triggering when the limit is reached, at most 100,000 groups per member. */
    public static OrderGroupRules defaults() {
        return new OrderGroupRules(Duration.ofSeconds(15), TriggerPoint.REACHED, 100_000);
    }

    public OrderGroupRules withWindow(Duration value) {
        return new OrderGroupRules(value, triggerPoint, maxGroupsPerMember);
    }

    public OrderGroupRules withTriggerPoint(TriggerPoint value) {
        return new OrderGroupRules(window, value, maxGroupsPerMember);
    }

    public OrderGroupRules withMaxGroupsPerMember(int value) {
        return new OrderGroupRules(window, triggerPoint, value);
    }

    /** The window in nanoseconds. */
    long windowNanos() {
        return window.toNanos();
    }

    /**
     * How many more contracts (hundredths) may match before a group with {@code matched} of
     * {@code limit} triggers; the fill that uses the last of it triggers the group.
     */
    long room(long limit, long matched) {
        long room = limit - matched;
        return triggerPoint == TriggerPoint.REACHED ? room : room + 1;
    }

    /** Whether {@code matched} triggers a group with {@code limit}. */
    boolean triggers(long limit, long matched) {
        return room(limit, matched) <= 0;
    }
}
