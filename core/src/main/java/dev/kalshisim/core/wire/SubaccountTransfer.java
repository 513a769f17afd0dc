package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of {@code GET /portfolio/subaccounts/transfers}, with exactly the spec's fields. Kalshi
 * lists cash and position transfers together; a position transfer's row carries the value the
 * destination paid for the contracts.
 *
 * @param amountCents the cash moved, in cents
 * @param createdTs Unix seconds
 */
public record SubaccountTransfer(
        @JsonProperty("transfer_id") String transferId,
        @JsonProperty("from_subaccount") int fromSubaccount,
        @JsonProperty("to_subaccount") int toSubaccount,
        @JsonProperty("amount_cents") long amountCents,
        @JsonProperty("created_ts") long createdTs,
        @JsonProperty("exchange_index") int exchangeIndex) {
}
