package dev.kalshisim.kalshi.stream.book;

import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;

/**
 * How a subscription prices its NO bids on the wire, set by the subscribe flag {@code use_yes_price}.
 * Books always store NO bids in NO-leg prices (as REST's {@code no_dollars}), so a message is
 * converted once on the way in.
 */
public enum NoSidePricing {
    /** {@code use_yes_price} false or absent, Kalshi's default today: a NO bid at q is sent as q. */
    NO_LEG,
    /** {@code use_yes_price} true: a NO bid at NO price q is sent at its YES-leg price 1 - q. */
    YES_LEG;

    /** The pricing chosen by a subscription's {@code use_yes_price} ({@code null} means false). */
    public static NoSidePricing of(Boolean useYesPrice) {
        return Boolean.TRUE.equals(useYesPrice) ? YES_LEG : NO_LEG;
    }

    /** The NO-leg price of a NO bid sent at {@code wirePrice}. */
    public Price toNoLeg(Price wirePrice) {
        return this == NO_LEG ? wirePrice : OutcomeSide.NO.fromYesPrice(wirePrice);
    }
}
