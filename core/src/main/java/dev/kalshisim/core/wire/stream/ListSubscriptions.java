package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Command {@code list_subscriptions}: answered by a {@link SubscriptionList}. Takes no params. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "cmd"})
public record ListSubscriptions(@JsonProperty("id") long id) implements Command {

    /** The wire {@code cmd}. */
    public static final String CMD = "list_subscriptions";

    public ListSubscriptions {
        Ids.require(id);
    }

    @JsonProperty("cmd")
    @Override
    public String cmd() {
        return CMD;
    }
}
