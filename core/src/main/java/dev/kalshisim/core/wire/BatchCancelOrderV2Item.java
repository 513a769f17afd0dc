package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One order to cancel in a V2 batch cancel.
 *
 * @param subaccount 0 = primary, 1-63 = numbered subaccounts
 * @param exchangeIndex shard; -1 or omitted auto-routes by market_ticker
 */
public record BatchCancelOrderV2Item(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("subaccount") Integer subaccount,
        @JsonProperty("exchange_index") Integer exchangeIndex,
        @JsonProperty("market_ticker") String marketTicker) {
}
