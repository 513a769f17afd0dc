package dev.kalshisim.reports;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;

/**
 * The marking rule: a position is worth what closing it at the market's last fill price would
 * bring. Positions are YES contracts, signed; a long is worth {@code p × last}, a short (held as
 * NO collateral) {@code |p| × (1 − last)}. Fill prices in the result are YES prices.
 */
final class Marking {

    private Marking() {
    }

    static Money value(Count position, Price lastFill) {
        if (position.isZero() || lastFill == null) {
            return Money.ZERO;
        }
        return position.isPositive() ? lastFill.times(position) : lastFill.complement().times(position.abs());
    }
}
