package dev.kalshisim.sim.engine.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One deposit or withdrawal of a member's cash, as Kalshi's {@code Deposit} and {@code Withdrawal}
 * (the same shape): amounts in whole cents, times in epoch seconds. The simulator applies every
 * movement at once, so each is {@code applied} and finalized when created.
 */
public record Funding(
        @JsonProperty("id") String id,
        @JsonProperty("status") String status,
        @JsonProperty("type") String type,
        @JsonProperty("amount_cents") long amountCents,
        @JsonProperty("fee_cents") long feeCents,
        @JsonProperty("created_ts") long createdTs,
        @JsonProperty("finalized_ts") Long finalizedTs) {

    public Funding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(type, "type");
        if (amountCents < 0) {
            throw new IllegalArgumentException("amount_cents is a size, never negative");
        }
    }
}
