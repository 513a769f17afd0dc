package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /portfolio/subaccounts} (201): the new subaccount's number, 1-63. */
public record CreateSubaccountResponse(@JsonProperty("subaccount_number") int subaccountNumber) {
}
