package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The body of {@code GET /portfolio/subaccounts/transfers}: a page of transfers, newest first, and the next cursor. */
public record GetSubaccountTransfersResponse(
        @JsonProperty("transfers") List<SubaccountTransfer> transfers,
        @JsonProperty("cursor") String cursor) {

    public GetSubaccountTransfersResponse {
        transfers = Immutable.list(transfers);
    }
}
