package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A series: the template a family of events is created from, with its fee structure (Kalshi's
 * {@code Series} schema).
 *
 * @param feeMultiplier a plain multiplier, not money; BigDecimal keeps the wire number exact
 * @param productMetadata opaque JSON passed through as is
 * @param volumeFp contracts traded across the series' events
 * @param lastUpdatedTs RFC3339 on the wire despite the {@code _ts} name (per the OpenAPI schema)
 * @param exchangeIndex shard the series trades on
 */
public record Series(
        @JsonProperty("ticker") String ticker,
        @JsonProperty("frequency") String frequency,
        @JsonProperty("title") String title,
        @JsonProperty("category") String category,
        @JsonProperty("tags") List<String> tags,
        @JsonProperty("settlement_sources") List<SettlementSource> settlementSources,
        @JsonProperty("contract_url") String contractUrl,
        @JsonProperty("contract_terms_url") String contractTermsUrl,
        @JsonProperty("product_metadata") JsonNode productMetadata,
        @JsonProperty("fee_type") FeeType feeType,
        @JsonProperty("fee_multiplier") BigDecimal feeMultiplier,
        @JsonProperty("additional_prohibitions") List<String> additionalProhibitions,
        @JsonProperty("volume_fp") Count volumeFp,
        @JsonProperty("last_updated_ts") Instant lastUpdatedTs,
        @JsonProperty("exchange_index") Integer exchangeIndex) {

    public Series {
        tags = Immutable.list(tags);
        settlementSources = Immutable.list(settlementSources);
        additionalProhibitions = Immutable.list(additionalProhibitions);
    }
}
