package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;

/**
 * Payload of {@code market_position}: the connected member's position in one market after a change.
 *
 * @param positionFp signed net position in contracts (positive = YES)
 * @param positionCostDollars current cost basis
 * @param realizedPnlDollars realized profit and loss
 * @param feesPaidDollars total fees paid
 * @param positionFeeCostDollars fees attributed to the open position
 * @param volumeFp contracts traded in total
 * @param subaccount the subaccount, when not the primary
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"user_id", "market_ticker", "position_fp", "position_cost_dollars", "realized_pnl_dollars",
        "fees_paid_dollars", "position_fee_cost_dollars", "volume_fp", "subaccount"})
public record MarketPositionUpdate(
        @JsonProperty("user_id") String userId,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("position_fp") Count positionFp,
        @JsonProperty("position_cost_dollars") Money positionCostDollars,
        @JsonProperty("realized_pnl_dollars") Money realizedPnlDollars,
        @JsonProperty("fees_paid_dollars") Money feesPaidDollars,
        @JsonProperty("position_fee_cost_dollars") Money positionFeeCostDollars,
        @JsonProperty("volume_fp") Count volumeFp,
        @JsonProperty("subaccount") Integer subaccount) implements ChannelPayload {
}
