package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /portfolio/subaccounts/transfer}. The spec's schema is an empty object;
 * the simulator adds the transfer's id, which third-party clients read and the listing repeats.
 */
public record ApplySubaccountTransferResponse(@JsonProperty("transfer_id") String transferId) {
}
