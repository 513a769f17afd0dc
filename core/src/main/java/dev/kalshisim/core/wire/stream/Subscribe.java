package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Command {@code subscribe}: opens one subscription per channel, each confirmed by a
 * {@link Subscribed} reply.
 *
 * @param params what to subscribe to; {@code null} only when a client sent none (error 2)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "cmd", "params"})
public record Subscribe(@JsonProperty("id") long id, @JsonProperty("params") SubscribeParams params)
        implements Command {

    /** The wire {@code cmd}. */
    public static final String CMD = "subscribe";

    public Subscribe {
        Ids.require(id);
    }

    @JsonProperty("cmd")
    @Override
    public String cmd() {
        return CMD;
    }
}
