package dev.kalshisim.sim.engine.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something real that markets resolve on (a game, a race, a release), as Kalshi's
 * {@code Milestone}: {@code details} is free-form JSON ({@code sport}, {@code competition} and
 * {@code scope} there feed the search filters and the event metadata).
 */
public record Milestone(
        @JsonProperty("id") String id,
        @JsonProperty("category") String category,
        @JsonProperty("type") String type,
        @JsonProperty("start_date") Instant startDate,
        @JsonProperty("end_date") Instant endDate,
        @JsonProperty("related_event_tickers") List<String> relatedEventTickers,
        @JsonProperty("title") String title,
        @JsonProperty("notification_message") String notificationMessage,
        @JsonProperty("source_id") String sourceId,
        @JsonProperty("source_ids") Map<String, String> sourceIds,
        @JsonProperty("details") Map<String, Object> details,
        @JsonProperty("primary_event_tickers") List<String> primaryEventTickers,
        @JsonProperty("last_updated_ts") Instant lastUpdatedTs) {

    public Milestone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startDate, "start_date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lastUpdatedTs, "last_updated_ts");
        relatedEventTickers = relatedEventTickers == null ? List.of() : List.copyOf(relatedEventTickers);
        primaryEventTickers = primaryEventTickers == null ? List.of() : List.copyOf(primaryEventTickers);
        notificationMessage = notificationMessage == null ? "" : notificationMessage;
        sourceIds = sourceIds == null ? null : Ordered.map(sourceIds);
        details = Ordered.map(details);
    }

    /** A text value of {@code details}, or null. */
    public String detail(String key) {
        Object value = details.get(key);
        return value instanceof String text ? text : null;
    }

    /** Whether {@code eventTicker} is among the related or primary events. */
    public boolean concerns(String eventTicker) {
        return relatedEventTickers.contains(eventTicker) || primaryEventTickers.contains(eventTicker);
    }
}
