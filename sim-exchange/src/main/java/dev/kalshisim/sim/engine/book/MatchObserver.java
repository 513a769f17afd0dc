package dev.kalshisim.sim.engine.book;

/**
 * Told of every fill as the matcher books it, after the fill's events are emitted: the hook order
 * groups count their matched contracts through. It may cancel resting orders, and may cancel the
 * incoming order in place ({@link BookOrder#cancel}) while its remainder is still unmatched: the
 * matcher re-reads the book after each fill and stops when the incoming order has nothing left.
 */
public interface MatchObserver {

    /** Observes nothing. */
    MatchObserver NONE = (order, count, incoming) -> {
    };

    /**
     * @param order one side of the fill, its counts already updated
     * @param count hundredths of a contract filled
     * @param incoming whether {@code order} is the order being matched (the taker), not a resting one
     */
    void matched(BookOrder order, long count, boolean incoming);

    /**
     * How many contracts (hundredths) the resting {@code order} and the other orders it shares a
     * limit with may still match before that limit cancels them, so a fill-or-kill check counts
     * only volume that will stay; the fill that uses the last of it still executes in full.
     */
    default long room(BookOrder order) {
        return Long.MAX_VALUE;
    }
}
