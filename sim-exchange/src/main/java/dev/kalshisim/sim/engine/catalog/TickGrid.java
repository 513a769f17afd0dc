package dev.kalshisim.sim.engine.catalog;

import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.PriceRange;
import java.util.List;
import java.util.Objects;

/**
 * The prices a market accepts: Kalshi's {@code price_level_structure} name and its authoritative
 * {@code price_ranges} (kalshi-api.md section 10).
 *
 * <p>A price is on the grid when some range holds it ({@code start <= p <= end}) and it lies a whole
 * number of steps from that range's start. $0 and $1 are never valid order prices.
 *
 * @param structure the named structure, or "custom" for an explicit list
 * @param ranges the bands, each with a positive step
 */
public record TickGrid(String structure, List<PriceRange> ranges) {

    private static final long CENT = 100;
    private static final long DECI_CENT = 10;

    public TickGrid {
        Objects.requireNonNull(structure, "structure");
        ranges = List.copyOf(ranges);
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("a tick grid needs at least one price range");
        }
        for (PriceRange range : ranges) {
            if (range.step().units() <= 0 || range.start().compareTo(range.end()) > 0) {
                throw new IllegalArgumentException("bad price range " + range + ": step must be positive, start <= end");
            }
        }
    }

    /** Whole cents: {@code linear_cent}. */
    public static TickGrid linearCent() {
        return named("linear_cent");
    }

    /**
     * The grid of a named structure: {@code linear_cent}, {@code deci_cent},
     * {@code tapered_deci_cent}, and {@code center_X_edge_Y_cent} with X, Y in whole, half, quint,
     * deci, centi (edges below $0.10 and above $0.90; {@code center_deci_edge_centi_cent} tapers at
     * $0.01 and $0.99 instead).
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static TickGrid named(String structure) {
        switch (structure) {
            case "linear_cent":
                return new TickGrid(structure, List.of(range(0, 10_000, CENT)));
            case "deci_cent":
                return new TickGrid(structure, List.of(range(0, 10_000, DECI_CENT)));
            case "tapered_deci_cent":
                return tapered(structure, DECI_CENT, CENT, 1_000);
            default:
                return centerEdge(structure);
        }
    }

    /** An explicit list of ranges, as a market's {@code price_ranges} gives them. */
    public static TickGrid custom(List<PriceRange> ranges) {
        return new TickGrid("custom", ranges);
    }

    /** Whether an order may be placed at {@code price}: strictly inside $0..$1 and on a tick. */
    public boolean accepts(Price price) {
        if (!price.isTradable()) {
            return false;
        }
        for (PriceRange range : ranges) {
            long p = price.units();
            if (p >= range.start().units() && p <= range.end().units()
                    && (p - range.start().units()) % range.step().units() == 0) {
                return true;
            }
        }
        return false;
    }

    private static TickGrid centerEdge(String structure) {
        String prefix = "center_";
        int edgeAt = structure.indexOf("_edge_");
        if (!structure.startsWith(prefix) || edgeAt < 0 || !structure.endsWith("_cent")) {
            throw new IllegalArgumentException("unknown price_level_structure \"" + structure + "\"");
        }
        long center = stepOf(structure.substring(prefix.length(), edgeAt), structure);
        long edge = stepOf(structure.substring(edgeAt + "_edge_".length(), structure.length() - "_cent".length()), structure);
        long taper = "center_deci_edge_centi_cent".equals(structure) ? 100 : 1_000;
        return tapered(structure, edge, center, taper);
    }

    private static long stepOf(String word, String structure) {
        switch (word) {
            case "whole": return 100;
            case "half": return 50;
            case "quint": return 20;
            case "deci": return 10;
            case "centi": return 1;
            default: throw new IllegalArgumentException("unknown price_level_structure \"" + structure + "\"");
        }
    }

    /** Edge step below {@code taperUnits} and above 1 - {@code taperUnits}, center step between. */
    private static TickGrid tapered(String structure, long edgeStep, long centerStep, long taperUnits) {
        return new TickGrid(structure, List.of(
                range(0, taperUnits, edgeStep),
                range(taperUnits, 10_000 - taperUnits, centerStep),
                range(10_000 - taperUnits, 10_000, edgeStep)));
    }

    private static PriceRange range(long start, long end, long step) {
        return new PriceRange(Price.ofUnits(start), Price.ofUnits(end), Price.ofUnits(step));
    }
}
