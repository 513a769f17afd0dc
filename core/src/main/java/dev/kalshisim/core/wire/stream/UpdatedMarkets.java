package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The body of an {@code ok} reply to {@code update_subscription}: the subscription's full market
 * list after the update. Both lists are {@code null} when the subscription asked for
 * {@code skip_ticker_ack}.
 *
 * @param marketTickers every market ticker of the subscription after the update
 * @param marketIds every market id of the subscription after the update (ticker channel by id)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"market_tickers", "market_ids"})
public record UpdatedMarkets(
        @JsonProperty("market_tickers") List<String> marketTickers,
        @JsonProperty("market_ids") List<String> marketIds) {

    public UpdatedMarkets {
        marketTickers = marketTickers == null ? null : List.copyOf(marketTickers);
        marketIds = marketIds == null ? null : List.copyOf(marketIds);
    }
}
