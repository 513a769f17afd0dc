package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The 201 body of a V2 batch create: one result per requested order, in request order. */
public record BatchCreateOrdersV2Response(
        @JsonProperty("orders") List<BatchCreateOrderV2Result> orders) {

    public BatchCreateOrdersV2Response {
        orders = Immutable.list(orders);
    }
}
