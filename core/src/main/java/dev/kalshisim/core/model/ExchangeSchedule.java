package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The exchange's standard weekly hours and maintenance windows (Kalshi's {@code Schedule}). */
public record ExchangeSchedule(
        @JsonProperty("standard_hours") List<WeeklySchedule> standardHours,
        @JsonProperty("maintenance_windows") List<MaintenanceWindow> maintenanceWindows) {

    public ExchangeSchedule {
        standardHours = Immutable.list(standardHours);
        maintenanceWindows = Immutable.list(maintenanceWindows);
    }
}
