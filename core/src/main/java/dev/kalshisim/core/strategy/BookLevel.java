package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;

/**
 * One price level of a book: a price and the size resting at it.
 *
 * @param price the level's price on its own leg (a NO bid level carries a NO price)
 * @param size  the resting size, positive
 */
public record BookLevel(Price price, Count size) {

    public BookLevel {
        if (price == null || size == null) {
            throw new IllegalArgumentException("a book level needs a price and a size");
        }
        if (!size.isPositive()) {
            throw new IllegalArgumentException("a book level's size must be positive: " + size + " at " + price);
        }
    }

    /** The level of {@code size} at {@code price}. */
    public static BookLevel of(Price price, Count size) {
        return new BookLevel(price, size);
    }
}
