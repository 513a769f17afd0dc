package dev.kalshisim.sim.engine.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;

/** A milestone's live state (score, clock, ...), as Kalshi's {@code LiveData}: {@code details} is free-form. */
public record LiveData(
        @JsonProperty("type") String type,
        @JsonProperty("details") Map<String, Object> details,
        @JsonProperty("milestone_id") String milestoneId) {

    public LiveData {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(milestoneId, "milestone_id");
        details = Ordered.map(details);
    }
}
