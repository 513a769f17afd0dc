package dev.kalshisim.sim.engine.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Money;
import java.util.Objects;

/**
 * A move of cash between a member's exchange instances, as Kalshi's
 * {@code IntraExchangeInstanceTransfer}: {@code event_contract} or {@code margined}, shard 0.
 */
public record InstanceTransfer(
        @JsonProperty("transfer_id") String transferId,
        @JsonProperty("source") String source,
        @JsonProperty("destination") String destination,
        @JsonProperty("source_exchange_shard") int sourceExchangeShard,
        @JsonProperty("destination_exchange_shard") int destinationExchangeShard,
        @JsonProperty("amount") Money amount,
        @JsonProperty("status") String status,
        @JsonProperty("created_ts") long createdTs) {

    public InstanceTransfer {
        Objects.requireNonNull(transferId, "transfer_id");
        Objects.requireNonNull(amount, "amount");
    }
}
