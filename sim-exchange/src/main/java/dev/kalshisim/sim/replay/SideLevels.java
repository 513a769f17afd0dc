package dev.kalshisim.sim.replay;

import java.util.Arrays;

/**
 * One side (YES bids or NO bids) of one market: per price level, the strategy's resting orders in
 * queue order and, for the {@code l2} model, the recorded book and its bookkeeping.
 *
 * <p>Levels are plain arrays indexed by price, so a record costs a few array writes. The arrays
 * start on the cent grid (101 slots, every Kalshi market that trades in cents) and refine to the
 * greatest common divisor of the prices seen (tenths of a cent: 1,001 slots; down to 10,001) only
 * when an off-grid price appears, which keeps a recording of thousands of markets small.
 */
final class SideLevels {

    /** $1 in Price units: the top of every ladder. */
    static final int MAX_UNITS = 10_000;
    private static final int START_GRID = 100;

    final int side;
    private final boolean withBook;
    private int grid = START_GRID;

    /** Recorded size per level (hundredths). */
    long[] size;
    /** Taken by the strategy since the recording last refreshed the level. */
    long[] depleted;
    /** The previous snapshot's sizes, to tell what a new snapshot added. */
    long[] previous;
    /** Recorded trades at the level whose delta has not come yet, and when the last came. */
    long[] pending;
    long[] pendingNanos;
    /** A decrease no trade explained yet (it may be a trade whose print comes after its delta). */
    long[] unexplained;
    long[] unexplainedNanos;
    /** Highest slot that may hold recorded size (a loose bound: only ever raised between snapshots). */
    int topSlot = -1;

    QueuedOrder[] head;
    QueuedOrder[] tail;
    /** Strategy orders resting on this side. */
    int orderCount;
    /** Loose bounds of the slots holding strategy orders (exact when {@code orderCount} is 0). */
    int bestOrderSlot = -1;
    int worstOrderSlot = Integer.MAX_VALUE;

    SideLevels(int side, boolean withBook) {
        this.side = side;
        this.withBook = withBook;
        allocate(slotCount());
    }

    int grid() {
        return grid;
    }

    int slotCount() {
        return MAX_UNITS / grid + 1;
    }

    int priceOf(int slot) {
        return slot * grid;
    }

    /** The slot of {@code price} (0..10,000), refining the grid when the price is off it. */
    int slotOf(int price) {
        if (price % grid != 0) {
            regrid(gcd(grid, price));
        }
        return price / grid;
    }

    /** The slot of {@code price}, or -1 when no level can exist there (off the grid or out of range). */
    int existingSlot(int price) {
        if (price < 0 || price > MAX_UNITS || price % grid != 0) {
            return -1;
        }
        return price / grid;
    }

    /** The first slot whose price is at least {@code price}. */
    int firstSlotAtOrAbove(int price) {
        if (price <= 0) {
            return 0;
        }
        return (price + grid - 1) / grid;
    }

    /** The last slot whose price is at most {@code price}. */
    int lastSlotAtOrBelow(int price) {
        if (price < 0) {
            return -1;
        }
        return Math.min(price, MAX_UNITS) / grid;
    }

    /** Recorded minus depleted, never below zero. */
    long displayed(int slot) {
        long shown = size[slot] - depleted[slot];
        return shown > 0 ? shown : 0;
    }

    /** Appends {@code order} at the back of its level's queue. */
    void append(QueuedOrder order, int slot) {
        QueuedOrder last = tail[slot];
        order.prev = last;
        order.next = null;
        if (last == null) {
            head[slot] = order;
        } else {
            last.next = order;
        }
        tail[slot] = order;
        orderCount++;
        if (slot > bestOrderSlot) {
            bestOrderSlot = slot;
        }
        if (slot < worstOrderSlot) {
            worstOrderSlot = slot;
        }
    }

    void unlink(QueuedOrder order) {
        int slot = order.priceUnits / grid;
        if (order.prev == null) {
            head[slot] = order.next;
        } else {
            order.prev.next = order.next;
        }
        if (order.next == null) {
            tail[slot] = order.prev;
        } else {
            order.next.prev = order.prev;
        }
        order.prev = null;
        order.next = null;
        orderCount--;
        if (orderCount == 0) {
            bestOrderSlot = -1;
            worstOrderSlot = Integer.MAX_VALUE;
        }
    }

    /** Keeps the queue's invariant after its orders' places moved: non-decreasing ahead, at most {@code cap}. */
    static void normalize(QueuedOrder first, long cap) {
        long floor = 0;
        for (QueuedOrder o = first; o != null; o = o.next) {
            long ahead = Math.min(Math.max(o.ahead, floor), cap);
            o.ahead = ahead;
            floor = ahead;
        }
    }

    /** A snapshot begins: the book is forgotten, its sizes kept as the previous snapshot's. */
    void clearBook() {
        long[] swap = previous;
        previous = size;
        size = swap;
        Arrays.fill(size, 0);
        Arrays.fill(depleted, 0);
        Arrays.fill(pending, 0);
        Arrays.fill(unexplained, 0);
        topSlot = -1;
    }

    private void allocate(int slots) {
        head = new QueuedOrder[slots];
        tail = new QueuedOrder[slots];
        if (withBook) {
            size = new long[slots];
            depleted = new long[slots];
            previous = new long[slots];
            pending = new long[slots];
            pendingNanos = new long[slots];
            unexplained = new long[slots];
            unexplainedNanos = new long[slots];
        }
    }

    /** Moves every level to a finer grid ({@code finer} divides the current one). */
    private void regrid(int finer) {
        int factor = grid / finer;
        QueuedOrder[] oldHead = head;
        QueuedOrder[] oldTail = tail;
        long[][] old = withBook
                ? new long[][] {size, depleted, previous, pending, pendingNanos, unexplained, unexplainedNanos}
                : null;
        grid = finer;
        allocate(slotCount());
        for (int s = 0; s < oldHead.length; s++) {
            head[s * factor] = oldHead[s];
            tail[s * factor] = oldTail[s];
        }
        if (withBook) {
            long[][] fresh = {size, depleted, previous, pending, pendingNanos, unexplained, unexplainedNanos};
            for (int a = 0; a < old.length; a++) {
                for (int s = 0; s < old[a].length; s++) {
                    fresh[a][s * factor] = old[a][s];
                }
            }
        }
        if (topSlot >= 0) {
            topSlot *= factor;
        }
        if (bestOrderSlot >= 0) {
            bestOrderSlot *= factor;
        }
        if (worstOrderSlot != Integer.MAX_VALUE) {
            worstOrderSlot *= factor;
        }
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
