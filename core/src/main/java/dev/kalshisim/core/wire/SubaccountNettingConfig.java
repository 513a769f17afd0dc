package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One ledger's netting setting in {@code GET /portfolio/subaccounts/netting}. */
public record SubaccountNettingConfig(
        @JsonProperty("subaccount_number") int subaccountNumber,
        @JsonProperty("enabled") boolean enabled,
        @JsonProperty("exchange_index") int exchangeIndex) {
}
