package dev.kalshisim.sim.replay;

import java.util.Arrays;

/**
 * The fills one record caused, in the order they are reported, held until the record is fully
 * applied: the sink may call back into the model (an order filled, so it leaves), which must not
 * happen while a level's queue is being walked. Grows once to the largest record's fill count and
 * then allocates nothing.
 */
final class FillBuffer {

    private QueuedOrder[] orders = new QueuedOrder[8];
    private long[] quantities = new long[8];
    private int size;

    void add(QueuedOrder order, long quantity) {
        if (size == orders.length) {
            orders = Arrays.copyOf(orders, size * 2);
            quantities = Arrays.copyOf(quantities, size * 2);
        }
        orders[size] = order;
        quantities[size] = quantity;
        size++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    QueuedOrder order(int i) {
        return orders[i];
    }

    long quantity(int i) {
        return quantities[i];
    }

    void clear() {
        Arrays.fill(orders, 0, size, null);
        size = 0;
    }
}
