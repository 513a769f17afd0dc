package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;

/**
 * The body of a V2 amend (Kalshi's {@code AmendOrderV2Response}).
 *
 * @param remainingCount contracts resting after the amend; only when it filled or changed size
 * @param fillCount contracts filled by the amend crossing; only when it filled or changed size
 * @param averageFillPrice volume-weighted YES fill price, dollars; only when fills occurred
 * @param averageFeePaid volume-weighted fee per contract, dollars; only when fills occurred
 * @param tsMs matching-engine time, Unix milliseconds
 */
public record AmendOrderV2Response(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("remaining_count") Count remainingCount,
        @JsonProperty("fill_count") Count fillCount,
        @JsonProperty("average_fill_price") Money averageFillPrice,
        @JsonProperty("average_fee_paid") Money averageFeePaid,
        @JsonProperty("ts_ms") long tsMs) {
}
