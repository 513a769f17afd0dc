package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.KalshiError;
import dev.kalshisim.core.model.Money;

/**
 * One item of a V2 batch-create response: either the create result or an {@code error}.
 *
 * @param averageFillPrice volume-weighted YES fill price, dollars; only when fill_count &gt; 0
 * @param averageFeePaid volume-weighted fee per contract, dollars; only when fill_count &gt; 0
 * @param tsMs matching-engine time, Unix milliseconds; absent when the item errored
 * @param error why this item failed; absent on success
 */
public record BatchCreateOrderV2Result(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("fill_count") Count fillCount,
        @JsonProperty("remaining_count") Count remainingCount,
        @JsonProperty("average_fill_price") Money averageFillPrice,
        @JsonProperty("average_fee_paid") Money averageFeePaid,
        @JsonProperty("ts_ms") Long tsMs,
        @JsonProperty("error") KalshiError error) {

    /** The successful result of one create. */
    public static BatchCreateOrderV2Result of(CreateOrderV2Response created) {
        return new BatchCreateOrderV2Result(created.orderId(), created.clientOrderId(), created.fillCount(),
                created.remainingCount(), created.averageFillPrice(), created.averageFeePaid(), created.tsMs(), null);
    }

    /** The failed result of one create. */
    public static BatchCreateOrderV2Result failed(String clientOrderId, KalshiError error) {
        return new BatchCreateOrderV2Result(null, clientOrderId, null, null, null, null, null, error);
    }
}
