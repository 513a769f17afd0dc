package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Money;

/**
 * One ledger's balance in {@code GET /portfolio/subaccounts/balances}.
 *
 * @param subaccountNumber 0 for the primary, 1-63 for a numbered subaccount
 * @param exchangeIndex the shard the balance is held on
 * @param balance cash not reserved by resting orders, in dollars
 * @param updatedTs last change of the balance, Unix seconds
 */
public record SubaccountBalance(
        @JsonProperty("subaccount_number") int subaccountNumber,
        @JsonProperty("exchange_index") int exchangeIndex,
        @JsonProperty("balance") Money balance,
        @JsonProperty("updated_ts") long updatedTs) {
}
