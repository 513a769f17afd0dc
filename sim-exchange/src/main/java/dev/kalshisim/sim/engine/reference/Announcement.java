package dev.kalshisim.sim.engine.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** An exchange-wide announcement, as Kalshi's {@code Announcement}. */
public record Announcement(
        @JsonProperty("type") String type,
        @JsonProperty("message") String message,
        @JsonProperty("delivery_time") Instant deliveryTime,
        @JsonProperty("status") String status) {

    private static final Set<String> TYPES = Set.of("info", "warning", "error");
    private static final Set<String> STATUSES = Set.of("active", "inactive");

    public Announcement {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(deliveryTime, "delivery_time");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be info, warning or error, got " + type);
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be active or inactive, got " + status);
        }
    }
}
