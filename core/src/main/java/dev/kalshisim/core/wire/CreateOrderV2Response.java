package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;

/**
 * The 201 body of a V2 create (Kalshi's {@code CreateOrderV2Response}).
 *
 * @param fillCount contracts filled on placement
 * @param remainingCount contracts left resting (0 for IOC/FoK after the unfilled part is canceled)
 * @param averageFillPrice volume-weighted YES fill price, dollars; only when fill_count &gt; 0.
 *     Typed {@link Money} because an average needs up to six decimals
 * @param averageFeePaid volume-weighted fee per contract, dollars; only when fill_count &gt; 0
 * @param tsMs matching-engine time, Unix milliseconds
 */
public record CreateOrderV2Response(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("fill_count") Count fillCount,
        @JsonProperty("remaining_count") Count remainingCount,
        @JsonProperty("average_fill_price") Money averageFillPrice,
        @JsonProperty("average_fee_paid") Money averageFeePaid,
        @JsonProperty("ts_ms") long tsMs) {
}
