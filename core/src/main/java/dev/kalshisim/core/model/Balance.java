package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The member's balance, the body of {@code GET /portfolio/balance} (Kalshi's {@code GetBalanceResponse}).
 *
 * <p>{@code balance} and {@code portfolio_value} are among Kalshi's last integer-cent fields.
 *
 * @param balanceCents available balance in whole cents ({@code balance})
 * @param balanceDollars available balance, dollars
 * @param portfolioValueCents portfolio value in whole cents ({@code portfolio_value})
 * @param updatedTs last balance change, Unix seconds
 * @param balanceBreakdown per-shard balances
 */
public record Balance(
        @JsonProperty("balance") long balanceCents,
        @JsonProperty("balance_dollars") Money balanceDollars,
        @JsonProperty("portfolio_value") long portfolioValueCents,
        @JsonProperty("updated_ts") long updatedTs,
        @JsonProperty("balance_breakdown") List<IndexedBalance> balanceBreakdown) {

    public Balance {
        balanceBreakdown = Immutable.list(balanceBreakdown);
    }
}
