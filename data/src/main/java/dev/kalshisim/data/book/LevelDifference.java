package dev.kalshisim.data.book;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;

/**
 * One price level where the rebuilt book and the exchange's disagree.
 *
 * @param side          whose bids
 * @param price         the level, on that side's own leg
 * @param expected      the size the exchange says (the snapshot's), or for a negative level the
 *                      size before the delta
 * @param got           the size the replay built, or for a negative level the size the delta would
 *                      have left
 * @param lastDeltaSeq  the seq of the last delta that changed this level since the book's snapshot,
 *                      or 0 when none did: where to look for the message that went wrong
 */
public record LevelDifference(OutcomeSide side, Price price, Count expected, Count got, long lastDeltaSeq) {

    @Override
    public String toString() {
        return side.wire() + " " + price + ": expected " + expected + ", got " + got
                + (lastDeltaSeq > 0 ? " (last changed by seq " + lastDeltaSeq + ")" : " (no delta since the snapshot)");
    }
}
