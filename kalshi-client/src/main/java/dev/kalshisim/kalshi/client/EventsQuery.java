package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.model.MarketStatus;
import java.util.List;

/** Filters of {@code GET /events} (page size at most 200). */
public final class EventsQuery extends Filters<EventsQuery> {

    private EventsQuery(List<ApiRequest.Param> params) {
        super(params);
    }

    /** No filters: every item, in pages of the server's default size. */
    public static EventsQuery all() {
        return new EventsQuery(List.of());
    }

    @Override
    EventsQuery with(List<ApiRequest.Param> newParams) {
        return new EventsQuery(newParams);
    }

    public EventsQuery seriesTicker(String seriesTicker) {
        return put("series_ticker", seriesTicker);
    }

    /** Include each event's markets. */
    public EventsQuery withNestedMarkets(boolean nested) {
        return put("with_nested_markets", nested);
    }

    public EventsQuery withMilestones(boolean milestones) {
        return put("with_milestones", milestones);
    }

    /** Events with any market in this status. */
    public EventsQuery status(MarketStatus.StatusFilter status) {
        return put("status", status == null ? null : status.wire());
    }

    public EventsQuery minCloseTs(long unixSeconds) {
        return put("min_close_ts", unixSeconds);
    }

    public EventsQuery minUpdatedTs(long unixSeconds) {
        return put("min_updated_ts", unixSeconds);
    }
}
