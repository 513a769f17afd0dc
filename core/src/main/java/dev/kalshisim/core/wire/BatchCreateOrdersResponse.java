package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The body of a legacy batch create. */
public record BatchCreateOrdersResponse(
        @JsonProperty("orders") List<BatchCreateOrderResult> orders) {

    public BatchCreateOrdersResponse {
        orders = Immutable.list(orders);
    }
}
