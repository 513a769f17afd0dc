package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.PriceRange;
import dev.kalshisim.sim.engine.catalog.TickGrid;

/**
 * The tradable prices of one tick grid nearest to a target, so every quote the flow sends is on the
 * market's grid (off-grid prices are refused, kalshi-api.md section 10). Prices are in units of
 * $0.0001; {@link #NONE} means no tradable grid price lies on that side of the target.
 */
final class GridPrices {

    /** No tradable price on that side. */
    static final long NONE = -1;

    private final TickGrid grid;

    GridPrices(TickGrid grid) {
        this.grid = grid;
    }

    /** The highest tradable grid price at or below {@code units}, or {@link #NONE}. */
    long atOrBelow(long units) {
        // $1 is never tradable, so start the search just below it.
        long target = Math.min(units, Price.SCALE - 1);
        long best = NONE;
        for (PriceRange range : grid.ranges()) {
            long start = range.start().units();
            long step = range.step().units();
            if (target < start) {
                continue;
            }
            long top = Math.min(target, range.end().units());
            long candidate = start + (top - start) / step * step;
            if (candidate > 0 && candidate > best) {
                best = candidate;
            }
        }
        return best;
    }

    /** The lowest tradable grid price at or above {@code units}, or {@link #NONE}. */
    long atOrAbove(long units) {
        // $0 is never tradable, so start the search just above it.
        long target = Math.max(units, 1);
        long best = Long.MAX_VALUE;
        for (PriceRange range : grid.ranges()) {
            long start = range.start().units();
            long end = range.end().units();
            long step = range.step().units();
            if (target > end) {
                continue;
            }
            long bottom = Math.max(target, start);
            long candidate = start + Math.floorDiv(bottom - start + step - 1, step) * step;
            if (candidate <= end && candidate < Price.SCALE && candidate < best) {
                best = candidate;
            }
        }
        return best == Long.MAX_VALUE ? NONE : best;
    }
}
