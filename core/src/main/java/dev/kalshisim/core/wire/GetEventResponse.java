package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.Market;
import java.util.List;

/** The body of {@code GET /events/{event_ticker}}; the top-level {@code markets} is deprecated by Kalshi. */
public record GetEventResponse(
        @JsonProperty("event") Event event,
        @JsonProperty("markets") List<Market> markets) {

    public GetEventResponse {
        markets = Immutable.list(markets);
    }
}
