package dev.kalshisim.sim.engine.book.pricetime;

import java.util.ArrayList;
import java.util.List;

/**
 * The entries resting at one price of one ladder, in time priority: an intrusive doubly linked
 * queue (each entry holds its neighbours), so appending, unlinking any entry and reading the first
 * take constant time and no allocation. A level object lives as long as its ladder, empty or not.
 */
public final class Level<T> {

    final long priceUnits;
    Resting<T> head;
    Resting<T> tail;
    long totalCount;
    int size;

    Level(long priceUnits) {
        this.priceUnits = priceUnits;
    }

    void append(Resting<T> entry) {
        entry.level = this;
        entry.prev = tail;
        entry.next = null;
        if (tail == null) {
            head = entry;
        } else {
            tail.next = entry;
        }
        tail = entry;
        size++;
        totalCount = Math.addExact(totalCount, entry.remaining);
    }

    /** Takes {@code entry} out of the queue with the remaining size it has now. */
    void unlink(Resting<T> entry) {
        Resting<T> before = entry.prev;
        Resting<T> after = entry.next;
        if (before == null) {
            head = after;
        } else {
            before.next = after;
        }
        if (after == null) {
            tail = before;
        } else {
            after.prev = before;
        }
        entry.prev = null;
        entry.next = null;
        entry.level = null;
        size--;
        totalCount = Math.subtractExact(totalCount, entry.remaining);
    }

    public long priceUnits() {
        return priceUnits;
    }

    /** The remaining size of all entries here. */
    public long totalCount() {
        return totalCount;
    }

    /** How many entries rest here. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return head == null;
    }

    /** The entry with the best time priority, or null when the level is empty. */
    public Resting<T> first() {
        return head;
    }

    /** The remaining size resting ahead of {@code entry}, which must rest here. */
    public long countAhead(Resting<T> entry) {
        if (entry.level != this) {
            throw new IllegalStateException(entry + " is not at level " + priceUnits);
        }
        long ahead = 0;
        for (Resting<T> e = head; e != entry; e = e.next) {
            ahead = Math.addExact(ahead, e.remaining);
        }
        return ahead;
    }

    /** The entries' values in time priority: a copy, for queries and checks (it allocates). */
    public List<T> values() {
        List<T> values = new ArrayList<>(size);
        for (Resting<T> e = head; e != null; e = e.next) {
            values.add(e.value);
        }
        return values;
    }
}
