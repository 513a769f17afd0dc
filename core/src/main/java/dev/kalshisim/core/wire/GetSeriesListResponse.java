package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.Series;
import java.util.List;

/** The body of {@code GET /series} (no cursor). */
public record GetSeriesListResponse(
        @JsonProperty("series") List<Series> series) {

    public GetSeriesListResponse {
        series = Immutable.list(series);
    }
}
