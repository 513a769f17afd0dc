package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /portfolio/subaccounts/positions/transfer}. */
public record ApplySubaccountPositionTransferResponse(
        @JsonProperty("position_transfer_id") String positionTransferId) {
}
