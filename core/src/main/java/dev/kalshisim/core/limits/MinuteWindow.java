package dev.kalshisim.core.limits;

/**
 * Counts requests and tokens over the last 60 seconds of clock time, in one-second slots.
 *
 * <p>A slot is reused once its second has left the window, so memory is fixed and no cleanup
 * runs. Not thread-safe: the owning {@link PacedBucket} guards it.
 */
final class MinuteWindow {

    private static final int SLOTS = 60;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long[] slotSecond = new long[SLOTS];
    private final long[] requests = new long[SLOTS];
    private final long[] tokens = new long[SLOTS];

    MinuteWindow() {
        java.util.Arrays.fill(slotSecond, Long.MIN_VALUE);
    }

    void record(long nowNanos, long costTokens) {
        long second = Math.floorDiv(nowNanos, NANOS_PER_SECOND);
        int slot = (int) Math.floorMod(second, (long) SLOTS);
        if (slotSecond[slot] != second) {
            slotSecond[slot] = second;
            requests[slot] = 0;
            tokens[slot] = 0;
        }
        requests[slot]++;
        tokens[slot] = Math.addExact(tokens[slot], costTokens);
    }

    /** Requests recorded in the 60 seconds up to and including the current second. */
    long requests(long nowNanos) {
        return sum(requests, nowNanos);
    }

    /** Tokens recorded in the 60 seconds up to and including the current second. */
    long tokens(long nowNanos) {
        return sum(tokens, nowNanos);
    }

    private long sum(long[] values, long nowNanos) {
        long second = Math.floorDiv(nowNanos, NANOS_PER_SECOND);
        long total = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            if (slotSecond[slot] > second - SLOTS && slotSecond[slot] <= second) {
                total += values[slot];
            }
        }
        return total;
    }
}
