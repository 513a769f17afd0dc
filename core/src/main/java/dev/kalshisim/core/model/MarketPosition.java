package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The member's net position in one market (Kalshi's {@code MarketPosition} schema).
 *
 * @param totalTradedDollars dollars spent on this market
 * @param positionFp net contracts: positive = YES, negative = NO
 * @param marketExposureDollars cost of the current position, dollars
 * @param realizedPnlDollars locked-in profit and loss, dollars
 * @param feesPaidDollars fees paid on fills, dollars
 * @param lastUpdatedTs RFC3339 on the wire despite the {@code _ts} name (per the OpenAPI schema)
 */
public record MarketPosition(
        @JsonProperty("ticker") String ticker,
        @JsonProperty("exchange_index") Integer exchangeIndex,
        @JsonProperty("total_traded_dollars") Money totalTradedDollars,
        @JsonProperty("position_fp") Count positionFp,
        @JsonProperty("market_exposure_dollars") Money marketExposureDollars,
        @JsonProperty("realized_pnl_dollars") Money realizedPnlDollars,
        @JsonProperty("fees_paid_dollars") Money feesPaidDollars,
        @JsonProperty("last_updated_ts") Instant lastUpdatedTs) {
}
