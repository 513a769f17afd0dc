package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The JSON body of {@code DELETE /portfolio/events/orders/batched}. */
public record BatchCancelOrdersV2Request(
        @JsonProperty("orders") List<BatchCancelOrderV2Item> orders) {

    public BatchCancelOrdersV2Request {
        orders = Immutable.list(orders);
    }
}
