package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/**
 * The legacy body of {@code DELETE /portfolio/orders/batched}; its items have the V2 item's shape.
 *
 * @param ids deprecated plain list of order ids
 */
public record BatchCancelOrdersRequest(
        @JsonProperty("ids") List<String> ids,
        @JsonProperty("orders") List<BatchCancelOrderV2Item> orders) {

    public BatchCancelOrdersRequest {
        ids = Immutable.list(ids);
        orders = Immutable.list(orders);
    }
}
