package dev.kalshisim.core.wire;

import dev.kalshisim.core.model.Money;

/** Reads a signed dollar amount string of zero to six decimals ({@code "12.3400"}); JSON numbers are refused. */
final class MoneyDeserializer extends FixedPointDeserializer<Money> {

    MoneyDeserializer() {
        super(Money.class, "amount", "12.3400");
    }

    @Override
    protected Money parse(String text) {
        return Money.parse(text);
    }
}
