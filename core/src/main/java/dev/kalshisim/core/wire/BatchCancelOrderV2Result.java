package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.KalshiError;

/**
 * One item of a V2 batch-cancel response.
 *
 * @param reducedBy contracts canceled; zero when the cancel errored
 * @param tsMs matching-engine time, Unix milliseconds; absent when the cancel errored
 * @param error why this cancel failed; absent on success
 */
public record BatchCancelOrderV2Result(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("reduced_by") Count reducedBy,
        @JsonProperty("ts_ms") Long tsMs,
        @JsonProperty("error") KalshiError error) {

    /** The successful result of one cancel. */
    public static BatchCancelOrderV2Result of(CancelOrderV2Response canceled) {
        return new BatchCancelOrderV2Result(canceled.orderId(), canceled.clientOrderId(), canceled.reducedBy(),
                canceled.tsMs(), null);
    }

    /** The failed result of one cancel: {@code reduced_by} is zero, as Kalshi writes it. */
    public static BatchCancelOrderV2Result failed(String orderId, KalshiError error) {
        return new BatchCancelOrderV2Result(orderId, null, Count.ZERO, null, error);
    }
}
