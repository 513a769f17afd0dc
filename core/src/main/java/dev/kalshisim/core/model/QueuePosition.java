package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How many contracts rest ahead of one order at its price (Kalshi's {@code OrderQueuePosition}).
 *
 * @param queuePositionFp contracts ahead of the order in price-time priority
 */
public record QueuePosition(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("queue_position_fp") Count queuePositionFp) {
}
