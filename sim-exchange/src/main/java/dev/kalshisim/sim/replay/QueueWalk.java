package dev.kalshisim.sim.replay;

/**
 * How a recorded taker meets the strategy's resting orders on one side of a market: through the
 * better levels first (best price first), then through one level's queue, recorded quantity ahead
 * before each order. Both fill models walk their queues with these; fills go to the buffer and
 * each order's remaining count drops at once, so one record never fills the same hundredth twice.
 */
final class QueueWalk {

    private QueueWalk() {
    }

    /**
     * A taker of {@code quantity} sweeps the strategy's orders from slot {@code fromSlot} down to
     * {@code toSlot} (both inclusive, best first; no recorded quantity stands ahead at these
     * prices). Returns what is left of the taker.
     */
    static long sweep(SideLevels levels, int fromSlot, int toSlot, long quantity, FillBuffer fills) {
        long left = quantity;
        int low = Math.max(toSlot, levels.worstOrderSlot);
        for (int slot = Math.min(fromSlot, levels.bestOrderSlot); slot >= low && left > 0; slot--) {
            for (QueuedOrder o = levels.head[slot]; o != null && left > 0; o = o.next) {
                long fill = Math.min(left, o.remaining);
                if (fill > 0) {
                    fills.add(o, fill);
                    o.remaining -= fill;
                    left -= fill;
                }
            }
        }
        return left;
    }

    /**
     * A recorded trade of {@code quantity} at {@code slot}'s price: it takes the recorded quantity
     * ahead of each order before the order, orders in queue order. Every order's queue ahead shrinks
     * by the recorded quantity the trade took in front of it; at most {@code cap} stays ahead.
     */
    static void trade(SideLevels levels, int slot, long quantity, long cap, FillBuffer fills) {
        QueuedOrder first = levels.head[slot];
        long left = quantity;
        long recordedTaken = 0;
        for (QueuedOrder o = first; o != null && left > 0; o = o.next) {
            long gap = o.ahead - recordedTaken;
            if (gap > 0) {
                long take = Math.min(left, gap);
                recordedTaken += take;
                left -= take;
                if (left == 0) {
                    break;
                }
            }
            long fill = Math.min(left, o.remaining);
            if (fill > 0) {
                fills.add(o, fill);
                o.remaining -= fill;
                left -= fill;
            }
        }
        // What is left took recorded quantity behind every order: nobody's place changes by it.
        for (QueuedOrder o = first; o != null; o = o.next) {
            o.ahead = Math.max(0, o.ahead - recordedTaken);
        }
        SideLevels.normalize(first, cap);
    }
}
