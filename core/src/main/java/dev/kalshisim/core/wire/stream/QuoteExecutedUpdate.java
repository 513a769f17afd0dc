package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * Payload of {@code quote_executed} on the {@code communications} channel: the quote traded. Each of
 * the two parties gets its own order id (and client order id), to match the fills that follow.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"quote_id", "rfq_id", "quote_creator_id", "rfq_creator_id", "order_id", "client_order_id",
        "market_ticker", "executed_ts", "subaccount"})
public record QuoteExecutedUpdate(
        @JsonProperty("quote_id") String quoteId,
        @JsonProperty("rfq_id") String rfqId,
        @JsonProperty("quote_creator_id") String quoteCreatorId,
        @JsonProperty("rfq_creator_id") String rfqCreatorId,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("client_order_id") String clientOrderId,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("executed_ts") Instant executedTs,
        @JsonProperty("subaccount") Integer subaccount) implements ChannelPayload {
}
