package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.QueuePosition;
import java.util.List;

/** The body of {@code GET /portfolio/orders/queue_positions}. */
public record GetOrderQueuePositionsResponse(
        @JsonProperty("queue_positions") List<QueuePosition> queuePositions) {

    public GetOrderQueuePositionsResponse {
        queuePositions = Immutable.list(queuePositions);
    }
}
