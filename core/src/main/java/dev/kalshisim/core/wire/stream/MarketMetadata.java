package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * The {@code additional_metadata} of a {@code created} market lifecycle message. Strikes are JSON
 * numbers on the wire and stay exact as {@link BigDecimal}.
 *
 * @param expectedExpirationTs expected expiration, Unix seconds
 * @param customStrike the structured strike, as sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"name", "title", "yes_sub_title", "no_sub_title", "rules_primary", "rules_secondary",
        "can_close_early", "event_ticker", "expected_expiration_ts", "strike_type", "floor_strike", "cap_strike",
        "custom_strike"})
public record MarketMetadata(
        @JsonProperty("name") String name,
        @JsonProperty("title") String title,
        @JsonProperty("yes_sub_title") String yesSubTitle,
        @JsonProperty("no_sub_title") String noSubTitle,
        @JsonProperty("rules_primary") String rulesPrimary,
        @JsonProperty("rules_secondary") String rulesSecondary,
        @JsonProperty("can_close_early") Boolean canCloseEarly,
        @JsonProperty("event_ticker") String eventTicker,
        @JsonProperty("expected_expiration_ts") Long expectedExpirationTs,
        @JsonProperty("strike_type") String strikeType,
        @JsonProperty("floor_strike") BigDecimal floorStrike,
        @JsonProperty("cap_strike") BigDecimal capStrike,
        @JsonProperty("custom_strike") JsonNode customStrike) {
}
