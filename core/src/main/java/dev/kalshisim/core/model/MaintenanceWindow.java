package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A scheduled maintenance window during which the exchange may be unavailable. */
public record MaintenanceWindow(
        @JsonProperty("start_datetime") Instant startDatetime,
        @JsonProperty("end_datetime") Instant endDatetime) {
}
