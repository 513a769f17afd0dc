package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The body of {@code GET /events/multivariate}: a page of combo events and the next cursor ({@code ""} when done). */
public record GetMultivariateEventsResponse(
        @JsonProperty("events") List<Event> events,
        @JsonProperty("cursor") String cursor) {

    public GetMultivariateEventsResponse {
        events = Immutable.list(events);
    }
}
