package dev.kalshisim.sim.engine.fee;

import dev.kalshisim.core.model.FeeType;
import java.util.Objects;

/**
 * The fee structure a market trades under: its series' fee type and multiplier, or its event's
 * overrides.
 */
public record FeeTerms(FeeType feeType, Ratio multiplier) {

    public FeeTerms {
        Objects.requireNonNull(feeType, "feeType");
        Objects.requireNonNull(multiplier, "multiplier");
    }
}
