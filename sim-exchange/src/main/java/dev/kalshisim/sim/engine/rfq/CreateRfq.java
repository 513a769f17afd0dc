package dev.kalshisim.sim.engine.rfq;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import java.util.Objects;

/**
 * A member asks for quotes on {@code ticker}, sized by exactly one of {@code contracts} or
 * {@code targetCost}.
 *
 * @param replaceExisting deletes the member's open RFQs first
 * @param subaccount 0 for the primary account
 */
public record CreateRfq(String memberId, String ticker, Count contracts, Money targetCost, boolean restRemainder,
                        boolean replaceExisting, int subaccount) {

    public CreateRfq {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(ticker, "ticker");
    }
}
