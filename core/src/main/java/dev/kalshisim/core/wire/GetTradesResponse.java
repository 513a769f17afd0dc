package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.Trade;
import java.util.List;

/** The body of {@code GET /markets/trades}: a page of trades and the next cursor. */
public record GetTradesResponse(
        @JsonProperty("trades") List<Trade> trades,
        @JsonProperty("cursor") String cursor) {

    public GetTradesResponse {
        trades = Immutable.list(trades);
    }
}
