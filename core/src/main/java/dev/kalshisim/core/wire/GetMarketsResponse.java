package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.Market;
import java.util.List;

/** The body of {@code GET /markets}: a page of markets and the cursor of the next (empty when done). */
public record GetMarketsResponse(
        @JsonProperty("markets") List<Market> markets,
        @JsonProperty("cursor") String cursor) {

    public GetMarketsResponse {
        markets = Immutable.list(markets);
    }
}
