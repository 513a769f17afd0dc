package dev.kalshisim.sim.engine.query;

/**
 * Filters for {@code GET /portfolio/positions}; null fields match all.
 *
 * @param ticker this market only
 * @param eventTicker markets of this event
 * @param nonZeroPosition {@code count_filter=position}: only non-zero positions
 * @param nonZeroTotalTraded {@code count_filter=total_traded}: only markets traded in
 * @param subaccount the member's ledger to read; Kalshi's positions default to the primary, 0
 */
public record PositionQuery(String ticker, String eventTicker, boolean nonZeroPosition, boolean nonZeroTotalTraded,
        int subaccount) {

    /** A query of the primary ledger. */
    public PositionQuery(String ticker, String eventTicker, boolean nonZeroPosition, boolean nonZeroTotalTraded) {
        this(ticker, eventTicker, nonZeroPosition, nonZeroTotalTraded, 0);
    }

    public static PositionQuery all() {
        return new PositionQuery(null, null, false, false);
    }

    public static PositionQuery forTicker(String ticker) {
        return new PositionQuery(ticker, null, false, false);
    }

    public PositionQuery withSubaccount(int value) {
        return new PositionQuery(ticker, eventTicker, nonZeroPosition, nonZeroTotalTraded, value);
    }
}
