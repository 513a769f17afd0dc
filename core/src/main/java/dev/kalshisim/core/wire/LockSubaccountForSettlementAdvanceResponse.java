package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code PUT /portfolio/subaccounts/settlement-advance-lock}: the new state token, a UUID. */
public record LockSubaccountForSettlementAdvanceResponse(
        @JsonProperty("settlement_advance_state") String settlementAdvanceState) {
}
