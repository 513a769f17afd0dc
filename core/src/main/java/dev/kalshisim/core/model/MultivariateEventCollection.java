package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A multivariate event collection (Kalshi's {@code MultivariateEventCollection}): the events whose
 * markets may be combined into combo markets, and how many of them.
 *
 * @param sizeMin fewest legs a combo takes
 * @param sizeMax most legs a combo takes
 * @param isOrdered whether the order of the selected legs makes a different combo
 */
public record MultivariateEventCollection(
        @JsonProperty("collection_ticker") String collectionTicker,
        @JsonProperty("series_ticker") String seriesTicker,
        @JsonProperty("exchange_index") Integer exchangeIndex,
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("open_date") Instant openDate,
        @JsonProperty("close_date") Instant closeDate,
        @JsonProperty("associated_events") List<AssociatedEvent> associatedEvents,
        @JsonProperty("associated_event_tickers") List<String> associatedEventTickers,
        @JsonProperty("is_ordered") boolean isOrdered,
        @JsonProperty("is_single_market_per_event") boolean isSingleMarketPerEvent,
        @JsonProperty("is_all_yes") boolean isAllYes,
        @JsonProperty("size_min") int sizeMin,
        @JsonProperty("size_max") int sizeMax,
        @JsonProperty("functional_description") String functionalDescription) {

    public MultivariateEventCollection {
        associatedEvents = Immutable.list(associatedEvents);
        associatedEventTickers = Immutable.list(associatedEventTickers);
    }
}
