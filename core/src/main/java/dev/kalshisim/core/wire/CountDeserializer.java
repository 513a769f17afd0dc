package dev.kalshisim.core.wire;

import dev.kalshisim.core.model.Count;

/**
 * Reads a signed count as responses write it ({@code "10.00"}, {@code "-54.00"}); a JSON integer is
 * accepted as whole contracts, a JSON fraction is refused.
 */
final class CountDeserializer extends FixedPointDeserializer<Count> {

    CountDeserializer() {
        super(Count.class, "count", "10.00");
    }

    @Override
    protected Count parse(String text) {
        return Count.parseSigned(text);
    }

    @Override
    protected Count fromWholeNumber(long value) {
        return Count.ofContracts(value);
    }
}
