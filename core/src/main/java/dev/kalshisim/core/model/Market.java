package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A binary or scalar market with its quotes, activity, outcome and tick grid (Kalshi's
 * {@code Market} schema, kalshi-api.md section 10).
 *
 * <p>Quotes are YES-leg and NO-leg prices in dollars; sizes and volumes are contract counts.
 *
 * @param title deprecated by Kalshi
 * @param subtitle deprecated by Kalshi
 * @param expirationTime deprecated by Kalshi
 * @param settlementTimerSeconds seconds from determination to settlement
 * @param notionalValueDollars payout of one contract at settlement, dollars (typically 1.0000)
 * @param liquidityDollars deprecated by Kalshi; always 0.0000
 * @param settlementValueDollars YES settlement value, dollars; only after determination
 * @param settlementTs RFC3339 on the wire despite the {@code _ts} name (per the OpenAPI schema)
 * @param floorStrike strike bound, not money; BigDecimal keeps the wire number exact
 * @param capStrike strike bound, not money; BigDecimal keeps the wire number exact
 * @param customStrike opaque JSON passed through as is
 * @param priceLevelStructure named tick grid, e.g. "linear_cent"
 * @param priceRanges the authoritative tick grid
 * @param fractionalTradingEnabled whether order counts with hundredths of a contract are accepted; on
 *     Kalshi's docs (subpenny pricing page, changelog) though not in its OpenAPI 3.28; null when absent
 */
public record Market(
        @JsonProperty("ticker") String ticker,
        @JsonProperty("event_ticker") String eventTicker,
        @JsonProperty("market_type") MarketType marketType,
        @JsonProperty("title") String title,
        @JsonProperty("subtitle") String subtitle,
        @JsonProperty("yes_sub_title") String yesSubTitle,
        @JsonProperty("no_sub_title") String noSubTitle,
        @JsonProperty("created_time") Instant createdTime,
        @JsonProperty("updated_time") Instant updatedTime,
        @JsonProperty("open_time") Instant openTime,
        @JsonProperty("close_time") Instant closeTime,
        @JsonProperty("expected_expiration_time") Instant expectedExpirationTime,
        @JsonProperty("expiration_time") Instant expirationTime,
        @JsonProperty("latest_expiration_time") Instant latestExpirationTime,
        @JsonProperty("settlement_timer_seconds") long settlementTimerSeconds,
        @JsonProperty("status") MarketStatus status,
        @JsonProperty("yes_bid_dollars") Price yesBidDollars,
        @JsonProperty("yes_bid_size_fp") Count yesBidSizeFp,
        @JsonProperty("yes_ask_dollars") Price yesAskDollars,
        @JsonProperty("yes_ask_size_fp") Count yesAskSizeFp,
        @JsonProperty("no_bid_dollars") Price noBidDollars,
        @JsonProperty("no_ask_dollars") Price noAskDollars,
        @JsonProperty("last_price_dollars") Price lastPriceDollars,
        @JsonProperty("volume_fp") Count volumeFp,
        @JsonProperty("volume_24h_fp") Count volume24hFp,
        @JsonProperty("result") MarketResult result,
        @JsonProperty("can_close_early") boolean canCloseEarly,
        @JsonProperty("open_interest_fp") Count openInterestFp,
        @JsonProperty("notional_value_dollars") Money notionalValueDollars,
        @JsonProperty("previous_yes_bid_dollars") Price previousYesBidDollars,
        @JsonProperty("previous_yes_ask_dollars") Price previousYesAskDollars,
        @JsonProperty("previous_price_dollars") Price previousPriceDollars,
        @JsonProperty("liquidity_dollars") Money liquidityDollars,
        @JsonProperty("settlement_value_dollars") Price settlementValueDollars,
        @JsonProperty("settlement_ts") Instant settlementTs,
        @JsonProperty("expiration_value") String expirationValue,
        @JsonProperty("occurrence_datetime") Instant occurrenceDatetime,
        @JsonProperty("fee_waiver_expiration_time") Instant feeWaiverExpirationTime,
        @JsonProperty("early_close_condition") String earlyCloseCondition,
        @JsonProperty("strike_type") String strikeType,
        @JsonProperty("floor_strike") BigDecimal floorStrike,
        @JsonProperty("cap_strike") BigDecimal capStrike,
        @JsonProperty("functional_strike") String functionalStrike,
        @JsonProperty("custom_strike") JsonNode customStrike,
        @JsonProperty("rules_primary") String rulesPrimary,
        @JsonProperty("rules_secondary") String rulesSecondary,
        @JsonProperty("mve_collection_ticker") String mveCollectionTicker,
        @JsonProperty("mve_selected_legs") List<MveSelectedLeg> mveSelectedLegs,
        @JsonProperty("primary_participant_key") String primaryParticipantKey,
        @JsonProperty("price_level_structure") String priceLevelStructure,
        @JsonProperty("price_ranges") List<PriceRange> priceRanges,
        @JsonProperty("is_provisional") Boolean isProvisional,
        @JsonProperty("exchange_index") Integer exchangeIndex,
        @JsonProperty("fractional_trading_enabled") Boolean fractionalTradingEnabled) {

    public Market {
        mveSelectedLegs = Immutable.list(mveSelectedLegs);
        priceRanges = Immutable.list(priceRanges);
    }
}
