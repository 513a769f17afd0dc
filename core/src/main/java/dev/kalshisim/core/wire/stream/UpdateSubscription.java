package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Command {@code update_subscription}: adds or removes markets, or asks for fresh order-book
 * snapshots; answered by an {@link UpdateOk}.
 *
 * @param params the update; {@code null} only when a client sent none (error 2)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "cmd", "params"})
public record UpdateSubscription(@JsonProperty("id") long id, @JsonProperty("params") UpdateSubscriptionParams params)
        implements Command {

    /** The wire {@code cmd}. */
    public static final String CMD = "update_subscription";

    public UpdateSubscription {
        Ids.require(id);
    }

    @JsonProperty("cmd")
    @Override
    public String cmd() {
        return CMD;
    }
}
