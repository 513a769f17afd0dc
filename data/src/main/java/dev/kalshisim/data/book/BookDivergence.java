package dev.kalshisim.data.book;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a replayed book left the exchange's: at a snapshot that disagreed with the rebuilt book,
 * or at a delta that would have made a level negative.
 *
 * @param kind      which of the two
 * @param ticker    the market
 * @param sid       the subscription of the message where it showed (0 for a REST snapshot)
 * @param seq       that message's seq (0 for a REST snapshot)
 * @param recvNanos when that message was received
 * @param levels    each level that differs, lowest YES price first then NO
 */
public record BookDivergence(Kind kind, String ticker, long sid, long seq, long recvNanos,
        List<LevelDifference> levels) {

    /** What showed the divergence. */
    public enum Kind {
        /** A later snapshot is not the book rebuilt from the earlier one and the deltas since. */
        SNAPSHOT_MISMATCH,
        /** A delta took more off a level than it held. */
        NEGATIVE_LEVEL
    }

    public BookDivergence {
        levels = List.copyOf(levels);
    }

    @Override
    public String toString() {
        String where = kind == Kind.SNAPSHOT_MISMATCH ? "the snapshot at" : "the delta at";
        return ticker + ": " + where + " sid " + sid + " seq " + seq + " disagrees with the replay: "
                + levels.stream().map(LevelDifference::toString).collect(Collectors.joining("; "));
    }
}
