package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One subscription: its channel and the server's subscription id, as in a {@code subscribed} reply
 * and in each entry of a {@code list_subscriptions} reply.
 *
 * @param channel the channel name, e.g. {@code "orderbook_delta"}
 * @param sid the server-assigned subscription id (1 or more)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"channel", "sid"})
public record SubscriptionInfo(@JsonProperty("channel") String channel, @JsonProperty("sid") long sid) {

    public SubscriptionInfo {
        Objects.requireNonNull(channel, "channel");
    }
}
