package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The body of a V2 batch cancel: one result per requested order, in request order. */
public record BatchCancelOrdersV2Response(
        @JsonProperty("orders") List<BatchCancelOrderV2Result> orders) {

    public BatchCancelOrdersV2Response {
        orders = Immutable.list(orders);
    }
}
