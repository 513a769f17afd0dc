package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The payout of one settled market to the member (Kalshi's {@code Settlement} schema).
 *
 * <p>{@code revenue} and {@code value} are among Kalshi's last integer-cent fields.
 *
 * @param yesCountFp YES contracts held at settlement
 * @param yesTotalCostDollars cost basis of those YES contracts, dollars
 * @param noCountFp NO contracts held at settlement
 * @param noTotalCostDollars cost basis of those NO contracts, dollars
 * @param revenueCents payout in whole cents ({@code revenue})
 * @param settledTime when payouts were made
 * @param feeCost settlement fees, dollars
 * @param valueCents payout of one YES contract in cents ({@code value}); nullable
 */
public record Settlement(
        @JsonProperty("ticker") String ticker,
        @JsonProperty("exchange_index") Integer exchangeIndex,
        @JsonProperty("event_ticker") String eventTicker,
        @JsonProperty("market_result") MarketResult marketResult,
        @JsonProperty("yes_count_fp") Count yesCountFp,
        @JsonProperty("yes_total_cost_dollars") Money yesTotalCostDollars,
        @JsonProperty("no_count_fp") Count noCountFp,
        @JsonProperty("no_total_cost_dollars") Money noTotalCostDollars,
        @JsonProperty("revenue") long revenueCents,
        @JsonProperty("settled_time") Instant settledTime,
        @JsonProperty("fee_cost") Money feeCost,
        @JsonProperty("value") Long valueCents) {
}
