package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One trading session within a day, in Eastern Time.
 *
 * @param openTime "HH:MM" ET
 * @param closeTime "HH:MM" ET
 */
public record DailySchedule(
        @JsonProperty("open_time") String openTime,
        @JsonProperty("close_time") String closeTime) {
}
