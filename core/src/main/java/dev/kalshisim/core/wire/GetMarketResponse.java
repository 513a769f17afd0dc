package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Market;

/** The body of {@code GET /markets/{ticker}}. */
public record GetMarketResponse(
        @JsonProperty("market") Market market) {
}
