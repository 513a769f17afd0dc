package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.PriceRange;
import java.math.BigDecimal;
import java.util.List;

/**
 * Payload of {@code market_lifecycle_v2} (and {@code multivariate_market_lifecycle}): a market's
 * state changed. Only the fields relevant to {@code event_type} are present.
 *
 * <p>{@code event_type} is a string rather than an enum because Kalshi adds values over time
 * ({@code metadata_updated} is recent); the known ones are the constants below.
 *
 * @param eventType what happened, e.g. {@link #DETERMINED}
 * @param exchangeIndex the market's shard (on created)
 * @param openTs open time, Unix seconds (on created)
 * @param closeTs close time, Unix seconds (on created and close_date_updated)
 * @param result the outcome (on determined)
 * @param determinationTs determination time, Unix seconds (on determined)
 * @param settlementValue the YES payout in dollars (on determined)
 * @param settledTs settlement time, Unix seconds (on settled)
 * @param isDeactivated whether trading is paused (on deactivated and activated)
 * @param priceLevelStructure the tick structure's name (on created and price_level_structure_updated)
 * @param priceRanges the tick bands (alongside price_level_structure)
 * @param strikeType how the strikes are read (on metadata_updated)
 * @param floorStrike lower strike (on metadata_updated)
 * @param capStrike upper strike (on metadata_updated)
 * @param customStrike structured strike, as sent (on metadata_updated)
 * @param yesSubTitle new YES subtitle (on metadata_updated)
 * @param additionalMetadata market details (on created)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"market_ticker", "event_type", "exchange_index", "open_ts", "close_ts", "result",
        "determination_ts", "settlement_value", "settled_ts", "is_deactivated", "price_level_structure",
        "price_ranges", "strike_type", "floor_strike", "cap_strike", "custom_strike", "yes_sub_title",
        "additional_metadata"})
public record MarketLifecycleUpdate(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("exchange_index") Integer exchangeIndex,
        @JsonProperty("open_ts") Long openTs,
        @JsonProperty("close_ts") Long closeTs,
        @JsonProperty("result") MarketResult result,
        @JsonProperty("determination_ts") Long determinationTs,
        @JsonProperty("settlement_value") Price settlementValue,
        @JsonProperty("settled_ts") Long settledTs,
        @JsonProperty("is_deactivated") Boolean isDeactivated,
        @JsonProperty("price_level_structure") String priceLevelStructure,
        @JsonProperty("price_ranges") List<PriceRange> priceRanges,
        @JsonProperty("strike_type") String strikeType,
        @JsonProperty("floor_strike") BigDecimal floorStrike,
        @JsonProperty("cap_strike") BigDecimal capStrike,
        @JsonProperty("custom_strike") JsonNode customStrike,
        @JsonProperty("yes_sub_title") String yesSubTitle,
        @JsonProperty("additional_metadata") MarketMetadata additionalMetadata) implements ChannelPayload {

    public static final String CREATED = "created";
    public static final String ACTIVATED = "activated";
    public static final String DEACTIVATED = "deactivated";
    public static final String CLOSE_DATE_UPDATED = "close_date_updated";
    public static final String DETERMINED = "determined";
    public static final String SETTLED = "settled";
    public static final String PRICE_LEVEL_STRUCTURE_UPDATED = "price_level_structure_updated";
    public static final String METADATA_UPDATED = "metadata_updated";

    public MarketLifecycleUpdate {
        priceRanges = priceRanges == null ? null : List.copyOf(priceRanges);
    }
}
