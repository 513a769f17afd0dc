package dev.kalshisim.sim.engine.book;

import dev.kalshisim.core.model.OutcomeSide;
import java.util.Collection;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The bids for one outcome, by price on that outcome's leg; the best bid is the highest. */
public final class Ladder {

    final OutcomeSide side;
    private final TreeMap<Long, PriceLevel> levels = new TreeMap<>();

    Ladder(OutcomeSide side) {
        this.side = side;
    }

    /** Adds {@code order} at the back of its price level. */
    void add(BookOrder order) {
        levels.computeIfAbsent(order.priceUnits, PriceLevel::new).add(order);
    }

    /** Removes {@code order}, which has {@code remainingBefore} contracts still counted in its level. */
    void remove(BookOrder order, long remainingBefore) {
        PriceLevel level = level(order.priceUnits);
        level.remove(order, remainingBefore);
        if (level.isEmpty()) {
            levels.remove(order.priceUnits);
        }
    }

    /** The level at {@code priceUnits}; it must exist. */
    public PriceLevel level(long priceUnits) {
        PriceLevel level = levels.get(priceUnits);
        if (level == null) {
            throw new IllegalStateException("no " + side.wire() + " level at " + priceUnits);
        }
        return level;
    }

    /** The best (highest) level, or null when the ladder is empty. */
    public PriceLevel best() {
        var entry = levels.lastEntry();
        return entry == null ? null : entry.getValue();
    }

    /** Levels from best to worst. */
    public Collection<PriceLevel> bestFirst() {
        return levels.descendingMap().values();
    }

    /** Levels from lowest to highest price. */
    NavigableMap<Long, PriceLevel> ascending() {
        return levels;
    }

    public boolean isEmpty() {
        return levels.isEmpty();
    }
}
