package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Payload of {@code event_lifecycle}: an event was created.
 *
 * @param exchangeIndex the shard the event's markets live on
 * @param collateralReturnType {@code MECNET}, {@code DIRECNET} or empty
 * @param strikeDate the event's strike date, Unix seconds, when it has one
 * @param strikePeriod the event's strike period, when it has one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"event_ticker", "exchange_index", "title", "subtitle", "collateral_return_type",
        "series_ticker", "strike_date", "strike_period"})
public record EventLifecycleUpdate(
        @JsonProperty("event_ticker") String eventTicker,
        @JsonProperty("exchange_index") Integer exchangeIndex,
        @JsonProperty("title") String title,
        @JsonProperty("subtitle") String subtitle,
        @JsonProperty("collateral_return_type") String collateralReturnType,
        @JsonProperty("series_ticker") String seriesTicker,
        @JsonProperty("strike_date") Long strikeDate,
        @JsonProperty("strike_period") String strikePeriod) implements ChannelPayload {
}
