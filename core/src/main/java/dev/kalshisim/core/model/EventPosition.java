package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The member's aggregate position across one event's markets (Kalshi's {@code EventPosition} schema).
 *
 * @param totalCostDollars dollars spent on the event
 * @param totalCostSharesFp contracts traded on the event, YES and NO together
 * @param eventExposureDollars cost of the aggregate position, dollars
 * @param realizedPnlDollars locked-in profit and loss, dollars
 * @param feesPaidDollars fees paid on fills, dollars
 */
public record EventPosition(
        @JsonProperty("event_ticker") String eventTicker,
        @JsonProperty("total_cost_dollars") Money totalCostDollars,
        @JsonProperty("total_cost_shares_fp") Count totalCostSharesFp,
        @JsonProperty("event_exposure_dollars") Money eventExposureDollars,
        @JsonProperty("realized_pnl_dollars") Money realizedPnlDollars,
        @JsonProperty("fees_paid_dollars") Money feesPaidDollars) {
}
