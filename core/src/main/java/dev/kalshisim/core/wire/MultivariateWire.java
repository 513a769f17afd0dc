package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.LookupPoint;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MultivariateEventCollection;
import dev.kalshisim.core.model.TickerPair;
import java.util.List;

/**
 * The request and response bodies of {@code /multivariate_event_collections*}, named as in
 * Kalshi's OpenAPI. Kept together because each is a line or two.
 */
public final class MultivariateWire {

    private MultivariateWire() {
    }

    public record GetCollectionsResponse(
            @JsonProperty("multivariate_contracts") List<MultivariateEventCollection> multivariateContracts,
            @JsonProperty("cursor") String cursor) {

        public GetCollectionsResponse {
            multivariateContracts = Immutable.list(multivariateContracts);
        }
    }

    public record GetCollectionResponse(
            @JsonProperty("multivariate_contract") MultivariateEventCollection multivariateContract) {
    }

    /** Create and lookup both take the selected legs; create may ask for the market's record. */
    public record SelectedMarketsRequest(
            @JsonProperty("selected_markets") List<TickerPair> selectedMarkets,
            @JsonProperty("with_market_payload") Boolean withMarketPayload) {
    }

    /** Create answers the tickers and, when asked, the market; lookup the tickers only. */
    public record ComboMarketResponse(
            @JsonProperty("event_ticker") String eventTicker,
            @JsonProperty("market_ticker") String marketTicker,
            @JsonProperty("market") Market market) {
    }

    public record GetLookupHistoryResponse(@JsonProperty("lookup_points") List<LookupPoint> lookupPoints) {

        public GetLookupHistoryResponse {
            lookupPoints = Immutable.list(lookupPoints);
        }
    }
}
