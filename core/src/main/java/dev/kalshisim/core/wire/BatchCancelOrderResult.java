package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.KalshiError;
import dev.kalshisim.core.model.Order;

/**
 * One item of a legacy batch-cancel response.
 *
 * @param reducedByFp contracts canceled from this order
 */
public record BatchCancelOrderResult(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("order") Order order,
        @JsonProperty("reduced_by_fp") Count reducedByFp,
        @JsonProperty("error") KalshiError error) {
}
