package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An event: a group of markets on one real-world question (Kalshi's {@code EventData} schema).
 *
 * @param category deprecated by Kalshi in favour of the series' category
 * @param strikeDate the date the event is about, when it has a date strike
 * @param strikePeriod the period the event covers ("week", "month"), when it has a period strike
 * @param markets nested markets, only with {@code with_nested_markets=true}
 * @param availableOnBrokers deprecated by Kalshi; always false
 * @param lastUpdatedTs RFC3339 on the wire despite the {@code _ts} name (per the OpenAPI schema)
 * @param feeTypeOverride overrides the series' fee type for this event's markets
 * @param feeMultiplierOverride overrides the series' multiplier; BigDecimal keeps the number exact
 */
public record Event(
        @JsonProperty("event_ticker") String eventTicker,
        @JsonProperty("series_ticker") String seriesTicker,
        @JsonProperty("sub_title") String subTitle,
        @JsonProperty("title") String title,
        @JsonProperty("collateral_return_type") String collateralReturnType,
        @JsonProperty("mutually_exclusive") boolean mutuallyExclusive,
        @JsonProperty("category") String category,
        @JsonProperty("strike_date") Instant strikeDate,
        @JsonProperty("strike_period") String strikePeriod,
        @JsonProperty("markets") List<Market> markets,
        @JsonProperty("available_on_brokers") boolean availableOnBrokers,
        @JsonProperty("product_metadata") JsonNode productMetadata,
        @JsonProperty("settlement_sources") List<SettlementSource> settlementSources,
        @JsonProperty("last_updated_ts") Instant lastUpdatedTs,
        @JsonProperty("fee_type_override") FeeType feeTypeOverride,
        @JsonProperty("fee_multiplier_override") BigDecimal feeMultiplierOverride,
        @JsonProperty("exchange_index") Integer exchangeIndex) {

    public Event {
        markets = Immutable.list(markets);
        settlementSources = Immutable.list(settlementSources);
    }
}
