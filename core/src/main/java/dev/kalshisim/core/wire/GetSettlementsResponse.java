package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.Settlement;
import java.util.List;

/** The body of {@code GET /portfolio/settlements}: a page of settlements and the next cursor. */
public record GetSettlementsResponse(
        @JsonProperty("settlements") List<Settlement> settlements,
        @JsonProperty("cursor") String cursor) {

    public GetSettlementsResponse {
        settlements = Immutable.list(settlements);
    }
}
