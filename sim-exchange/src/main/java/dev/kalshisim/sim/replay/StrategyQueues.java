package dev.kalshisim.sim.replay;

import java.util.HashMap;
import java.util.Map;

/**
 * The strategy's resting orders as a fill model queues them: by id, and each in its level's queue.
 * Both fill models keep them the same way and differ only in how much is ahead of an order when it
 * joins, so this is the one place that joins, resizes, removes and reports their fills.
 */
final class StrategyQueues {

    /** A model's levels of one market's side. */
    @FunctionalInterface
    interface Levels {
        SideLevels of(int market, int side);
    }

    /** What is ahead of an order joining {@code slot} of {@code levels}, before the order already there. */
    @FunctionalInterface
    interface Ahead {
        long at(SideLevels levels, int slot);
    }

    private final Map<String, QueuedOrder> orders = new HashMap<>();
    private final Levels levels;

    StrategyQueues(Levels levels) {
        this.levels = levels;
    }

    /** Refuses an order no level can hold: not a side, a price outside $0..$1, or no market. */
    static void checkRestable(FillModel.StrategyOrder order) {
        if (!L2FillModel.isSide(order.side()) || order.priceUnits() <= 0 || order.priceUnits() >= SideLevels.MAX_UNITS
                || order.market() < 0) {
            throw new IllegalArgumentException("not a restable order: " + order);
        }
    }

    /**
     * Puts {@code order} at the back of its level (out of any place it held), with {@code ahead}
     * ahead of it but never less than the order before it: a later order cannot pass an earlier one.
     */
    void join(FillModel.StrategyOrder order, Ahead ahead) {
        QueuedOrder old = orders.remove(order.orderId());
        if (old != null) {
            levels.of(old.market, old.side).unlink(old);
        }
        SideLevels side = levels.of(order.market(), order.side());
        int slot = side.slotOf(order.priceUnits());
        QueuedOrder joined = new QueuedOrder(order.orderId(), order.market(), order.side(), order.priceUnits(),
                order.remaining());
        long before = ahead.at(side, slot);
        QueuedOrder last = side.tail[slot];
        joined.ahead = last == null ? before : Math.max(before, last.ahead);
        side.append(joined, slot);
        orders.put(joined.id, joined);
    }

    /** The engine's remaining count of an order; at zero it leaves. Unknown ids are ignored. */
    void resized(String orderId, long remaining) {
        QueuedOrder order = orders.get(orderId);
        if (order == null) {
            return;
        }
        if (remaining <= 0) {
            remove(order);
        } else {
            order.remaining = remaining;
        }
    }

    /** The order left the book. Unknown ids are ignored. */
    void left(String orderId) {
        QueuedOrder order = orders.get(orderId);
        if (order != null) {
            remove(order);
        }
    }

    /** The hundredths ahead of a resting order, or -1 when it does not rest here. */
    long queueAhead(String orderId) {
        QueuedOrder order = orders.get(orderId);
        return order == null ? -1 : order.ahead;
    }

    /**
     * Hands the record's fills to {@code sink}, after dropping the orders they filled completely, so
     * the sink may call back into the model.
     */
    void settle(FillBuffer fills, FillModel.FillSink sink) {
        int n = fills.size();
        for (int i = 0; i < n; i++) {
            QueuedOrder order = fills.order(i);
            if (order.remaining <= 0 && orders.get(order.id) == order) {
                remove(order);
            }
        }
        try {
            for (int i = 0; i < n; i++) {
                sink.fill(fills.order(i).id, fills.quantity(i));
            }
        } finally {
            fills.clear();
        }
    }

    private void remove(QueuedOrder order) {
        orders.remove(order.id);
        levels.of(order.market, order.side).unlink(order);
    }
}
