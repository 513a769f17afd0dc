package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An order group as {@code GET /portfolio/order_groups} lists it (Kalshi's {@code OrderGroup}).
 *
 * @param contractsLimitFp most contracts matched in a rolling 15 s window
 * @param isAutoCancelEnabled whether hitting the limit cancels the group's orders
 */
public record OrderGroup(
        @JsonProperty("id") String id,
        @JsonProperty("contracts_limit_fp") Count contractsLimitFp,
        @JsonProperty("is_auto_cancel_enabled") boolean isAutoCancelEnabled,
        @JsonProperty("exchange_index") Integer exchangeIndex) {
}
