package dev.kalshisim.sim.engine.book.pricetime;

import java.util.Arrays;

/**
 * Resting entries by a {@code long} id: open addressing with linear probing and backward-shift
 * deletion, keys and values in two parallel arrays, so a lookup reads no boxed key and a removal
 * leaves no tombstone. Grows at half full; never shrinks.
 */
final class LongIndex<T> {

    private long[] keys;
    private Resting<T>[] values;
    private int mask;
    private int size;

    LongIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    int size() {
        return size;
    }

    Resting<T> get(long key) {
        int slot = slot(key);
        while (true) {
            Resting<T> value = values[slot];
            if (value == null) {
                return null;
            }
            if (keys[slot] == key) {
                return value;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Maps {@code key} to {@code value}; the key must not be present. */
    void put(long key, Resting<T> value) {
        if (size * 2 >= values.length) {
            grow();
        }
        int slot = slot(key);
        while (values[slot] != null) {
            if (keys[slot] == key) {
                throw new IllegalStateException("id " + key + " is already in the index");
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    /** Removes {@code key}; returns its value, or null when absent. */
    Resting<T> remove(long key) {
        int slot = slot(key);
        while (true) {
            Resting<T> value = values[slot];
            if (value == null) {
                return null;
            }
            if (keys[slot] == key) {
                shiftBack(slot);
                size--;
                return value;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Fills the hole at {@code hole} with a later entry of the same probe run, until the run ends. */
    private void shiftBack(int hole) {
        int next = (hole + 1) & mask;
        while (values[next] != null) {
            int home = slot(keys[next]);
            // The entry at next may move to hole when hole lies on its probe path (home .. next, cyclically).
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                keys[hole] = keys[next];
                values[hole] = values[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        values[hole] = null;
    }

    private int slot(long key) {
        // Fibonacci hashing spreads sequential ids over the table.
        return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> 32) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        Resting<T>[] oldValues = values;
        allocate(values.length * 2);
        size = 0;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void allocate(int capacity) {
        keys = new long[capacity];
        values = (Resting<T>[]) new Resting<?>[capacity];
        mask = capacity - 1;
        Arrays.fill(keys, 0L);
    }
}
