package dev.kalshisim.core.wire;

import dev.kalshisim.core.model.Count;

/**
 * Reads a count in a request body: a non-negative string of zero to two decimals ({@code "10"},
 * {@code "10.5"}, {@code "10.00"}). A non-negative JSON integer is accepted as whole contracts
 * (exact in every client); a JSON fraction is refused.
 */
public final class RequestCountDeserializer extends FixedPointDeserializer<Count> {

    public RequestCountDeserializer() {
        super(Count.class, "count", "10.00");
    }

    @Override
    protected Count parse(String text) {
        return Count.parse(text);
    }

    @Override
    protected Count fromWholeNumber(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("count must not be negative: " + value);
        }
        return Count.ofContracts(value);
    }
}
