package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.Price;
import java.util.ArrayList;
import java.util.List;

/**
 * A maker's target prices around a center: up to {@code levels} bids below it and asks above it,
 * best first, each on the market's grid and strictly worse than the one before. Bids stay strictly
 * below the center and asks strictly above, so one maker's own bids and asks never cross.
 */
final class QuoteLadder {

    /** Target prices, best first; a side may be shorter than the ladder near $0 or $1. */
    record Targets(List<Price> bids, List<Price> asks) {
    }

    private final GridPrices grid;
    private final int levels;

    QuoteLadder(GridPrices grid, int levels) {
        this.grid = grid;
        this.levels = levels;
    }

    /**
     * The ladder around {@code centerUnits} with the best quotes {@code halfSpreadUnits} away (at
     * least one unit) and {@code spacingUnits} between levels, all in $0.0001.
     */
    Targets around(long centerUnits, long halfSpreadUnits, long spacingUnits) {
        long half = Math.max(1, halfSpreadUnits);
        List<Price> bids = new ArrayList<>();
        long bid = grid.atOrBelow(centerUnits - half);
        while (bid != GridPrices.NONE && bids.size() < levels) {
            bids.add(Price.ofUnits(bid));
            bid = grid.atOrBelow(Math.min(bid - spacingUnits, bid - 1));
        }
        List<Price> asks = new ArrayList<>();
        long ask = grid.atOrAbove(centerUnits + half);
        while (ask != GridPrices.NONE && asks.size() < levels) {
            asks.add(Price.ofUnits(ask));
            ask = grid.atOrAbove(Math.max(ask + spacingUnits, ask + 1));
        }
        return new Targets(List.copyOf(bids), List.copyOf(asks));
    }
}
