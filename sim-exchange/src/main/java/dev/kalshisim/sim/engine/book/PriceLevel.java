package dev.kalshisim.sim.engine.book;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;

/**
 * The orders resting at one price on one leg, in time priority (insertion order), with their total
 * remaining count.
 */
public final class PriceLevel {

    final long priceUnits;
    private final LinkedHashMap<String, BookOrder> orders = new LinkedHashMap<>();
    private long totalCount;

    PriceLevel(long priceUnits) {
        this.priceUnits = priceUnits;
    }

    /** Queues {@code order} behind every order already here. */
    void add(BookOrder order) {
        orders.put(order.id, order);
        totalCount = Math.addExact(totalCount, order.remainingCount);
    }

    /** Takes {@code order} out, with the remaining count it has now. */
    void remove(BookOrder order, long remainingBefore) {
        if (orders.remove(order.id) == null) {
            throw new IllegalStateException(order + " is not at level " + priceUnits);
        }
        totalCount = Math.subtractExact(totalCount, remainingBefore);
    }

    /** Adjusts the level's total after an order here shrank by {@code count} (fill or decrease). */
    void shrink(long count) {
        totalCount = Math.subtractExact(totalCount, count);
    }

    /** The order with the best time priority. */
    public BookOrder first() {
        return orders.values().iterator().next();
    }

    /** Contracts resting ahead of {@code order}. */
    public long countAhead(BookOrder order) {
        long ahead = 0;
        for (BookOrder other : orders.values()) {
            if (other == order) {
                return ahead;
            }
            ahead = Math.addExact(ahead, other.remainingCount);
        }
        throw new IllegalStateException(order + " is not at level " + priceUnits);
    }

    /** The orders in time priority; a read-only view. */
    public Collection<BookOrder> orders() {
        return Collections.unmodifiableCollection(orders.values());
    }

    public long priceUnits() {
        return priceUnits;
    }

    public long totalCount() {
        return totalCount;
    }

    public boolean isEmpty() {
        return orders.isEmpty();
    }
}
