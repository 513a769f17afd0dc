package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One leg of a multivariate (combo) market: the event, market and side it selects.
 *
 * @param side "yes" or "no" as Kalshi writes it (kept as text: the spec leaves it unconstrained)
 * @param yesSettlementValueDollars YES settlement value of the leg, dollars; only after determination
 */
public record MveSelectedLeg(
        @JsonProperty("event_ticker") String eventTicker,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("side") String side,
        @JsonProperty("yes_settlement_value_dollars") Price yesSettlementValueDollars) {
}
