package dev.kalshisim.core.model;

/**
 * An order's direction and price in both of Kalshi's forms, with the one exact conversion between
 * them (built on the side conversions of {@link OutcomeSide} and {@link BookSide}, which code that
 * only needs a side or a price uses directly).
 *
 * <p>V2 prices everything on the YES ladder: a {@code bid} at p buys YES at p; an {@code ask} at p
 * sells YES at p, which is the same as buying NO at 1 - p. The legacy form names an outcome side, a
 * buy or sell action and that side's own price (kalshi-api.md section 8):
 * <pre>
 *   buy yes @p  = bid @p        sell no @q = bid @1-q
 *   buy no  @q  = ask @1-q      sell yes @p = ask @p
 * </pre>
 *
 * @param bookSide bid or ask on the YES ladder
 * @param yesPrice the YES price of the order
 */
public record Direction(BookSide bookSide, Price yesPrice) {

    public Direction {
        if (bookSide == null || yesPrice == null) {
            throw new IllegalArgumentException("a direction needs a book side and a YES price");
        }
    }

    /** Converts a legacy (side, action, price of that side) into the V2 form. */
    public static Direction fromLegacy(OutcomeSide side, Action action, Price sidePrice) {
        // Selling one outcome is buying the other: sell no @q is buy yes @1-q.
        OutcomeSide bought = action == Action.BUY ? side : side.opposite();
        return new Direction(bought.bookSideWhenBuying(), side.toYesPrice(sidePrice));
    }

    /** The outcome this order gains exposure to: YES for a bid, NO for an ask. */
    public OutcomeSide outcomeSide() {
        return bookSide.outcomeBought();
    }

    /** The NO price, 1 - YES price. */
    public Price noPrice() {
        return yesPrice.complement();
    }

    /**
     * The legacy side reported for this order in responses: a bid is "buy yes", an ask is "buy no"
     * (the same exposure as "sell yes", and the form Kalshi's {@code outcome_side} implies).
     */
    public OutcomeSide legacySide() {
        return outcomeSide();
    }

    /** The legacy action reported in responses: always buy, see {@link #legacySide()}. */
    public Action legacyAction() {
        return Action.BUY;
    }

    /** The price on the outcome side this order buys: YES price for a bid, NO price for an ask. */
    public Price outcomePrice() {
        return outcomeSide().fromYesPrice(yesPrice);
    }
}
