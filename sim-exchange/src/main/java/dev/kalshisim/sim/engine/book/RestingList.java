package dev.kalshisim.sim.engine.book;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One member's resting orders in acceptance order, linked through the orders themselves
 * ({@link BookOrder#restingPrev}, {@link BookOrder#restingNext}), so bulk cancels visit them in the
 * order a sweep of every order would. An order joins when it first rests, which is right after its
 * acceptance, so it is the member's newest and goes at the back; a repriced order never leaves (see
 * {@link RestingOrders#reprice}). Joining and leaving take constant time and allocate nothing.
 */
final class RestingList {

    private BookOrder head;
    private BookOrder tail;
    private int size;

    void add(BookOrder order) {
        // Find the last order accepted before this one: the tail, unless an older order rests again.
        BookOrder before = tail;
        while (before != null && before.acceptanceIndex > order.acceptanceIndex) {
            before = before.restingPrev;
        }
        BookOrder after = before == null ? head : before.restingNext;
        order.restingPrev = before;
        order.restingNext = after;
        if (before == null) {
            head = order;
        } else {
            before.restingNext = order;
        }
        if (after == null) {
            tail = order;
        } else {
            after.restingPrev = order;
        }
        size++;
    }

    void remove(BookOrder order) {
        BookOrder before = order.restingPrev;
        BookOrder after = order.restingNext;
        if (before == null) {
            head = after;
        } else {
            before.restingNext = after;
        }
        if (after == null) {
            tail = before;
        } else {
            after.restingPrev = before;
        }
        order.restingPrev = null;
        order.restingNext = null;
        size--;
    }

    /** The orders in acceptance order; a read-only view (copy it to cancel while walking). */
    Collection<BookOrder> view() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<BookOrder> iterator() {
                return new Iterator<>() {
                    private BookOrder next = head;

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public BookOrder next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        BookOrder order = next;
                        next = order.restingNext;
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
