package dev.kalshisim.sim.engine.book.pricetime;

import dev.kalshisim.core.model.OutcomeSide;

/**
 * One order resting in a {@link PriceTimeBook}: its price on its own leg, remaining size, owner
 * number and place in its level's queue, with the caller's {@code value} attached (the engine's
 * order, or nothing). Entries are pooled by their book: one that left the book is reused by a later
 * rest, so a caller must drop its reference when the entry leaves.
 */
public final class Resting<T> {

    T value;
    long id;
    int owner;
    OutcomeSide side;
    long priceUnits;
    long remaining;
    /** Neighbours in the level's queue: {@code prev} rests ahead, {@code next} behind. */
    Resting<T> prev;
    Resting<T> next;
    /** The level it rests at; null once it left the book. */
    Level<T> level;

    Resting() {
    }

    public T value() {
        return value;
    }

    /** The caller's id for the entry (the by-id index's key); 0 when the caller keeps no index. */
    public long id() {
        return id;
    }

    public int owner() {
        return owner;
    }

    public OutcomeSide side() {
        return side;
    }

    public long priceUnits() {
        return priceUnits;
    }

    public long remaining() {
        return remaining;
    }

    /** The entry resting behind this one at the same price, or null at the back of the queue. */
    public Resting<T> behind() {
        return next;
    }

    /** Whether the entry still rests (it has not been removed or filled). */
    public boolean isResting() {
        return level != null;
    }

    @Override
    public String toString() {
        return "Resting[" + id + " " + side + " @" + priceUnits + " rem=" + remaining + " owner=" + owner + "]";
    }
}
