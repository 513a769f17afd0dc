package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.EventFeeChange;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The body of {@code GET /events/fee_changes}: a page of changes and the next cursor ({@code ""} when done). */
public record GetEventFeeChangesResponse(
        @JsonProperty("event_fee_changes") List<EventFeeChange> eventFeeChanges,
        @JsonProperty("cursor") String cursor) {

    public GetEventFeeChangesResponse {
        eventFeeChanges = Immutable.list(eventFeeChanges);
    }
}
