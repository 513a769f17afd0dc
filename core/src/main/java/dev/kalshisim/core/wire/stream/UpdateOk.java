package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Reply {@code ok} to an {@code update_subscription} command.
 * Wire: {@code {"id":4,"sid":1,"seq":222,"type":"ok","msg":{"market_tickers":[...]}}}.
 *
 * <p>The {@code ok} reply to {@code list_subscriptions} has an array body and is a
 * {@link SubscriptionList} instead.
 *
 * @param sid the updated subscription, when sent
 * @param seq the subscription's sequence number carried by this reply, when sent
 * @param msg the full market list after the update, when sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "sid", "seq", "type", "msg"})
public record UpdateOk(
        @JsonProperty("id") Long id,
        @JsonProperty("sid") Long sid,
        @JsonProperty("seq") Long seq,
        @JsonProperty("msg") UpdatedMarkets msg) implements Reply {

    /** The wire {@code type}, shared with {@link SubscriptionList}. */
    public static final String TYPE = "ok";

    @JsonProperty("type")
    @Override
    public String type() {
        return TYPE;
    }
}
