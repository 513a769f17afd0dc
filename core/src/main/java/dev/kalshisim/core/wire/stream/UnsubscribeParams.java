package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code params} of an {@code unsubscribe} command.
 *
 * @param sids the subscriptions to end
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnsubscribeParams(@JsonProperty("sids") List<Long> sids) {

    public UnsubscribeParams {
        sids = SubscribeParams.copyOrNull(sids);
    }
}
