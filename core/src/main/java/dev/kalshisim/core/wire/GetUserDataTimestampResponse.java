package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** The body of {@code GET /exchange/user_data_timestamp}: how fresh the portfolio reads are. */
public record GetUserDataTimestampResponse(
        @JsonProperty("as_of_time") Instant asOfTime) {
}
