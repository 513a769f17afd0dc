package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One event of a multivariate collection and its rules (Kalshi's {@code AssociatedEvent}).
 *
 * @param isYesOnly whether legs from this event may only select YES
 * @param sizeMax most legs from this event; null for no limit
 * @param sizeMin fewest legs from this event; null for no limit
 */
public record AssociatedEvent(
        @JsonProperty("ticker") String ticker,
        @JsonProperty("is_yes_only") boolean isYesOnly,
        @JsonProperty("size_max") @JsonInclude(JsonInclude.Include.ALWAYS) Integer sizeMax,
        @JsonProperty("size_min") @JsonInclude(JsonInclude.Include.ALWAYS) Integer sizeMin,
        @JsonProperty("active_quoters") List<String> activeQuoters) {

    public AssociatedEvent {
        activeQuoters = Immutable.list(activeQuoters);
    }
}
