package dev.kalshisim.strategies;

import dev.kalshisim.core.model.BookSide;

/**
 * The market maker's one order on one side of one market: at most one at a time, so there are
 * never two of its quotes on a side. A replacement waits until the cancel of the old quote is
 * confirmed (or the old quote filled), and only then goes out.
 */
final class QuoteSlot {

    /** Where the side's order stands. */
    enum Phase {
        /** No order: free to place one. */
        EMPTY,
        /** Sent, not yet acknowledged. */
        PENDING,
        /** Acknowledged and working. */
        LIVE,
        /** Its cancel is sent, not yet confirmed: it may still fill. */
        CANCELLING
    }

    final BookSide side;
    Phase phase = Phase.EMPTY;
    String id;
    long priceUnits;
    /** The count still working, in hundredths of a contract. */
    long remaining;
    /** Whether the venue refused the cancel, so it must be sent again. */
    boolean cancelFailed;

    QuoteSlot(BookSide side) {
        this.side = side;
    }

    /** Whether it has an order that may be in the book (and may fill). */
    boolean rests() {
        return phase != Phase.EMPTY;
    }

    /** Whether it has an order that is not being cancelled. */
    boolean working() {
        return phase == Phase.PENDING || phase == Phase.LIVE;
    }

    boolean cancelling() {
        return phase == Phase.CANCELLING;
    }

    boolean holds(String orderId) {
        return phase != Phase.EMPTY && id.equals(orderId);
    }

    void sent(String clientOrderId, long price, long count) {
        phase = Phase.PENDING;
        id = clientOrderId;
        priceUnits = price;
        remaining = count;
        cancelFailed = false;
    }

    void clear() {
        phase = Phase.EMPTY;
        id = null;
        priceUnits = 0;
        remaining = 0;
        cancelFailed = false;
    }
}
