package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The outcome a contract pays on: YES or NO. */
public enum OutcomeSide implements WireValue {
    YES("yes"),
    NO("no");

    private final String wire;

    OutcomeSide(String wire) {
        this.wire = wire;
    }

    /** The name Kalshi uses on the wire. */
    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    /**
     * The side of the YES book an order that buys this outcome rests on: buying YES is a bid,
     * buying NO is an ask (it sells YES). The inverse of {@link BookSide#outcomeBought()}.
     */
    public BookSide bookSideWhenBuying() {
        return this == YES ? BookSide.BID : BookSide.ASK;
    }

    /**
     * The YES price of a price quoted on this side: the price itself for YES, {@code 1 - price}
     * for NO (a NO contract at q is the other half of a YES contract at 1 - q).
     */
    public Price toYesPrice(Price priceOfThisSide) {
        return this == YES ? priceOfThisSide : priceOfThisSide.complement();
    }

    /** This side's price of a YES price: the inverse of {@link #toYesPrice} (the same arithmetic, 1 - p for NO). */
    public Price fromYesPrice(Price yesPrice) {
        return this == YES ? yesPrice : yesPrice.complement();
    }

    /** The other outcome. */
    public OutcomeSide opposite() {
        return this == YES ? NO : YES;
    }

    /**
     * The value whose wire name is {@code text}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    @JsonCreator
    public static OutcomeSide fromWire(String text) {
        for (OutcomeSide value : values()) {
            if (value.wire.equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(WireNames.unknown("OutcomeSide", text, values()));
    }
}
