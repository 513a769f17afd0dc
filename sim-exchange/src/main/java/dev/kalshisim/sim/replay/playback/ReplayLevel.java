package dev.kalshisim.sim.replay.playback;

import java.util.ArrayDeque;

/**
 * One recorded price level of one side of a market, and the replay orders that stand for it in
 * the engine (oldest first, so the front of the deque is the front of the engine's queue among
 * replay orders).
 *
 * <p>{@code recorded} is the size the recording shows now. {@code debt} is what recorded trades
 * took from the level that the recording has not yet taken off with its own delta; the engine's
 * replay quantity is kept at {@code recorded - debt}, so the delta that follows a trade does not
 * shrink the level a second time. {@code unexplained} is a recent decrease that no trade has
 * accounted for yet: when the recording sends the delta before the trade, the trade finds it
 * here and does not owe it again.
 */
final class ReplayLevel {

    /** {@code ReplayLogFormat.SIDE_YES} or {@code SIDE_NO}. */
    final int side;
    /** The price on the side's own leg, core Price units. */
    final long price;
    final ArrayDeque<String> orders = new ArrayDeque<>();
    long recorded;
    long debt;
    long debtAt;
    long unexplained;
    long unexplainedAt;

    ReplayLevel(int side, long price) {
        this.side = side;
        this.price = price;
    }

    /** Forgets trade bookkeeping: a snapshot or a re-installation states the level afresh. */
    void clearPending() {
        debt = 0;
        unexplained = 0;
    }

    /** The replay quantity the engine should show at this level now. */
    long target() {
        return Math.max(0, recorded - debt);
    }

    @Override
    public String toString() {
        return (side == 1 ? "yes" : "no") + "@" + price + " recorded=" + recorded + " debt=" + debt;
    }
}
