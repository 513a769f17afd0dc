package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One price level of a published order book: the total bid size at one price.
 *
 * <p>On the wire a level is a two-element string array {@code ["0.4100","10.00"]}: price in dollars,
 * then size in contracts.
 *
 * @param price the bid price on that side's own leg, dollars
 * @param count contracts bid at that price
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"price", "count"})
public record OrderbookLevel(Price price, Count count) {

    /** A level of {@code count} contracts at {@code price}. */
    public static OrderbookLevel of(Price price, Count count) {
        return new OrderbookLevel(price, count);
    }
}
