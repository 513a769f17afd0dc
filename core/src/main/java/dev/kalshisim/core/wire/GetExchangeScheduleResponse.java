package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.ExchangeSchedule;

/** The body of {@code GET /exchange/schedule}: {@code {"schedule":{standard_hours, maintenance_windows}}}. */
public record GetExchangeScheduleResponse(
        @JsonProperty("schedule") ExchangeSchedule schedule) {
}
