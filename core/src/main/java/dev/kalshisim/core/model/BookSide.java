package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The side of the YES order book an order rests on: a bid buys YES, an ask sells YES (buys NO). */
public enum BookSide implements WireValue {
    BID("bid"),
    ASK("ask");

    private final String wire;

    BookSide(String wire) {
        this.wire = wire;
    }

    /** The name Kalshi uses on the wire. */
    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    /**
     * The outcome an order on this side gains exposure to: a bid buys YES, an ask buys NO (it sells
     * YES). The inverse of {@link OutcomeSide#bookSideWhenBuying()}.
     */
    public OutcomeSide outcomeBought() {
        return this == BID ? OutcomeSide.YES : OutcomeSide.NO;
    }

    /** The other side of the book. */
    public BookSide opposite() {
        return this == BID ? ASK : BID;
    }

    /**
     * The value whose wire name is {@code text}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    @JsonCreator
    public static BookSide fromWire(String text) {
        for (BookSide value : values()) {
            if (value.wire.equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(WireNames.unknown("BookSide", text, values()));
    }
}
