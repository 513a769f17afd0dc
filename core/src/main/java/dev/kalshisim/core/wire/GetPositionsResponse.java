package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.EventPosition;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.MarketPosition;
import java.util.List;

/** The body of {@code GET /portfolio/positions}: market and event positions and the next cursor. */
public record GetPositionsResponse(
        @JsonProperty("market_positions") List<MarketPosition> marketPositions,
        @JsonProperty("event_positions") List<EventPosition> eventPositions,
        @JsonProperty("cursor") String cursor) {

    public GetPositionsResponse {
        marketPositions = Immutable.list(marketPositions);
        eventPositions = Immutable.list(eventPositions);
    }
}
