package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The body of a legacy batch cancel. */
public record BatchCancelOrdersResponse(
        @JsonProperty("orders") List<BatchCancelOrderResult> orders) {

    public BatchCancelOrdersResponse {
        orders = Immutable.list(orders);
    }
}
