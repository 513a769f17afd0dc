package dev.kalshisim.sim.engine.query;

import dev.kalshisim.core.model.OrderStatus;
import java.time.Instant;
import java.util.Set;

/**
 * Filters for {@code GET /portfolio/orders}; null or empty fields match all, bounds on created
 * time inclusive.
 *
 * @param ticker orders in this market
 * @param eventTickers orders in markets of these events
 * @param status resting, canceled or executed
 * @param subaccount orders of this subaccount
 */
public record OrderQuery(
        String ticker, Set<String> eventTickers, OrderStatus status, Instant minTime, Instant maxTime,
        Integer subaccount) {

    public OrderQuery {
        eventTickers = eventTickers == null ? Set.of() : Set.copyOf(eventTickers);
    }

    public static OrderQuery all() {
        return new OrderQuery(null, Set.of(), null, null, null, null);
    }

    public OrderQuery withTicker(String value) {
        return new OrderQuery(value, eventTickers, status, minTime, maxTime, subaccount);
    }

    public OrderQuery withStatus(OrderStatus value) {
        return new OrderQuery(ticker, eventTickers, value, minTime, maxTime, subaccount);
    }
}
