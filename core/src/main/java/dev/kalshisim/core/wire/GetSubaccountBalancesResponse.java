package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The body of {@code GET /portfolio/subaccounts/balances}: every ledger, the primary included. */
public record GetSubaccountBalancesResponse(
        @JsonProperty("subaccount_balances") List<SubaccountBalance> subaccountBalances) {

    public GetSubaccountBalancesResponse {
        subaccountBalances = Immutable.list(subaccountBalances);
    }
}
