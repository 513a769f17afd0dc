package dev.kalshisim.sim.engine.book;

import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One member's live orders in acceptance order. Acceptance indexes only grow, so the orders sit in
 * an array at their index (less a base that moves as the oldest leave), and an order that leaves
 * the engine leaves a hole that the oldest-first trim reclaims: appending touches one slot, where a
 * sorted tree would walk and rebalance nodes spread over the heap.
 */
final class AcceptanceList {

    private BookOrder[] slots = new BookOrder[8];
    /** Acceptance index of {@code slots[0]}. */
    private int base;
    /** First live slot and one past the last used one. */
    private int head;
    private int end;
    private int size;

    /** Appends the member's newest order; its acceptance index must follow the last one's. */
    void add(BookOrder order) {
        if (order.acceptanceIndex != base + end) {
            throw new IllegalStateException(order + " has acceptance index " + order.acceptanceIndex
                    + ", expected " + (base + end));
        }
        if (end == slots.length) {
            makeRoom();
        }
        slots[end++] = order;
        size++;
    }

    /** Removes {@code order} if it is here. */
    void remove(BookOrder order) {
        int slot = order.acceptanceIndex - base;
        if (slot < head || slot >= end || slots[slot] != order) {
            return;
        }
        slots[slot] = null;
        size--;
        while (head < end && slots[head] == null) {
            head++;
        }
    }

    int size() {
        return size;
    }

    private void makeRoom() {
        if (head > 0) {
            System.arraycopy(slots, head, slots, 0, end - head);
            Arrays.fill(slots, end - head, end, null);
            base += head;
            end -= head;
            head = 0;
        }
        // Grow when more than half full after the trim, so trims stay rare.
        if (end * 2 > slots.length) {
            slots = Arrays.copyOf(slots, slots.length * 2);
        }
    }

    /** The orders oldest first; a read-only view. */
    AbstractCollection<BookOrder> oldestFirst() {
        return view(false);
    }

    /** The orders newest first; a read-only view. */
    AbstractCollection<BookOrder> newestFirst() {
        return view(true);
    }

    private AbstractCollection<BookOrder> view(boolean newestFirst) {
        return new AbstractCollection<>() {
            @Override
            public Iterator<BookOrder> iterator() {
                return new Iterator<>() {
                    private int next = advance(newestFirst ? end - 1 : head);

                    private int advance(int from) {
                        int i = from;
                        while (i >= head && i < end && slots[i] == null) {
                            i += newestFirst ? -1 : 1;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next >= head && next < end;
                    }

                    @Override
                    public BookOrder next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        BookOrder order = slots[next];
                        next = advance(next + (newestFirst ? -1 : 1));
                        return order;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
