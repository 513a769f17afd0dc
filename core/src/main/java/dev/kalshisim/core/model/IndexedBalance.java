package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A dollar amount on one exchange shard, as in balance and resting-order-value breakdowns.
 *
 * @param balance dollars on that shard
 */
public record IndexedBalance(
        @JsonProperty("exchange_index") int exchangeIndex,
        @JsonProperty("balance") Money balance) {
}
