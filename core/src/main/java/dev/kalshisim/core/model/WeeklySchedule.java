package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The trading sessions of each weekday (ET), effective from {@code start_time} to {@code end_time};
 * a day may hold several sessions.
 */
public record WeeklySchedule(
        @JsonProperty("start_time") Instant startTime,
        @JsonProperty("end_time") Instant endTime,
        @JsonProperty("monday") List<DailySchedule> monday,
        @JsonProperty("tuesday") List<DailySchedule> tuesday,
        @JsonProperty("wednesday") List<DailySchedule> wednesday,
        @JsonProperty("thursday") List<DailySchedule> thursday,
        @JsonProperty("friday") List<DailySchedule> friday,
        @JsonProperty("saturday") List<DailySchedule> saturday,
        @JsonProperty("sunday") List<DailySchedule> sunday) {

    public WeeklySchedule {
        monday = Immutable.list(monday);
        tuesday = Immutable.list(tuesday);
        wednesday = Immutable.list(wednesday);
        thursday = Immutable.list(thursday);
        friday = Immutable.list(friday);
        saturday = Immutable.list(saturday);
        sunday = Immutable.list(sunday);
    }
}
