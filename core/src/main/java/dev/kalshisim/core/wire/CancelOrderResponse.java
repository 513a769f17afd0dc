package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Order;

/**
 * The body of a legacy {@code DELETE /portfolio/orders/{order_id}}.
 *
 * @param reducedByFp contracts canceled
 */
public record CancelOrderResponse(
        @JsonProperty("order") Order order,
        @JsonProperty("reduced_by_fp") Count reducedByFp) {
}
