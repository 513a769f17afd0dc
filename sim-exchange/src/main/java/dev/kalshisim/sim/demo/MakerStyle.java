package dev.kalshisim.sim.demo;

/**
 * How one background maker quotes, at $0.50 (distances shrink toward the edges by
 * {@link VarianceScale}): its best quotes {@code halfSpreadUnits} from its center, levels
 * {@code spacingUnits} apart, and at least {@code baseContracts} at its best level.
 *
 * <p>Each further maker quotes wider and larger, so the book has depth from more than one member.
 * The second maker's half spread is twice the first's and each skews by at most half its own half
 * spread, so the first's new bid reaches the second's stale ask only if the center moves by more
 * than one and a half tight half spreads in one tick, well beyond a walk step (jumps pull every quote
 * first). Should it happen anyway, it is an ordinary trade between two members.
 */
record MakerStyle(long halfSpreadUnits, long spacingUnits, long baseContracts) {

    /** The style of maker {@code index} (0 = tightest) for {@code config}. */
    static MakerStyle of(int index, SyntheticFlowConfig config) {
        long base = config.makerSize().hundredths() / 100;
        return new MakerStyle(100L * (index + 1), 100L + 50L * index, base * (index + 1));
    }
}
