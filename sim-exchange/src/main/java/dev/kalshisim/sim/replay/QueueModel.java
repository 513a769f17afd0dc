package dev.kalshisim.sim.replay;

import java.util.SplittableRandom;

/**
 * Where a recorded decrease that no trade explains (a cancel by someone else) happened relative to
 * a strategy order resting at the same level: ahead of it (the order moves up) or behind it.
 */
public interface QueueModel {

    /** The name as the command line spells it. */
    String name();

    /**
     * How much of a cancel of {@code decrease} hundredths came from ahead of the order, given
     * {@code ahead} recorded hundredths ahead of it and {@code behind} behind it; between 0 and
     * {@code min(decrease, ahead)}. {@code random} is the backtest's seeded source.
     */
    long aheadShare(long decrease, long ahead, long behind, SplittableRandom random);
}
