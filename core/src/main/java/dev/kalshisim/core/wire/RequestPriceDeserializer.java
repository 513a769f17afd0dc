package dev.kalshisim.core.wire;

import dev.kalshisim.core.model.Price;

/**
 * Reads a price in a request body: a string of two to four decimals ({@code "0.56"},
 * {@code "0.5600"}), as Kalshi accepts. JSON numbers are refused.
 */
public final class RequestPriceDeserializer extends FixedPointDeserializer<Price> {

    public RequestPriceDeserializer() {
        super(Price.class, "price", "0.5600");
    }

    @Override
    protected Price parse(String text) {
        return Price.parse(text);
    }
}
