package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The body of {@code GET /portfolio/fills}: a page of fills and the next cursor. */
public record GetFillsResponse(
        @JsonProperty("fills") List<Fill> fills,
        @JsonProperty("cursor") String cursor) {

    public GetFillsResponse {
        fills = Immutable.list(fills);
    }
}
