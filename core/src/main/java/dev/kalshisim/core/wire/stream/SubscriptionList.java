package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Reply {@code ok} to {@code list_subscriptions}: every active subscription of the connection.
 * Wire: {@code {"id":3,"type":"ok","msg":[{"channel":"orderbook_delta","sid":1}]}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "type", "msg"})
public record SubscriptionList(
        @JsonProperty("id") Long id,
        @JsonProperty("msg") List<SubscriptionInfo> msg) implements Reply {

    public SubscriptionList {
        msg = msg == null ? List.of() : List.copyOf(msg);
    }

    @JsonProperty("type")
    @Override
    public String type() {
        return UpdateOk.TYPE;
    }
}
