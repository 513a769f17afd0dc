package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Command {@code unsubscribe}: ends subscriptions, each confirmed by an {@link Unsubscribed} reply.
 *
 * @param params the subscriptions to end; {@code null} only when a client sent none (error 2)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "cmd", "params"})
public record Unsubscribe(@JsonProperty("id") long id, @JsonProperty("params") UnsubscribeParams params)
        implements Command {

    /** The wire {@code cmd}. */
    public static final String CMD = "unsubscribe";

    public Unsubscribe {
        Ids.require(id);
    }

    /** Ends subscriptions {@code sids}. */
    public static Unsubscribe of(long id, List<Long> sids) {
        return new Unsubscribe(id, new UnsubscribeParams(sids));
    }

    @JsonProperty("cmd")
    @Override
    public String cmd() {
        return CMD;
    }
}
