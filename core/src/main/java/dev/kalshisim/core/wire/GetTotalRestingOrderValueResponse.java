package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.IndexedBalance;
import java.util.List;

/**
 * The body of {@code GET /portfolio/summary/total_resting_order_value} (Kalshi's
 * {@code GetPortfolioRestingOrderTotalValueResponse}).
 *
 * @param totalRestingOrderValueCents value of resting orders in whole cents
 * @param restingOrderValueBreakdown the same per shard, dollars
 */
public record GetTotalRestingOrderValueResponse(
        @JsonProperty("total_resting_order_value") long totalRestingOrderValueCents,
        @JsonProperty("resting_order_value_breakdown") List<IndexedBalance> restingOrderValueBreakdown) {

    public GetTotalRestingOrderValueResponse {
        restingOrderValueBreakdown = Immutable.list(restingOrderValueBreakdown);
    }
}
