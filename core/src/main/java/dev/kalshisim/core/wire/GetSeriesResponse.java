package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Series;

/** The body of {@code GET /series/{series_ticker}}. */
public record GetSeriesResponse(
        @JsonProperty("series") Series series) {
}
