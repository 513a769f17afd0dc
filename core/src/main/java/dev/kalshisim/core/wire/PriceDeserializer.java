package dev.kalshisim.core.wire;

import dev.kalshisim.core.model.Price;

/**
 * Reads a price as responses and recordings write it: a string of zero to six decimals (digits
 * past the fourth must be zero). JSON numbers are refused.
 */
final class PriceDeserializer extends FixedPointDeserializer<Price> {

    PriceDeserializer() {
        super(Price.class, "price", "0.5600");
    }

    @Override
    protected Price parse(String text) {
        return Price.parseLenient(text);
    }
}
