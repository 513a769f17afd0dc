package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.KalshiError;
import dev.kalshisim.core.model.Order;

/** One item of a legacy batch-create response: the created order or an error. */
public record BatchCreateOrderResult(
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("order") Order order,
        @JsonProperty("error") KalshiError error) {
}
