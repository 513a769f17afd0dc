package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The body of {@code GET /events}: a page of events, milestones passed through as JSON, and the next cursor. */
public record GetEventsResponse(
        @JsonProperty("events") List<Event> events,
        @JsonProperty("milestones") List<JsonNode> milestones,
        @JsonProperty("cursor") String cursor) {

    public GetEventsResponse {
        events = Immutable.list(events);
        milestones = Immutable.list(milestones);
    }
}
