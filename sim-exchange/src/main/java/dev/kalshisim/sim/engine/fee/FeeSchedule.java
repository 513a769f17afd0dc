package dev.kalshisim.sim.engine.fee;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;

/** Computes the trading fee of one fill. Implementations must be exact and deterministic. */
public interface FeeSchedule {

    /**
     * The fee for {@code count} contracts filled at {@code price} (either leg's price: the formulas
     * in use are symmetric in p and 1 - p) by a member on the {@code liquidity} end.
     *
     * @return a non-negative amount
     */
    Money fee(FeeTerms terms, Liquidity liquidity, Price price, Count count);
}
